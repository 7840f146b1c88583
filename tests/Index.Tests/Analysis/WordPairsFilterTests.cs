using LearningSearch.Index.Analysis;
using LearningSearch.Index.Schema;
using LearningSearch.Indexer.Indexing;
using Lucene.Net.Analysis.TokenAttributes;

namespace LearningSearch.Index.Tests.Analysis;

/// <summary>A quoted phrase is looked up by the pairs of its neighbouring words; the pairs must stand where the words do.</summary>
public sealed class WordPairsFilterTests
{
    [Fact]
    public void NeighbouringWords_ShouldBePairedAtTheFirstWordsPosition_WithTheirDistanceAsSpaces()
    {
        var pairs = Pairs("The voice of the child and Think Family approaches");

        // "The" is a stop word at 0: voice@1, child@4 ("of the" are stop words), think@6 ("and" too), family@7, approaches@8.
        Assert.Equal(
            [("voic   child", 1), ("child  think", 4), ("think famili", 6), ("famili approach", 7)],
            pairs);
    }

    [Fact]
    public void OneWord_OrNone_ShouldMakeNoPair()
    {
        Assert.Empty(Pairs("Supervision"));
        Assert.Empty(Pairs("of the and"));
    }

    [Fact]
    public void TheTextField_ShouldStillGetTheWordsThemselves()
    {
        using var analyzer = new BritishEnglishAnalyzer();
        using var stream = analyzer.GetTokenStream(IndexFields.Text, "think family");
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var words = new List<string>();
        while (stream.IncrementToken()) words.Add(term.ToString());
        stream.End();

        Assert.Equal(["think", "famili"], words);
    }

    [Fact]
    public void ASecondText_ShouldBePairedFromItsOwnStart()
    {
        using var analyzer = new BritishEnglishAnalyzer();

        Assert.Equal([("hidden man", 0)], Pairs("hidden men", analyzer));
        Assert.Equal([("think famili", 0)], Pairs("think family", analyzer));
    }

    private static List<(string Pair, int Position)> Pairs(string text, BritishEnglishAnalyzer? shared = null)
    {
        var analyzer = shared ?? new BritishEnglishAnalyzer();
        try
        {
            using var stream = analyzer.GetTokenStream(IndexFields.WordPairs, text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            var pairs = new List<(string, int)>();
            var position = -1;
            while (stream.IncrementToken())
            {
                position += increment.PositionIncrement;
                pairs.Add((term.ToString(), position));
            }
            stream.End();
            return pairs;
        }
        finally
        {
            if (shared is null) analyzer.Dispose();
        }
    }
}
