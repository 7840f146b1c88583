using System.Globalization;
using AngleSharp.Dom;

namespace LearningSearch.Indexer.Reading.Html;

/// <summary>
/// An open &lt;ul&gt; or &lt;ol&gt;: gives each &lt;li&gt; the label a browser would draw in front of it, so
/// "1." and "- " reach the layouts as text.
/// </summary>
internal sealed class HtmlList
{
    private readonly ListNumberStyle? _numbered;
    private readonly bool _unmarked;
    private int _counter;

    private HtmlList(ListNumberStyle? numbered, bool unmarked, int start)
    {
        _numbered = numbered;
        _unmarked = unmarked;
        _counter = start - 1;
    }

    public static HtmlList Open(IElement list)
    {
        var style = ListStyleType(list.GetAttribute("style"));
        if (style == "none")
            return new HtmlList(null, unmarked: true, 1);
        if (list.LocalName == "ul")
            return new HtmlList(null, unmarked: false, 1);
        var numbered = style switch
        {
            "lower-alpha" or "lower-latin" => ListNumberStyle.LowerLetter,
            "upper-alpha" or "upper-latin" => ListNumberStyle.UpperLetter,
            "lower-roman" => ListNumberStyle.LowerRoman,
            "upper-roman" => ListNumberStyle.UpperRoman,
            "decimal" => ListNumberStyle.Decimal,
            _ => list.GetAttribute("type") switch
            {
                "a" => ListNumberStyle.LowerLetter,
                "A" => ListNumberStyle.UpperLetter,
                "i" => ListNumberStyle.LowerRoman,
                "I" => ListNumberStyle.UpperRoman,
                _ => ListNumberStyle.Decimal,
            },
        };
        var start = int.TryParse(list.GetAttribute("start"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 1;
        return new HtmlList(numbered, unmarked: false, start);
    }

    /// <summary>The label for the next item: "- " for a bullet, "3. " or "c. " when numbered, "" when unmarked.</summary>
    public string NextLabel(IElement item)
    {
        if (int.TryParse(item.GetAttribute("value"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            _counter = value;
        else
            _counter++;
        if (_unmarked)
            return "";
        return _numbered is { } style ? ListNumberFormat.Format(_counter, style) + ". " : "- ";
    }

    private static string? ListStyleType(string? css)
    {
        if (css is null)
            return null;
        foreach (var declaration in css.Split(';'))
        {
            var parts = declaration.Split(':', 2);
            if (parts.Length == 2 && parts[0].Trim().ToLowerInvariant() is "list-style-type" or "list-style")
                return parts[1].Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        }
        return null;
    }
}
