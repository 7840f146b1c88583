using System.Text.RegularExpressions;

namespace LearningSearch.Indexer.Cleaning;

/// <summary>
/// Finds the lines a PDF repeats on every page (running headers and footers, page numbers, ruled separator
/// rows) so that they can be dropped and the text they interrupt joined again.
/// </summary>
public static partial class PageFurniture
{
    /// <summary>Line indexes (0-based) that are page furniture.</summary>
    public static HashSet<int> Find(IReadOnlyList<string> lines)
    {
        var furniture = new HashSet<int>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var key = lines[i].Trim();
            if (key.Length > 0) counts[key] = counts.GetValueOrDefault(key) + 1;
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
            if (counts[line] >= 2 && IsRunningHeader(line))
                furniture.Add(i);
        }
        return furniture;
    }

    // A running header is a short line of words without tabs (a repeated table header is a table's business,
    // and a repeated "(Recommendation 4.3)" is a citation, not furniture).
    private static bool IsRunningHeader(string line) =>
        line.Length is >= 8 and <= 120
        && !line.Contains('\t', StringComparison.Ordinal)
        && !line.StartsWith('(')
        && !line.StartsWith("- ", StringComparison.Ordinal)
        && !CitationLike().IsMatch(line)
        && line.Any(char.IsLetter);

    [GeneratedRegex(@"^(page\s*)?\d{1,4}(\s*(of|/)\s*\d{1,4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^[-\s\t_=|]{3,}$")]
    private static partial Regex RuledRow();

    [GeneratedRegex(@"recommendation\s+[\w.]+\)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CitationLike();
}
