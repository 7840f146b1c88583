using System.Net;
using System.Text;

namespace LearningSearch.Indexer.Reading.Html;

/// <summary>
/// Splits HTML into tags and text the forgiving way browsers do: unquoted and valueless attributes,
/// a stray '&lt;' kept as text, comments and doctypes skipped, and the contents of script and style taken
/// as raw text up to their closing tag (a "&lt;p&gt;" inside a script is not a paragraph).
/// No HTML parser package is available to the project offline, and System.Xml rejects real-world HTML.
/// </summary>
internal static class HtmlTokenizer
{
    private static readonly HashSet<string> RawTextElements = new(StringComparer.Ordinal)
        { "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes" };

    public static IEnumerable<HtmlToken> Tokenize(string html)
    {
        var position = 0;
        var text = new StringBuilder();
        while (position < html.Length)
        {
            var lt = html.IndexOf('<', position);
            if (lt < 0)
            {
                text.Append(html, position, html.Length - position);
                break;
            }
            text.Append(html, position, lt - position);
            position = lt;

            if (Follows(html, position, "<!--"))
            {
                var end = html.IndexOf("-->", position + 4, StringComparison.Ordinal);
                position = end < 0 ? html.Length : end + 3;
                continue;
            }
            if (Follows(html, position, "<!") || Follows(html, position, "<?"))
            {
                var end = html.IndexOf('>', position);
                position = end < 0 ? html.Length : end + 1;
                continue;
            }
            var isEnd = Follows(html, position, "</");
            var nameStart = position + (isEnd ? 2 : 1);
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                text.Append('<'); // "a < b" is text, not a tag
                position++;
                continue;
            }

            if (text.Length > 0)
            {
                yield return new HtmlToken.Text(WebUtility.HtmlDecode(text.ToString()));
                text.Clear();
            }
            var nameEnd = nameStart;
            while (nameEnd < html.Length && !char.IsWhiteSpace(html[nameEnd]) && html[nameEnd] is not ('>' or '/'))
                nameEnd++;
            var name = html[nameStart..nameEnd].ToLowerInvariant();
            var (attributes, selfClosing, tagEnd) = ReadAttributes(html, nameEnd);
            position = tagEnd;

            if (isEnd)
            {
                yield return new HtmlToken.EndTag(name);
                continue;
            }
            yield return new HtmlToken.StartTag(name, attributes, selfClosing);
            if (RawTextElements.Contains(name) && !selfClosing)
            {
                var close = html.IndexOf("</" + name, position, StringComparison.OrdinalIgnoreCase);
                var rawEnd = close < 0 ? html.Length : close;
                var raw = html[position..rawEnd];
                if (name is "textarea" or "title" && raw.Length > 0)
                    yield return new HtmlToken.Text(WebUtility.HtmlDecode(raw));
                else if (raw.Length > 0)
                    yield return new HtmlToken.Text(raw);
                position = rawEnd;
            }
        }
        if (text.Length > 0)
            yield return new HtmlToken.Text(WebUtility.HtmlDecode(text.ToString()));
    }

    private static (Dictionary<string, string> Attributes, bool SelfClosing, int End) ReadAttributes(string html, int position)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        var selfClosing = false;
        while (position < html.Length)
        {
            while (position < html.Length && char.IsWhiteSpace(html[position]))
                position++;
            if (position >= html.Length)
                break;
            if (html[position] == '>')
                return (attributes, selfClosing, position + 1);
            if (html[position] == '/')
            {
                selfClosing = true;
                position++;
                continue;
            }
            var nameStart = position;
            while (position < html.Length && !char.IsWhiteSpace(html[position]) && html[position] is not ('=' or '>' or '/'))
                position++;
            var name = html[nameStart..position].ToLowerInvariant();
            if (name.Length == 0)
            {
                position++; // a stray character such as a quote: skip it rather than loop
                continue;
            }
            selfClosing = false;
            while (position < html.Length && char.IsWhiteSpace(html[position]))
                position++;
            var value = "";
            if (position < html.Length && html[position] == '=')
            {
                position++;
                while (position < html.Length && char.IsWhiteSpace(html[position]))
                    position++;
                if (position < html.Length && html[position] is '"' or '\'')
                {
                    var quote = html[position];
                    var close = html.IndexOf(quote, position + 1);
                    if (close < 0)
                        close = html.Length;
                    value = html[(position + 1)..close];
                    position = Math.Min(html.Length, close + 1);
                }
                else
                {
                    var valueStart = position;
                    while (position < html.Length && !char.IsWhiteSpace(html[position]) && html[position] != '>')
                        position++;
                    value = html[valueStart..position];
                }
            }
            attributes.TryAdd(name, WebUtility.HtmlDecode(value));
        }
        return (attributes, selfClosing, html.Length);
    }

    private static bool Follows(string html, int position, string prefix) =>
        string.CompareOrdinal(html, position, prefix, 0, prefix.Length) == 0;
}
