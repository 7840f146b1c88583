using System.Text.RegularExpressions;
using LearningSearch.Indexer.Indexing;
using LearningSearch.Indexer.Indexing.Analysis;
using LearningSearch.SearchApi.Search;
using Lucene.Net.Analysis.TokenAttributes;

namespace LearningSearch.SearchApi.Tests;

/// <summary>
/// A practitioner searching "children's services" must see every "child", "children" and "Children's" marked in a
/// snippet, and nothing else: the highlighter remembers how each word as written analyses, and must mark exactly the
/// words a full analysis of the text would.
/// </summary>
public sealed partial class SnippetHighlighterTests(BundledIndex bundled) : IClassFixture<BundledIndex>
{
    [Theory]
    [InlineData("child", "servic")]
    [InlineData("famili", "think")]
    [InlineData("organis", "behaviour", "paediatr")]
    [InlineData("superv", "not", "brought", "appoint")]
    [InlineData("man", "woman", "camh", "gp")]
    public void EveryMarkedWord_ShouldBeAWordAFullAnalysisOfTheTextFinds(params string[] searched)
    {
        using var index = bundled.Open();
        var reader = index.Reader;
        var terms = new MatchTerms(searched.ToHashSet(StringComparer.Ordinal), []);
        var highlighter = new SnippetHighlighter(new BritishEnglishAnalyzer());
        var marked = 0;

        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            var stored = reader.Document(doc);
            if (stored.Get(IndexFields.Id).StartsWith("review:", StringComparison.Ordinal)) continue;
            var text = UnitDocuments.ReadUnit(stored).FullText;

            // Twice: the first time the words are analysed, the second they are remembered.
            var first = Marks(highlighter.Highlight(text, terms, int.MaxValue));
            var second = Marks(highlighter.Highlight(text, terms, int.MaxValue));

            var expected = FullAnalysisMarks(text, terms);
            Assert.Equal(expected, first);
            Assert.Equal(expected, second);
            marked += expected.Count;
        }
        Assert.True(marked > 10, $"only {marked} words marked");
    }

    private static List<string> Marks(string html) => Mark().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    private static List<string> FullAnalysisMarks(string text, MatchTerms terms)
    {
        using var analyzer = new BritishEnglishAnalyzer();
        using var stream = analyzer.GetTokenStream(IndexFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var marks = new List<string>();
        while (stream.IncrementToken())
            if (terms.Terms.Contains(term.ToString())) marks.Add(text[offset.StartOffset..offset.EndOffset]);
        stream.End();
        return marks;
    }

    [GeneratedRegex("<mark>(.*?)</mark>")]
    private static partial Regex Mark();
}
