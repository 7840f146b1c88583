using LearningSearch.Index;
using LearningSearch.Indexer.Indexing;
using LearningSearch.SearchApi.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace LearningSearch.SearchApi.Tests.Search;

/// <summary>A national index has several segments, searched at the same time; people must get the same answer as from one after another.</summary>
public sealed class SegmentParallelSearchTests
{
    [Theory]
    [MemberData(nameof(TypicalSearches.All), MemberType = typeof(TypicalSearches))]
    public void SearchingSegmentsAtTheSameTime_ShouldFindExactlyWhatOneAfterAnotherFinds(string q, string? theme) => ShouldFindWhatLuceneFinds(q, theme, inParallel: true);

    // Words, questions and theme filters are scored a window of documents at a time (WordWindowScorer), not by
    // Lucene's own scorers: the same units, scores, order and facet counts, on one core as on two.
    [Theory]
    [MemberData(nameof(TypicalSearches.All), MemberType = typeof(TypicalSearches))]
    public void SearchingSegmentsOneAfterAnother_ShouldFindExactlyWhatLuceneFinds(string q, string? theme) => ShouldFindWhatLuceneFinds(q, theme, inParallel: false);

    [Theory]
    [InlineData("supervision", null, true)]
    [InlineData("children not brought to appointments", null, true)]
    [InlineData("hidden men", null, true)]
    [InlineData("neglect", "supervision", true)]
    [InlineData("supervision^2 neglect", null, true)]
    [InlineData("supervison~", null, true)]
    [InlineData("\"think family\"", null, false)]
    [InlineData("health visitor -midwife", null, false)]
    [InlineData("fathers AND assessment", null, false)]
    // The practitioners' vocabulary's other wordings are phrases, which Lucene's own scorers score.
    [InlineData("mum's boyfriend", null, false)]
    public void WordsQuestionsAndThemeFilters_ShouldBeScoredAWindowAtATime_OtherSearchesByLucene(string q, string? theme, bool windowed)
    {
        using var two = TwoSegmentIndex.Open();
        var plan = TypicalSearches.Plan(q, theme, 25);

        Assert.Equal(windowed, WordWindowScorer.For(two.Searcher, plan.LuceneQuery) is not null);
    }

    private static void ShouldFindWhatLuceneFinds(string q, string? theme, bool inParallel)
    {
        using var two = TwoSegmentIndex.Open();
        var plan = TypicalSearches.Plan(q, theme, 25);

        var serial = new HitsAndFacetsCollector(25);
        two.Searcher.Search(plan.LuceneQuery, plan.Filter, serial);
        serial.Facets.Finish();
        var parallel = SegmentParallelSearch.Run(two.Searcher, plan.LuceneQuery, plan.Filter, 25, inParallel);

        Assert.True(serial.TotalHits > 0, $"nothing found for '{q}'");
        Assert.Equal(serial.TotalHits, parallel.TotalHits);
        Assert.Equal(serial.Page(0, 25).Select(d => (d.Doc, d.Score)), parallel.Page(0, 25).Select(d => (d.Doc, d.Score)));
        Assert.Equal(serial.Facets.Reviews.OrderBy(r => r.Key), parallel.Facets.Reviews.OrderBy(r => r.Key));
        Assert.Equal(serial.Facets.Themes.OrderBy(r => r.Key), parallel.Facets.Themes.OrderBy(r => r.Key));
        Assert.Equal(serial.Facets.Kinds.OrderBy(r => r.Key), parallel.Facets.Kinds.OrderBy(r => r.Key));
        Assert.Equal(serial.Facets.Agencies.OrderBy(r => r.Key), parallel.Facets.Agencies.OrderBy(r => r.Key));
        Assert.Equal(serial.Facets.Years.OrderBy(r => r.Key), parallel.Facets.Years.OrderBy(r => r.Key));
    }

    /// <summary>The sample reviews indexed in two halves and read as one index of two segments or more.</summary>
    private sealed class TwoSegmentIndex : IDisposable
    {
        private readonly List<IDisposable> _open = [];

        public required IndexSearcher Searcher { get; init; }

        public static TwoSegmentIndex Open()
        {
            var corpus = Path.Combine(LearningSearchHost.RepositoryRoot(), "corpus");
            var documents = System.IO.Directory.GetFiles(corpus).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)).Order().ToList();
            var readers = new List<IndexReader>();
            var opened = new List<IDisposable>();
            foreach (var half in new[] { documents.Take(2), documents.Skip(2) })
            {
                var folder = System.IO.Directory.CreateTempSubdirectory("ls-half-").FullName;
                foreach (var file in half) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
                var location = new IndexLocation(System.IO.Directory.CreateTempSubdirectory("ls-half-index-").FullName);
                IndexerServices.CreateBuilder().Build(folder, location);
                var directory = FSDirectory.Open(location.Current()!);
                opened.Add(directory);
                readers.Add(DirectoryReader.Open(directory));
            }
            var multi = new MultiReader(readers.ToArray(), closeSubReaders: true);
            Assert.True(multi.Leaves.Count >= 2);
            var index = new TwoSegmentIndex { Searcher = new IndexSearcher(multi) { Similarity = new BM25Similarity() } };
            index._open.Add(multi);
            index._open.AddRange(opened);
            return index;
        }

        public void Dispose()
        {
            foreach (var item in _open) item.Dispose();
        }
    }
}
