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
            // Looked up as the analyser's own characters: a string per word of twenty units was most of what a
            // search allocated to highlight.
            var token = new ReadOnlySpan<char>(term.Buffer, 0, term.Length);
            if (terms.Holds(token) || Wildcarded(token, terms.Wildcards))
                spans.Add((offset.StartOffset, Math.Min(offset.EndOffset, text.Length)));
        }
        stream.End();
        return spans;
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

/// <summary>The analysed terms of a query's text field, and its wildcard patterns, to mark in snippets.</summary>
public sealed record MatchTerms(IReadOnlySet<string> Terms, IReadOnlyList<Regex> Wildcards)
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _byCharacters =
        new HashSet<string>(Terms, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static MatchTerms None { get; } = new(new HashSet<string>(), []);

    public bool IsEmpty => Terms.Count == 0 && Wildcards.Count == 0;

    /// <summary>Whether the analysed word is one of <see cref="Terms"/>, without making a string of it.</summary>
    public bool Holds(ReadOnlySpan<char> word) => _byCharacters.Contains(word);
}
