using System.Text.RegularExpressions;
using LearningSearch.Index.Units;

namespace LearningSearch.Indexer.Cleaning;

/// <summary>
/// Finds the lines a PDF repeats on every page (running headers and footers, page numbers, ruled separator
/// rows) so that they can be dropped and the text they interrupt joined again. A header that carries its page
/// number ("Eastvale SCP | Rapid Review Child M | Page 2") is the same header on every page. A section heading a
/// document repeats for each of its parts ("What we learned" under each review of an annual report) is not
/// furniture: the caller says which lines name a section.
/// </summary>
public static partial class PageFurniture
{
    /// <summary>Line indexes (0-based) that are page furniture.</summary>
    public static HashSet<int> Find(IReadOnlyList<string> lines, Func<string, bool>? isSectionHeading = null)
    {
        var furniture = new HashSet<int>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var numbered = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var key = lines[i].Trim();
            if (key.Length == 0) continue;
            counts[key] = counts.GetValueOrDefault(key) + 1;
            if (!PageMark().IsMatch(key)) continue;
            var shape = Digits().Replace(key, "#");
            numbered[shape] = numbered.GetValueOrDefault(shape) + 1;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            if (PageNumber().IsMatch(line) || RuledRow().IsMatch(line))
            {
                furniture.Add(i);
                continue;
            }
            var repeated = counts[line] >= 2 || (PageMark().IsMatch(line) && numbered.GetValueOrDefault(Digits().Replace(line, "#")) >= 2);
            if (repeated && IsRunningHeader(line) && isSectionHeading?.Invoke(line) != true)
                furniture.Add(i);
        }
        return furniture;
    }

    // A running header is a short line of words without tabs (a repeated table header is a table's business,
    // and a repeated "(Recommendation 4.3)" is a citation, not furniture), or a footer whose page number sits in a
    // cell of its own ("Partnership – Action Plan<tab>Page 2 of 4").
    private static bool IsRunningHeader(string line) =>
        line.Length is >= 8 and <= 120
        && (!line.Contains('\t', StringComparison.Ordinal) || (PageMark().IsMatch(line) && line.Split('\t').Length <= 3))
        && !line.StartsWith('(')
        && !line.StartsWith("- ", StringComparison.Ordinal)
        && !CitationLike().IsMatch(line)
        && line.Any(char.IsLetter);

    // "| 3", "Page 3", "- 3 -", "p. 3": a header or footer printing its page number.
    [GeneratedRegex(@"(?:\|\s*(?:page\s*)?\d{1,4}\s*$|\bpage\s+\d{1,4}\b|\bp\.\s*\d{1,4}\s*$|[\u2013\u2014-]\s*\d{1,4}\s*[\u2013\u2014-]?\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex PageMark();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^(page\s*)?\d{1,4}(\s*(of|/)\s*\d{1,4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^[-\s\t_=|]{3,}$")]
    private static partial Regex RuledRow();

    [GeneratedRegex(@"recommendation\s+[\w.]+\)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CitationLike();
}
