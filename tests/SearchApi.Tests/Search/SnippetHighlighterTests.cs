using System.Text.RegularExpressions;
using LearningSearch.Index.Analysis;
using LearningSearch.Index.Schema;
using LearningSearch.Indexer.Indexing;
using LearningSearch.SearchApi.Search;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search.Highlight;

namespace LearningSearch.SearchApi.Tests.Search;

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

    [Theory]
    [InlineData("\"was not brought\"")]
    [InlineData("\"child protection plan\"")]
    [InlineData("\"information sharing\" supervision")]
    [InlineData("\"think family\" OR \"was not brought\" OR \"domestic abuse\"")]
    [InlineData("\"health visitor\" -\"school nurse\"")]
    public void APhraseSearch_ShouldMarkTheWordsLucenesQueryScorerMarks(string search)
    {
        using var index = bundled.Open();
        var reader = index.Reader;
        var query = new UnitQueryParser().Parse(search);
        var highlighter = new SnippetHighlighter(new BritishEnglishAnalyzer());
        using var analyzer = new BritishEnglishAnalyzer();
        var lucene = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), new QueryScorer(query, IndexFields.Text))
        {
            TextFragmenter = new NullFragmenter(),
            MaxDocCharsToAnalyze = int.MaxValue,
        };
        var marked = 0;

        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            var stored = reader.Document(doc);
            if (stored.Get(IndexFields.Id).StartsWith("review:", StringComparison.Ordinal)) continue;
            var text = UnitDocuments.ReadUnit(stored).FullText;

            var expected = Marks(lucene.GetBestFragment(analyzer, IndexFields.Text, text) ?? "");
            Assert.Equal(expected, Marks(highlighter.Highlight(text, SearchQueryBuilder.Terms(query), int.MaxValue)));
            marked += expected.Count;
        }
        Assert.True(marked > 3, $"only {marked} words marked");
    }

    [Fact]
    public void ASearchForWasNotBrought_ShouldMarkNotOnlyWhereThePhraseStands()
    {
        var highlighter = new SnippetHighlighter(new BritishEnglishAnalyzer());
        var terms = SearchQueryBuilder.Terms(new UnitQueryParser().Parse("\"was not brought\""));

        var snippet = highlighter.Highlight("Mother did not attend; <b>Child A</b> was not brought to 3 appointments & was brought later.", terms);

        Assert.Equal("Mother did not attend; &lt;b&gt;Child A&lt;/b&gt; was <mark>not</mark> <mark>brought</mark> to 3 appointments &amp; was brought later.", snippet);
    }

    // QueryScorer reads "not brought"~2 as words in any order within two places, so it would also mark the
    // "not" of "do not attend" three words after "brought"; the search's sloppy phrase counts that order as
    // four moves and does not match it, so neither does the snippet.
    [Fact]
    public void ASloppyPhrase_ShouldBeMarkedOnlyWhereTheSearchWouldFindIt()
    {
        var highlighter = new SnippetHighlighter(new BritishEnglishAnalyzer());
        var terms = SearchQueryBuilder.Terms(new UnitQueryParser().Parse("\"not brought\"~2"));

        var snippet = highlighter.Highlight("When a child is not usually brought or do not attend health appointments", terms);

        Assert.Equal("When a child is <mark>not</mark> usually <mark>brought</mark> or do not attend health appointments", snippet);
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
