using LearningSearch.Indexer.Cleaning;

namespace LearningSearch.Indexer.Layouts.ActionPlanTable;

/// <summary>
/// Reads the blocks of an action-plan table into rows as the authors wrote them, undoing what PDF flattening
/// did: a row cut by a page break (its halves separated by the repeated header row) is joined again cell by
/// cell, and a row with nothing in its subject columns is the tail of the row above.
/// </summary>
public static class TableRowReader
{
    /// <summary>A table row, a heading row between rows (an agency's name), or a note (a footnote or stray sentence).</summary>
    public abstract record Entry(int Line);

    public sealed record RowEntry(TableRow Row) : Entry(Row.FirstLine);

    public sealed record HeadingEntry(string Text, int Line) : Entry(Line);

    public sealed record NoteEntry(string Text, int Line) : Entry(Line);

    public static List<Entry> Read(IReadOnlyList<Block> blocks, int start, ReviewDraft draft)
    {
        var entries = new List<Entry>();
        TableHeader? header = null;
        TableRow? previous = null;
        var afterHeader = false;

        for (var i = start; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var maybeHeader = TableHeader.TryRead(block);
            if (maybeHeader is not null)
            {
                header = maybeHeader;
                afterHeader = true;
                draft.MarkStructure(block);
                continue;
            }
            if (header is null) continue;
            if (i > start && !blocks[i - 1].IsTableRow && TableHeader.IsOtherTablesHeader(block, header))
            {
                // A sign-off or contacts table after the plan: its rows are not actions, until the plan's header comes again.
                header = null;
                previous = null;
                draft.MarkStructure(block);
                continue;
            }

            if (!block.IsTableRow)
            {
                entries.Add(IsHeading(block.Text) ? new HeadingEntry(block.Text, block.Line) : new NoteEntry(InlineText.Clean(block.Raw), block.Line));
                if (IsHeading(block.Text)) draft.MarkStructure(block);
                continue;
            }

            // A table broken by a page without its header repeated starts again after a gap: its first row may
            // carry the rest of a cell the break cut, as the row after a repeated header does.
            if (previous is not null && block.Line > blocks[i - 1].Line + 1 && blocks[i - 1].IsTableRow) afterHeader = true;
            var row = new TableRow(header, Align(block.Cells, header.Roles.Count), block.Line);
            if (row.IsEmpty) continue;
            var filled = row.Cells.Select((c, k) => (c, k)).Where(x => x.c.Length > 0).ToList();
            if (filled.Count == 1 && filled[0].k == 0 && IsHeading(filled[0].c) && row.Header.Roles[0] != ColumnRole.Number)
            {
                entries.Add(new HeadingEntry(filled[0].c, block.Line));
                draft.MarkStructure(block);
                afterHeader = false; // a new agency's rows start here: nothing above continues into them
                continue;
            }

            if (previous is not null && afterHeader) JoinCutCells(previous, row);
            afterHeader = false;
            if (previous is not null && row.HasNoSubject)
            {
                AppendRow(previous, row);
                continue;
            }
            if (row.IsEmpty) continue;
            entries.Add(new RowEntry(row));
            previous = row;
        }
        return entries;
    }

    // Cells as clean text; a row with more cells than its header keeps the surplus in its last column.
    private static string[] Align(string[] raw, int columns)
    {
        var cells = new string[columns];
        for (var c = 0; c < columns; c++) cells[c] = c < raw.Length ? InlineText.Clean(raw[c]) : "";
        for (var c = columns; c < raw.Length; c++)
        {
            var extra = InlineText.Clean(raw[c]);
            if (extra.Length > 0) cells[columns - 1] = (cells[columns - 1] + "\n\n" + extra).Trim();
        }
        return cells;
    }

    // The first row after a repeated header carries the second half of any cell the page break cut.
    private static void JoinCutCells(TableRow previous, TableRow row)
    {
        for (var c = 0; c < row.Cells.Length && c < previous.Cells.Length; c++)
        {
            var cell = row.Cells[c];
            var before = previous.Cells[c];
            if (cell.Length == 0 || before.Length == 0) continue;
            var split = cell.IndexOf("\n\n", StringComparison.Ordinal);
            var first = split < 0 ? cell : cell[..split];
            var rest = split < 0 ? "" : cell[(split + 2)..];
            var cut = CutText.StartsAsContinuation(first) || (!CutText.EndsFinished(before) && CutText.EndsOnDanglingWord(before));
            if (!cut) continue;
            previous.Cells[c] = before.TrimEnd() + " " + first.TrimStart();
            row.Cells[c] = rest;
            previous.LastLine = row.FirstLine;
        }
    }

    private static void AppendRow(TableRow previous, TableRow row)
    {
        for (var c = 0; c < row.Cells.Length && c < previous.Cells.Length; c++)
        {
            var cell = row.Cells[c];
            if (cell.Length == 0) continue;
            var before = previous.Cells[c];
            var joinWithSpace = before.Length > 0 && !CutText.EndsFinished(before);
            previous.Cells[c] = before.Length == 0 ? cell : before.TrimEnd() + (joinWithSpace ? " " : "\n\n") + cell;
        }
        previous.LastLine = row.FirstLine;
    }

    /// <summary>A heading between rows: short, a name rather than a sentence.</summary>
    public static bool IsHeading(string text)
    {
        var t = text.Trim();
        return t.Length is > 1 and <= 90 && !t.EndsWith('.') && !CutText.StartsAsContinuation(t)
            && !t.Contains('\n', StringComparison.Ordinal) && t.Split(' ').Length <= 12;
    }
}
