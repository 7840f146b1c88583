using LearningSearch.Index.Analysis;
using LearningSearch.Index.Live;
using LearningSearch.Index.Schema;
using LearningSearch.Index.Units;
using LearningSearch.Meaning;
using LearningSearch.SearchApi.Contracts;
using LearningSearch.SearchApi.Meaning;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;

namespace LearningSearch.SearchApi.Search;

/// <summary>One unit in its context (its recommendation, that recommendation's actions, the findings citing it) and its look-alikes in other reviews.</summary>
public sealed class UnitContext(LiveIndex index, HitMapper mapper, SearchTurns turns, HybridRanking hybridRanking)
{
    private static readonly ReciprocalRankFusion Fusion = new();

    /// <summary>Look-alikes taken from each of the two rankings before they are joined.</summary>
    private const int EachRanking = 30;

    public Outcome<UnitInContext, UnknownId> Get(string id)
    {
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        var unit = HitMapper.FindUnit(searcher, id);
        if (unit is null) return Unknown(id);
        var recommendationId = unit.Kind == UnitKind.Recommendation ? unit.Id : unit.RecommendationId;
        var recommendation = recommendationId is null || recommendationId == unit.Id ? null : HitMapper.FindUnit(searcher, recommendationId);
        var related = recommendationId is null ? [] : Children(searcher, recommendationId);
        var catalog = lease.Generation.Catalog;
        return new UnitInContext(
            Hit(searcher, unit),
            recommendation is null ? null : Hit(searcher, recommendation),
            related.Where(u => u.Kind == UnitKind.Action).Select(u => Hit(searcher, u)).ToList(),
            related.Where(u => u.Kind == UnitKind.Finding).Select(u => Hit(searcher, u)).ToList(),
            unit.Details.Select(d => new DetailField(d.Label, d.Text)).ToList(),
            unit.Lines.ToString(),
            catalog.Reviews.TryGetValue(unit.ReviewId, out var r) ? r.Review.SourceFile : "",
            r is null ? null : ReviewDocuments.Address(r.Review.Id));
    }

    /// <summary>
    /// The units most like this one in other reviews, best first: those sharing its telling words (MoreLikeThis over the
    /// text) and, once the generation's meaning vectors are ready, those nearest it in meaning, joined by reciprocal
    /// rank fusion; each hit says which found it.
    /// </summary>
    public Outcome<SimilarUnits, UnknownId> Similar(string id, int count = 10)
    {
        // A search over every unit: under way with the others, so that they know the cores are busy.
        using var work = turns.Begin();
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        var found = searcher.Search(IndexFields.Id.Query(id), 1);
        if (found.TotalHits == 0) return Unknown(id);
        var unitDoc = found.ScoreDocs[0].Doc;
        var unit = UnitDocuments.ReadUnit(searcher.Doc(unitDoc));
        // MoreLikeThis is not thread-safe: one per request.
        var mlt = new MoreLikeThis(searcher.IndexReader)
        {
            Analyzer = WordsField.Analyzer,
            FieldNames = [IndexFields.Text.Name],
            MinTermFreq = 1,
            MinDocFreq = 1,
            MaxDocFreq = Math.Max(2, searcher.IndexReader.MaxDoc * 3 / 10),
            MaxQueryTerms = 30,
            MinWordLen = 3,
        };
        var like = mlt.Like(new StringReader(unit.FullText), IndexFields.Text.Name);
        var query = new BooleanQuery
        {
            { like, Occur.MUST },
            { IndexFields.Units(), Occur.MUST },
            { IndexFields.Review.Query(unit.ReviewId), Occur.MUST_NOT },
        };
        var terms = SearchQueryBuilder.Terms(like);
        var byWords = searcher.Search(query, EachRanking).ScoreDocs;
        var vectors = lease.Generation.Get<MeaningVectors>();
        var vector = vectors.VectorOf(unitDoc);
        HashSet<int> sameReview = vector is null ? [] : DocsOfReview(searcher, unit.ReviewId);
        var byMeaning = vector is not null
            ? vectors.Nearest(vector, EachRanking, doc => !sameReview.Contains(doc))
                .Where(m => m.Similarity >= hybridRanking.Settings.LeastSimilarity).ToList()
            : [];
        if (byMeaning.Count == 0)
        {
            var wordHits = byWords.Take(count)
                .Select(d => mapper.Map(searcher, UnitDocuments.ReadUnit(searcher.Doc(d.Doc)), d.Score, terms))
                .ToList();
            return new SimilarUnits(id, wordHits);
        }
        var hits = HybridRanking.Fuse(Fusion, byWords.Select(d => d.Doc), byMeaning.Select(m => m.Doc)).Take(count)
            .Select(f => mapper.Map(searcher, UnitDocuments.ReadUnit(searcher.Doc(f.Doc)), f.Score, terms) with { FoundBy = f.FoundByName })
            .ToList();
        return new SimilarUnits(id, hits);
    }

    /// <summary>The index documents of one review (a few hundred at most).</summary>
    private static HashSet<int> DocsOfReview(IndexSearcher searcher, string reviewId) =>
        [.. searcher.Search(IndexFields.Review.Query(reviewId), Math.Max(1, searcher.IndexReader.MaxDoc)).ScoreDocs.Select(d => d.Doc)];

    private static UnknownId Unknown(string id) =>
        new("unit", id, $"There is no unit '{id}'. Unit ids look like ads14/rec-8 or ads14/rec-8/action-2; a search shows them.");

    private static List<LearningUnit> Children(IndexSearcher searcher, string recommendationId)
    {
        var hits = searcher.Search(IndexFields.Recommendation.Query(recommendationId), 500);
        return hits.ScoreDocs.Select(d => UnitDocuments.ReadUnit(searcher.Doc(d.Doc))).OrderBy(u => u.Sequence).ToList();
    }

    private UnitHit Hit(IndexSearcher searcher, LearningUnit unit) => mapper.Map(searcher, unit, 0, MatchTerms.None);
}
