using System.Text;
using System.Text.RegularExpressions;

namespace LearningSearch.Indexer.Reading.Markdown;

/// <summary>
/// GitHub-flavoured pipe tables: a header row, a |---|:--:| delimiter row (dropped), then body rows.
/// Every row gets the header's number of cells, short rows padded and long ones cut, as GitHub shows them.
/// </summary>
internal static partial class MarkdownTable
{
    public static bool StartsAt(IReadOnlyList<string> lines, int index) =>
        index + 1 < lines.Count && lines[index].Contains('|', StringComparison.Ordinal) && Delimiter().IsMatch(lines[index + 1])
        && SplitRow(lines[index]).Count == SplitRow(lines[index + 1]).Count;

    /// <summary>Reads the table starting at <paramref name="index"/>; returns its rows and the index after it.</summary>
    public static (List<IReadOnlyList<string>> Rows, int Next) Read(IReadOnlyList<string> lines, int index)
    {
        var header = SplitRow(lines[index]);
        var rows = new List<IReadOnlyList<string>> { header };
        var next = index + 2;
        for (; next < lines.Count && lines[next].Trim().Length > 0 && lines[next].Contains('|', StringComparison.Ordinal); next++)
        {
            var cells = SplitRow(lines[next]);
            rows.Add(Enumerable.Range(0, header.Count).Select(i => i < cells.Count ? cells[i] : "").ToList());
        }
        return (rows, next);
    }

    private static List<string> SplitRow(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var trimmed = line.Trim();
        for (var i = 0; i < trimmed.Length; i++)
        {
            if (trimmed[i] == '\\' && i + 1 < trimmed.Length && trimmed[i + 1] == '|')
            {
                cell.Append('|');
                i++;
            }
            else if (trimmed[i] == '|')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
                cell.Append(trimmed[i]);
        }
        cells.Add(cell.ToString());
        if (trimmed.StartsWith('|'))
            cells.RemoveAt(0);
        if (trimmed.EndsWith('|') && !trimmed.EndsWith("\\|", StringComparison.Ordinal) && cells.Count > 0)
            cells.RemoveAt(cells.Count - 1);
        return cells.Select(c => MarkdownInline.ToText(c.Trim())).ToList();
    }

    [GeneratedRegex(@"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")]
    private static partial Regex Delimiter();
}
