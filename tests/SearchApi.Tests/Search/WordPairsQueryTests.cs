using LearningSearch.Index.Analysis;
using LearningSearch.Index.Schema;
using LearningSearch.Indexer.Indexing;
using LearningSearch.SearchApi.Search;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace LearningSearch.SearchApi.Tests.Search;

/// <summary>
/// A trainer quoting "voice of the child" must get exactly the units, order and scores the phrase of words gives:
/// the phrase is only looked up by its word pairs to be faster.
/// </summary>
public sealed class WordPairsQueryTests(BundledIndex bundled) : IClassFixture<BundledIndex>
{
    [Theory]
    [InlineData("\"think family\"")]
    [InlineData("\"information sharing\"")]
    [InlineData("\"child protection plan\"")]
    [InlineData("\"voice of the child\"")]
    [InlineData("\"was not brought\"")]
    [InlineData("\"early help assessment\"")]
    [InlineData("\"children's social care\"")]
    [InlineData("\"domestic abuse\" supervision")]
    [InlineData("\"think family\" AND adult")]
    [InlineData("\"information sharing\" -police")]
    [InlineData("\"voice of the child\"^3 neglect \"hidden men\"")]
    [InlineData("\"a phrase found nowhere at all\"")]
    public void AQuotedPhrase_ShouldFindByWordPairsExactlyWhatItsWordsFind(string q)
    {
        using var index = bundled.Open();
        var (reader, searcher) = (index.Reader, index.Searcher);
        var words = SearchQueryBuilder.Parse(q).Answer!;
        var pairs = WordPairsQuery.InPlaceOfPhrases(words);

        Assert.Contains("WordPairsQuery", Describe(pairs));
        var expected = searcher.Search(words, reader.MaxDoc);
        var found = searcher.Search(pairs, reader.MaxDoc);
        Assert.Equal(expected.TotalHits, found.TotalHits);
        Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), found.ScoreDocs.Select(d => (d.Doc, d.Score)));
        if (!q.Contains("nowhere", StringComparison.Ordinal)) Assert.True(found.TotalHits > 0, $"nothing found for {q}");
    }

    [Fact]
    public void APhraseFoundByPairs_ShouldExplainTheScoreItWasGiven()
    {
        using var index = bundled.Open();
        var (reader, searcher) = (index.Reader, index.Searcher);
        var query = WordPairsQuery.InPlaceOfPhrases(SearchQueryBuilder.Parse("\"voice of the child\"").Answer!);

        var top = searcher.Search(query, 1).ScoreDocs.Single();
        var explanation = searcher.Explain(query, top.Doc);

        Assert.True(explanation.IsMatch);
        Assert.Equal(top.Score, explanation.Value, 5);
        Assert.Contains("phraseFreq", explanation.ToString());
    }

    [Theory]
    [InlineData("\"think family\"~3")]
    [InlineData("heading:\"think family\"")]
    [InlineData("supervision neglect")]
    [InlineData("\"supervision\"")]
    public void SloppyPhrasesOtherFieldsAndWords_ShouldBeLeftAsTyped(string q)
    {
        var parsed = SearchQueryBuilder.Parse(q).Answer!;

        Assert.Same(parsed, WordPairsQuery.InPlaceOfPhrases(parsed));
    }

    [Fact]
    public void APhraseInsideManyBrackets_ShouldBeLookedUpByItsPairsAtOnce()
    {
        var q = new string('(', 200) + "\"think family\" adult" + new string(')', 200);
        var parsed = SearchQueryBuilder.Parse(q).Answer!;

        var pairs = WordPairsQuery.InPlaceOfPhrases(parsed);

        Assert.Contains("WordPairsQuery", Describe(pairs));
        Assert.Equal(parsed.ToString(), pairs.ToString());
    }

    [Fact]
    public void AnIndexBuiltBeforeWordPairs_ShouldStillFindThePhraseByItsWords()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(BritishEnglishAnalyzer.Version, new BritishEnglishAnalyzer())))
        {
            foreach (var text in new[] { "Think Family in adult services", "family members think alike", "think family" })
                writer.AddDocument(new Document { new TextField(IndexFields.Text, text, Field.Store.NO) });
        }
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var words = SearchQueryBuilder.Parse("\"think family\"").Answer!;

        var expected = searcher.Search(words, 10);
        var found = searcher.Search(WordPairsQuery.InPlaceOfPhrases(words), 10);

        Assert.Equal(2, found.TotalHits);
        Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), found.ScoreDocs.Select(d => (d.Doc, d.Score)));
    }

    private static string Describe(Query query) => query switch
    {
        BooleanQuery b => string.Join(" ", b.Clauses.Select(c => Describe(c.Query))),
        _ => query.GetType().Name,
    };
}
