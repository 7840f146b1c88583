using LearningSearch.Index.Schema;
using LearningSearch.Index.Units;
using LearningSearch.Indexer.Indexing;
using LearningSearch.Indexer.Model;
using LearningSearch.SearchApi.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LearningSearch.SearchApi.Tests.Search;

/// <summary>
/// A board chair reads "supervision: 41" in the themes list and expects to find 41 units when they choose it. The
/// facet counts are made from packed per-unit values for speed; they must equal a count of the units themselves.
/// </summary>
public sealed class FacetCountTests(BundledIndex bundled) : IClassFixture<BundledIndex>
{
    [Theory]
    [MemberData(nameof(TypicalSearches.All), MemberType = typeof(TypicalSearches))]
    public void EveryFacetCount_ShouldEqualACountOfTheMatchingUnitsOwnValues(string q, string? theme)
    {
        using var index = bundled.Open();
        var (reader, searcher) = (index.Reader, index.Searcher);
        var plan = TypicalSearches.Plan(q, theme);

        var collector = new HitsAndFacetsCollector(10);
        searcher.Search(plan.LuceneQuery, plan.Filter, collector);
        var counted = collector.Facets.Finish();

        var all = searcher.Search(plan.LuceneQuery, plan.Filter, Math.Max(1, reader.MaxDoc));
        var units = all.ScoreDocs.Select(d => searcher.Doc(d.Doc)).Where(d => !d.Get(IndexFields.Id).StartsWith("review:", StringComparison.Ordinal)).Select(UnitDocuments.ReadUnit).ToList();
        var years = new IndexSearcher(reader).Search(new TermQuery(new Term(IndexFields.DocType, IndexFields.ReviewDoc)), 100).ScoreDocs
            .Select(d => UnitDocuments.ReadReview(searcher.Doc(d.Doc)).Review).ToDictionary(r => r.Id, r => r.Year);

        Assert.True(units.Count > 0, $"nothing found for '{q}'");
        Assert.Equal(Tally(units.Select(u => u.ReviewId)), Sorted(counted.Reviews));
        Assert.Equal(Tally(units.Select(u => u.Kind.Name())), Sorted(counted.Kinds));
        Assert.Equal(Tally(units.SelectMany(u => u.Themes.Select(t => t.ThemeId))), Sorted(counted.Themes));
        Assert.Equal(Tally(units.SelectMany(u => u.Agencies)), Sorted(counted.Agencies));
        Assert.Equal(Tally(units.Where(u => years[u.ReviewId] is not null).Select(u => years[u.ReviewId]!.Value.ToString())), Sorted(counted.Years));
    }

    private static List<KeyValuePair<string, int>> Tally(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.Ordinal).Select(g => KeyValuePair.Create(g.Key, g.Count())).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();

    private static List<KeyValuePair<string, int>> Sorted(IReadOnlyDictionary<string, int> counts) =>
        counts.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
}
