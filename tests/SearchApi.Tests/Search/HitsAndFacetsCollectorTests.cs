using LearningSearch.Index.Schema;
using LearningSearch.Indexer.Indexing;
using LearningSearch.SearchApi.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LearningSearch.SearchApi.Tests.Search;

/// <summary>
/// A trainer looking for recommendations sees them first: each is lifted by a constant as the hits are collected,
/// and matches that cannot make the page are passed over without that work. The page must be the one Lucene gives
/// for the same search with the lift written as a query clause.
/// </summary>
public sealed class HitsAndFacetsCollectorTests(BundledIndex bundled) : IClassFixture<BundledIndex>
{
    [Theory]
    [MemberData(nameof(TypicalSearches.All), MemberType = typeof(TypicalSearches))]
    public void ThePage_ShouldBeWhatLuceneGivesWithTheRecommendationLiftAsAClause(string q, string? theme)
    {
        using var index = bundled.Open();
        var (reader, searcher) = (index.Reader, index.Searcher);
        var plan = TypicalSearches.Plan(q, theme, 15);

        var expected = LuceneWithTheLiftAsAClause(searcher, plan);

        foreach (var inParallel in new[] { false, true })
        {
            var found = SegmentParallelSearch.Run(searcher, plan.LuceneQuery, plan.Filter, 15, inParallel);
            AssertSamePage(expected, found.TotalHits, found.Page(0, 15));
        }
        var collector = new HitsAndFacetsCollector(15);
        searcher.Search(plan.LuceneQuery, plan.Filter, collector);
        AssertSamePage(expected, collector.TotalHits, collector.Page(0, 15));
    }

    // Everyday words ("children", "health") rank the units the other words find; a unit found that could not make
    // the page even with them is not looked up in their postings. Small pages make that cut often.
    [Theory]
    [InlineData("children not brought to appointments")]
    [InlineData("missed health appointments for children")]
    [InlineData("sharing information between agencies about children")]
    [InlineData("reflective supervision for health visitors")]
    [InlineData("fathers left out of child protection assessments")]
    public void EverydayWords_ShouldRankThePageAsLuceneDoes_HoweverSmallThePage(string q)
    {
        using var index = bundled.Open();
        var (reader, searcher) = (index.Reader, index.Searcher);
        foreach (var size in new[] { 1, 2, 3, 5, 8, 13 })
        {
            var plan = TypicalSearches.Plan(q, pageSize: size);
            Assert.IsType<EverydayWordsQuery>(plan.LuceneQuery);
            Assert.NotEmpty(((EverydayWordsQuery)plan.LuceneQuery).CommonWords(reader));
            var found = SegmentParallelSearch.Run(searcher, plan.LuceneQuery, plan.Filter, size, inParallel: false);
            AssertSamePage(LuceneWithTheLiftAsAClause(searcher, plan), found.TotalHits, found.Page(0, size));
        }
    }

    // Most units of a broad search score alike (a theme's units without the word), so the page is decided by ties:
    // the lower document first, as Lucene breaks them, in whatever order the matches arrive.
    [Theory]
    [InlineData(1, 1)]
    [InlineData(5, 2)]
    [InlineData(20, 3)]
    [InlineData(20, 40)]
    [InlineData(200, 4)]
    public void EqualScores_ShouldBeBrokenByTheLowerDocument_WhateverTheOrderTheyArriveIn(int pageSize, int seed)
    {
        using var index = bundled.Open();
        var reader = index.Reader;
        var segment = reader.Leaves[0];
        var kinds = IndexFields.Kind.ValuesOf(segment.AtomicReader)!;
        var random = new Random(seed);
        var docs = Enumerable.Range(0, segment.AtomicReader.MaxDoc).OrderBy(_ => random.Next()).Take(300).ToList();
        var scores = docs.ToDictionary(d => d, _ => (float)random.Next(4) / 2);

        var collector = new HitsAndFacetsCollector(pageSize);
        collector.SetNextReader(segment);
        var scorer = new FixedScore();
        collector.SetScorer(scorer);
        foreach (var doc in docs)
        {
            scorer.Score = scores[doc];
            collector.Collect(doc);
        }

        var expected = docs
            .Select(d => (Doc: segment.DocBase + d, Score: IsRecommendation(d) ? scores[d] + SearchQueryBuilder.RecommendationLift : scores[d]))
            .OrderByDescending(h => h.Score).ThenBy(h => h.Doc)
            .Take(pageSize)
            .ToList();
        Assert.Equal(docs.Count, collector.TotalHits);
        Assert.Equal(expected, collector.Page(0, pageSize).Select(d => (d.Doc, d.Score)));
        Assert.Equal(expected.Skip(pageSize / 2), collector.Page(pageSize / 2, pageSize).Select(d => (d.Doc, d.Score)));
        Assert.Empty(collector.Page(Math.Min(docs.Count, pageSize), pageSize));

        bool IsRecommendation(int doc)
        {
            var ord = kinds.GetOrd(doc);
            if (ord < 0) return false;
            var name = new Lucene.Net.Util.BytesRef();
            kinds.LookupOrd(ord, name);
            return name.Utf8ToString() == "recommendation";
        }
    }

    /// <summary>Lucene's own search for the plan, with every recommendation lifted by a clause that scores the lift.</summary>
    private static TopDocs LuceneWithTheLiftAsAClause(IndexSearcher searcher, SearchPlan plan)
    {
        var lifted = new BooleanQuery
        {
            { plan.LuceneQuery, Occur.MUST },
            { new ConstantScoreQuery(new TermQuery(new Term(IndexFields.Kind, "recommendation"))) { Boost = SearchQueryBuilder.RecommendationLift }, Occur.SHOULD },
        };
        return searcher.Search(lifted, plan.Filter, plan.PageSize);
    }

    private static void AssertSamePage(TopDocs expected, int totalHits, ScoreDoc[] page)
    {
        Assert.Equal(expected.TotalHits, totalHits);
        Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), page.Select(d => (d.Doc, d.Score)));
    }

    private sealed class FixedScore() : Scorer(null)
    {
        public float Score;

        public override float GetScore() => Score;

        public override int Freq => 1;

        public override int DocID => -1;

        public override int NextDoc() => NO_MORE_DOCS;

        public override int Advance(int target) => NO_MORE_DOCS;

        public override long GetCost() => 1;
    }
}
