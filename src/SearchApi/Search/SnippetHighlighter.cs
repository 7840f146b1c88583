using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using LearningSearch.Index.Schema;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace LearningSearch.SearchApi.Search;

/// <summary>
/// Highlights without the Highlighter package: the stored text is analysed again, each token's offsets and
/// position read, and the tokens whose analysed form is one of the query's terms (or matches one of its
/// wildcards) are marked, and the words of its phrases where the phrase stands whole. Everything else is
/// HTML-encoded, so text from a document can never inject markup. The marks are those of Lucene's
/// <c>QueryScorer</c> (SnippetHighlighterTests hold them to it) at a fraction of its cost: it indexes each
/// snippet's text in memory to find a phrase.
/// </summary>
public sealed class SnippetHighlighter(Analyzer analyzer)
{
    public const int SnippetLength = 320;

    public string Highlight(string text, MatchTerms terms, int length = SnippetLength)
    {
        var spans = terms.IsEmpty ? [] : Matches(text, terms);
        var (start, end) = Window(text, spans, length);
        var sb = new StringBuilder();
        if (start > 0) sb.Append('\u2026');
        var at = start;
        foreach (var (s, e) in spans)
        {
            if (s < start || e > end) continue;
            sb.Append(WebUtility.HtmlEncode(text[at..s])).Append("<mark>").Append(WebUtility.HtmlEncode(text[s..e])).Append("</mark>");
            at = e;
        }
        sb.Append(WebUtility.HtmlEncode(text[at..end]));
        if (end < text.Length) sb.Append('\u2026');
        return sb.ToString();
    }

    private List<(int Start, int End)> Matches(string text, MatchTerms terms)
    {
        var spans = new List<(int Start, int End)>();
        List<PhraseToken>? phraseTokens = terms.Phrases.Count > 0 ? [] : null;
        using var stream = analyzer.GetTokenStream(IndexFields.Text.Name, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var position = -1;
        stream.Reset();
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            // Looked up as the analyser's own characters: a string per word of twenty units was most of what a
            // search allocated to highlight.
            var token = new ReadOnlySpan<char>(term.Buffer, 0, term.Length);
            var (start, end) = (offset.StartOffset, Math.Min(offset.EndOffset, text.Length));
            if (terms.Holds(token) || Wildcarded(token, terms.Wildcards))
                spans.Add((start, end));
            if (phraseTokens is not null && terms.PhraseWord(token) is { } word)
                phraseTokens.Add(new PhraseToken(word, position, start, end));
        }
        stream.End();
        if (phraseTokens is not { Count: > 0 })
            return spans;
        // A word can be both a searched term and part of a found phrase, or part of two phrases: marked once.
        spans.AddRange(PhraseMarks.Find(terms.Phrases, phraseTokens));
        spans.Sort();
        var marks = new List<(int Start, int End)>(spans.Count);
        foreach (var span in spans)
            if (marks.Count == 0 || span.Start >= marks[^1].End)
                marks.Add(span);
        return marks;
    }

    private static bool Wildcarded(ReadOnlySpan<char> token, IReadOnlyList<Regex> wildcards)
    {
        foreach (var wildcard in wildcards)
            if (wildcard.IsMatch(token)) return true;
        return false;
    }

    // The window of the given length holding the most matches, widened to word boundaries.
    private static (int Start, int End) Window(string text, List<(int Start, int End)> spans, int length)
    {
        if (text.Length <= length) return (0, text.Length);
        var bestStart = 0;
        var best = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            var from = Math.Max(0, spans[i].Start - 60);
            var count = spans.Count(s => s.Start >= from && s.End <= from + length);
            if (count > best) { best = count; bestStart = from; }
        }
        var start = bestStart == 0 ? 0 : NextWordStart(text, bestStart);
        var end = Math.Min(text.Length, start + length);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end - 1, Math.Min(40, end - start));
            if (space > start) end = space;
        }
        return (start, end);
    }

    private static int NextWordStart(string text, int at)
    {
        while (at < text.Length && at > 0 && !char.IsWhiteSpace(text[at - 1])) at++;
        return Math.Min(at, text.Length);
    }
}
