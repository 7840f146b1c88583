using System.Text;
using System.Text.RegularExpressions;

namespace LearningSearch.Indexer.Reading.Markdown;

/// <summary>
/// Turns Markdown's inline syntax into the text a reader sees: a link shows its words, an image nothing,
/// a backslash escape its character. Emphasis markers stay, as they do in the sample texts the layouts
/// were written against.
/// </summary>
internal static partial class MarkdownInline
{
    public static string ToText(string markdown)
    {
        var text = Image().Replace(markdown, "");
        text = Link().Replace(text, "$1");
        text = AutoLink().Replace(text, "$1");
        text = LineBreakTag().Replace(text, " ");
        text = CodeSpan().Replace(text, "$2");
        return Unescape(text);
    }

    // CommonMark: a backslash before ASCII punctuation is that character, literally.
    private static string Unescape(string text)
    {
        if (!text.Contains('\\', StringComparison.Ordinal))
            return text;
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]) is false && text[i + 1] < 128 && !char.IsWhiteSpace(text[i + 1]))
                i++;
            result.Append(text[i]);
        }
        return result.ToString();
    }

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"(?<!\\)\[([^\]]+)\]\((?:[^()\s]+|<[^>]*>)(?:\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"<((?:https?|mailto):[^>\s]+)>")]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreakTag();

    [GeneratedRegex(@"(`+)(.+?)\1")]
    private static partial Regex CodeSpan();
}
