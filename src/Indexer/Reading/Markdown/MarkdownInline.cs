using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax.Inlines;

namespace LearningSearch.Indexer.Reading.Markdown;

/// <summary>
/// Turns Markdig's inlines into the text a reader sees: a link shows its words, an image nothing, an
/// autolink its address, a backslash escape its character, a soft line break a space. Emphasis markers,
/// inline HTML and entities stay as written, as they do in the sample texts the layouts were written
/// against: the cleaning step (<c>InlineText</c>) reads &lt;p&gt; inside a table cell as a paragraph
/// break and 20&lt;sup&gt;th&lt;/sup&gt; as part of a date, so they must reach it.
/// </summary>
internal static partial class MarkdownInline
{
    /// <summary>The text on one line: hard line breaks, too, become spaces.</summary>
    public static string ToText(ContainerInline? inlines) => string.Join(' ', Lines(inlines));

    /// <summary>The text split where the writer put a hard line break (two trailing spaces or a backslash).</summary>
    public static List<string> Lines(ContainerInline? inlines)
    {
        var lines = new List<StringBuilder> { new() };
        if (inlines is not null)
            Append(inlines, lines);
        return lines.Select(line => line.ToString().Trim()).Where(line => line.Length > 0).ToList();
    }

    private static void Append(ContainerInline container, List<StringBuilder> lines)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    lines[^1].Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    lines[^1].Append(code.Content);
                    break;
                case AutolinkInline autolink:
                    lines[^1].Append(autolink.Url);
                    break;
                case HtmlEntityInline entity:
                    lines[^1].Append(entity.Original.AsSpan());
                    break;
                case HtmlInline html:
                    // <br> is a line break a writer typed inside a table cell; other tags are kept for the cleaning step.
                    lines[^1].Append(LineBreakTag().IsMatch(html.Tag) ? " " : html.Tag);
                    break;
                case LineBreakInline lineBreak:
                    if (lineBreak.IsHard)
                        lines.Add(new StringBuilder());
                    else
                        lines[^1].Append(' ');
                    break;
                case LinkInline { IsImage: true }:
                    break; // an image shows no words
                case EmphasisInline emphasis:
                    var marker = new string(emphasis.DelimiterChar, emphasis.DelimiterCount);
                    lines[^1].Append(marker);
                    Append(emphasis, lines);
                    lines[^1].Append(marker);
                    break;
                case DelimiterInline delimiter:
                    // A bracket or marker Markdig left unmatched reads as the character typed.
                    lines[^1].Append(delimiter.ToLiteral());
                    Append(delimiter, lines);
                    break;
                case ContainerInline other:
                    Append(other, lines);
                    break;
            }
        }
    }

    [GeneratedRegex(@"^<br\s*/?>$", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreakTag();
}
