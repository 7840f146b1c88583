using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using LearningSearch.Index.Units;

namespace LearningSearch.Indexer.Cleaning;

/// <summary>
/// Turns text as it came out of a PDF, Word file or web page into clean text: HTML tags removed and entities
/// decoded, Markdown emphasis and links unwrapped, footnote markers dropped, whitespace normalised, while
/// paragraph breaks ("\n\n") and bullets ("\n- ") are kept.
/// </summary>
public static partial class InlineText
{
    public static string Clean(string raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return "";
        var text = raw;
        if (text.Contains('<', StringComparison.Ordinal) || text.Contains('&', StringComparison.Ordinal))
            text = StripHtml(text);
        text = MarkdownLink().Replace(text, "$1");
        text = text.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal);
        text = MarkdownItalic().Replace(text, "$1");
        text = text.Replace('\u00A0', ' ');
        // Bullets flattened into one line of a table cell ("• Check contracts • Review regularly") become a list again.
        text = InlineBullet().Replace(text, "\n- ");
        return NormaliseWhitespace(text);
    }

    /// <summary>Clean text reduced to one line (for headings, cells that are labels, agency names).</summary>
    public static string OneLine(string raw) => Whitespace().Replace(Clean(raw), " ").Trim();

    private static string StripHtml(string text)
    {
        // Ordinals like 20<sup>th</sup> belong to the date; a bare number in <sup> is a footnote marker.
        text = SupOrdinal().Replace(text, "$1");
        text = SupFootnote().Replace(text, "");
        text = BlockBreak().Replace(text, "\n\n");
        text = ListItem().Replace(text, "\n- ");
        text = LineBreak().Replace(text, "\n");
        text = AnyTag().Replace(text, "");
        return WebUtility.HtmlDecode(text);
    }

    private static string NormaliseWhitespace(string text)
    {
        var paragraphs = new List<string>();
        foreach (var paragraph in ParagraphBreak().Split(text))
        {
            var lines = new List<string>();
            foreach (var rawLine in paragraph.Split('\n'))
            {
                var line = Whitespace().Replace(rawLine, " ").Trim();
                if (line.Length == 0) continue;
                // "•" bullets from Word and PDF become the Markdown bullet the page and the layouts know.
                if (line.StartsWith('•') || (line.StartsWith("- ", StringComparison.Ordinal) && line.Length > 2))
                    line = "- " + line.TrimStart('•', '-', ' ');
                if (line is "-" or "- ") continue;
                lines.Add(line);
            }
            if (lines.Count > 0) paragraphs.Add(JoinLines(lines));
        }
        return string.Join("\n\n", paragraphs);
    }

    // Lines of one paragraph run on with a space, except that a bullet starts its own line.
    private static string JoinLines(List<string> lines)
    {
        var sb = new StringBuilder(lines[0]);
        for (var i = 1; i < lines.Count; i++)
        {
            sb.Append(lines[i].StartsWith("- ", StringComparison.Ordinal) ? '\n' : ' ');
            sb.Append(lines[i]);
        }
        return sb.ToString();
    }

    /// <summary>Words of a text as the coverage meter counts them: letters and digits, lower case.</summary>
    public static IEnumerable<string> Words(string text)
    {
        foreach (Match m in WordPattern().Matches(text))
            yield return m.Value.ToLowerInvariant();
    }

    [GeneratedRegex(@"[ \t]*[•\u2022\u25AA\u25CF\uF0B7][ \t]*")]
    private static partial Regex InlineBullet();

    [GeneratedRegex(@"<sup>\s*(st|nd|rd|th)\s*</sup>", RegexOptions.IgnoreCase)]
    private static partial Regex SupOrdinal();

    [GeneratedRegex(@"\s*<sup>\s*\d{1,3}\s*</sup>", RegexOptions.IgnoreCase)]
    private static partial Regex SupFootnote();

    [GeneratedRegex(@"</?(p|div|ul|ol|table|tr|h[1-6])(\s[^>]*)?>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockBreak();

    [GeneratedRegex(@"<li(\s[^>]*)?>", RegexOptions.IgnoreCase)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"</?[a-zA-Z][^<>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"(?<![\w*])\*([^*\n]+)\*(?![\w*])")]
    private static partial Regex MarkdownItalic();

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"[ \t\f\v\u00A0\u2000-\u200B\u202F\u205F\u3000]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
