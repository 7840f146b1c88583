using System.Text.RegularExpressions;

namespace LearningSearch.Indexer.Reading.Pdf;

/// <summary>
/// Settles the hyphens found at line ends: "assess-" + "ment" is "assessment" when the document uses
/// "assessment" elsewhere and never "assess-ment"; otherwise the hyphen is kept ("multi-agency",
/// "CP-IS"), since dropping a real hyphen hurts a search more than keeping a soft one.
/// </summary>
internal sealed partial class LineEndHyphens
{
    private readonly HashSet<string> _words = new(StringComparer.OrdinalIgnoreCase);

    public LineEndHyphens(IEnumerable<string> texts)
    {
        foreach (var text in texts)
            foreach (Match word in Word().Matches(text))
                _words.Add(word.Value);
    }

    public string Resolve(string text)
    {
        if (!text.Contains(PdfLineJoin.LineEndHyphen, StringComparison.Ordinal))
            return text;
        var resolved = Broken().Replace(text, match =>
        {
            var (before, after) = (match.Groups[1].Value, match.Groups[2].Value);
            var joined = before + after;
            var hyphenated = before + "-" + after;
            return _words.Contains(joined) && !_words.Contains(hyphenated) ? joined : hyphenated;
        });
        return resolved.Replace(PdfLineJoin.LineEndHyphen, '-');
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*")]
    private static partial Regex Word();

    [GeneratedRegex(@"([\p{L}\p{N}]+)\uE000([\p{L}\p{N}]+)")]
    private static partial Regex Broken();
}
