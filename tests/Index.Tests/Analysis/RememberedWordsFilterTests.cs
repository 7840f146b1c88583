using LearningSearch.Index.Analysis;
using LearningSearch.Index.Schema;
using LearningSearch.Indexer.Corpus;
using LearningSearch.Indexer.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace LearningSearch.Index.Tests.Analysis;

/// <summary>
/// A word's analysis is remembered instead of repeated; what is searched, indexed and highlighted must be exactly
/// what running every filter over the whole text gives: the same terms, positions and offsets.
/// </summary>
public sealed class RememberedWordsFilterTests
{
    [Fact]
    public void EveryTextOfTheSampleReviews_ShouldAnalyseExactlyAsTheWholeChainDoes()
    {
        var texts = new CorpusReader(IndexerServices.CreateExtractor()).ReadAll(SampleCorpus.FindCorpus()).Reviews
            .SelectMany(r => r.Units.Select(u => u.FullText))
            .Append("The children's GP and the Organization's CAMHS... not brought; a&e 2019 ÉCOLE organisation-wide")
            .ToList();
        Assert.True(texts.Count > 400);
        using var remembered = new BritishEnglishAnalyzer();
        using var whole = new WholeChain();

        foreach (var text in texts)
        {
            var expected = Tokens(whole, text);
            Assert.Equal(expected, Tokens(remembered, text));
            Assert.Equal(expected, Tokens(remembered, text)); // the second time from memory only
        }
    }

    [Fact]
    public void StopWords_ShouldLeaveTheirPositionsToTheNextWord_AndAtTheEnd()
    {
        using var analyzer = new BritishEnglishAnalyzer();

        var tokens = Tokens(analyzer, "voice of the child and the");

        Assert.Equal([("voic", 1, 0, 5), ("child", 3, 13, 18), ("<end>", 2, 26, 26)], tokens);
    }

    private static List<(string Term, int Increment, int Start, int End)> Tokens(Analyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream(IndexFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var tokens = new List<(string, int, int, int)>();
        while (stream.IncrementToken()) tokens.Add((term.ToString(), increment.PositionIncrement, offset.StartOffset, offset.EndOffset));
        stream.End();
        tokens.Add(("<end>", increment.PositionIncrement, offset.StartOffset, offset.EndOffset));
        return tokens;
    }

    /// <summary>Every filter run over the whole text, nothing remembered: the analysis as it was.</summary>
    private sealed class WholeChain : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(BritishEnglishAnalyzer.Version, reader);
            return new TokenStreamComponents(tokenizer, BritishEnglishAnalyzer.WordChain(tokenizer));
        }
    }
}
