namespace LearningSearch.Indexer.Reading.Pdf;

/// <summary>
/// A table printed without borders, found from the white space alone: a run of lines whose words fall
/// into the same columns (left edges that line up from line to line, no word crossing from one column
/// into the next), holding at least two lines with text in two or more columns. Rows are told apart by
/// the wider gap a table leaves between rows than between the lines of one cell.
/// </summary>
internal sealed class PdfGapTable
{
    private const double Alignment = 4;

    private PdfGapTable(int first, int last, List<List<string>> rows)
    {
        First = first;
        Last = last;
        Rows = rows;
    }

    /// <summary>Index of the table's first line in the page's lines.</summary>
    public int First { get; }

    /// <summary>Index of the table's last line.</summary>
    public int Last { get; }

    public List<List<string>> Rows { get; }

    public static List<PdfGapTable> Find(IReadOnlyList<PdfTextLine> lines)
    {
        var tables = new List<PdfGapTable>();
        for (var start = 0; start < lines.Count; start++)
        {
            var seed = Segments(lines[start]);
            if (seed.Count < 2)
                continue;
            var columns = seed.Select(s => s[0].Left).ToList();
            var end = start;
            var multiColumnLines = 1;
            var widest = seed.Count;
            var allNumbered = IsNumber(seed[0]);
            for (var next = start + 1; next < lines.Count; next++)
            {
                var gap = lines[next - 1].Baseline - lines[next].Baseline;
                if (gap > 3 * lines[next].FontSize)
                    break;
                var segments = Segments(lines[next]);
                if (!Fits(segments, columns))
                    break;
                foreach (var segment in segments)
                    if (!columns.Any(c => Math.Abs(c - segment[0].Left) <= Alignment))
                        columns.Add(segment[0].Left);
                columns.Sort();
                if (segments.Count >= 2)
                {
                    multiColumnLines++;
                    allNumbered &= IsNumber(segments[0]);
                }
                widest = Math.Max(widest, segments.Count);
                end = next;
            }
            if (multiColumnLines < 2 || columns.Count < 2 || (widest < 3 && allNumbered))
                continue;
            tables.Add(new PdfGapTable(start, end, ReadRows(lines, start, end, columns)));
            start = end;
        }
        return tables;
    }

    // A bullet stands apart from its text, but is not a column of its own.
    private static List<List<PdfWord>> Segments(PdfTextLine line)
    {
        var segments = line.Segments(Math.Max(4.5, 0.55 * line.FontSize));
        for (var i = segments.Count - 2; i >= 0; i--)
        {
            if (segments[i].Count == 1 && IsBullet(segments[i][0].Text))
            {
                segments[i].AddRange(segments[i + 1]);
                segments.RemoveAt(i + 1);
            }
        }
        return segments;
    }

    private static bool IsBullet(string text) => text.Length == 1 && !char.IsLetterOrDigit(text[0]);

    // "1.1." then a tab then text is a numbered paragraph, not a two-column table.
    private static bool IsNumber(List<PdfWord> segment) =>
        segment.Count == 1 && segment[0].Text.Length <= 8 && segment[0].Text.All(c => char.IsDigit(c) || c is '.' or ')' or '(');

    // A line belongs to the table when none of its pieces runs across the start of a column.
    private static bool Fits(List<List<PdfWord>> segments, List<double> columns) =>
        segments.All(segment => !columns.Any(c => segment[0].Left < c - Alignment && segment[^1].Right > c + Alignment));

    private static List<List<string>> ReadRows(IReadOnlyList<PdfTextLine> lines, int start, int end, List<double> columns)
    {
        // The usual step between lines of one cell: the lower quartile, as most steps are inside cells.
        var steps = Enumerable.Range(start + 1, end - start)
            .Select(i => lines[i - 1].Baseline - lines[i].Baseline)
            .Where(step => step > 0.8 * lines[start].FontSize)
            .Order()
            .ToList();
        var pitch = steps.Count > 0 ? steps[steps.Count / 4] : 1.2 * lines[start].FontSize;
        var rows = new List<List<List<string>>>();
        for (var i = start; i <= end; i++)
        {
            if (i == start || lines[i - 1].Baseline - lines[i].Baseline > 1.55 * pitch)
                rows.Add(columns.Select(_ => new List<string>()).ToList());
            foreach (var segment in Segments(lines[i]))
            {
                var column = columns.FindLastIndex(c => c <= segment[0].Left + Alignment);
                rows[^1][Math.Max(0, column)].Add(string.Join(' ', segment.Select(w => w.Text)));
            }
        }
        return rows.Select(cells => cells.Select(PdfLineJoin.Join).ToList()).ToList();
    }
}
