using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace LearningSearch.SearchApi.Search;

/// <summary>
/// Highlights without the Highlighter package: the stored text is analysed again, each token's offsets read,
/// and the tokens whose analysed form is one of the query's terms (or matches one of its wildcards) are
/// marked. Everything else is HTML-encoded, so text from a document can never inject markup.
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
        var spans = new List<(int, int)>();
        using var stream = analyzer.GetTokenStream("text", new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var token = term.ToString();
            if (terms.Terms.Contains(token) || terms.Wildcards.Any(w => w.IsMatch(token)))
                spans.Add((offset.StartOffset, Math.Min(offset.EndOffset, text.Length)));
        }
        stream.End();
        return spans;
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

/// <summary>The analysed terms of a query's text field, and its wildcard patterns, to mark in snippets.</summary>
public sealed record MatchTerms(IReadOnlySet<string> Terms, IReadOnlyList<Regex> Wildcards)
{
    public static MatchTerms None { get; } = new(new HashSet<string>(), []);

    public bool IsEmpty => Terms.Count == 0 && Wildcards.Count == 0;
}
