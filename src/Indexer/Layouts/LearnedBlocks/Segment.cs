namespace LearningSearch.Indexer.Layouts.LearnedBlocks;

/// <summary>
/// What the block classifier labels: a paragraph, heading or bullet of the document, or one cell of a table row
/// (an action plan's row holds a recommendation in one cell and its action in the next, so a row is not one unit).
/// </summary>
/// <param name="Block">The block the segment is, or is a cell of.</param>
/// <param name="Text">The segment's text on one line.</param>
/// <param name="Cell">The cell's index in its row; -1 for a block that is not a table row.</param>
/// <param name="Row">The row's index in its table (0 is the first row, usually the header); -1 outside tables.</param>
/// <param name="Column">The first row's text above this cell, when the table has a header; "" otherwise.</param>
/// <param name="RepeatsAbove">True for a cell that repeats the cell above it (a merged cell written out in every row).</param>
public sealed record Segment(Block Block, string Text, int Cell, int Row, string Column, bool RepeatsAbove)
{
    public bool IsCell => Cell >= 0;

    /// <summary>The document's blocks as segments, in reading order: each table row's cells left to right.</summary>
    public static IReadOnlyList<Segment> Of(PreparedDocument document)
    {
        var segments = new List<Segment>();
        string[]? header = null;
        string[]? above = null;
        var row = -1;
        Block? previous = null;
        foreach (var block in document.Blocks)
        {
            if (!block.IsTableRow)
            {
                segments.Add(new Segment(block, block.Text, -1, -1, "", false));
                row = -1;
                header = above = null;
                previous = block;
                continue;
            }
            var cells = block.Cells.Select(c => Cleaning.InlineText.OneLine(c)).ToArray();
            // A table's rows stand on consecutive lines; a blank line or a paragraph between rows starts another table.
            if (previous is null || !previous.IsTableRow || previous.Line + 1 != block.Line)
            {
                row = 0;
                header = LooksLikeHeader(cells) ? cells : null;
                above = null;
            }
            else row++;
            for (var c = 0; c < cells.Length; c++)
            {
                if (cells[c].Length == 0) continue;
                var column = row > 0 && header is not null && c < header.Length ? header[c] : "";
                var repeats = above is not null && c < above.Length && above[c] == cells[c];
                segments.Add(new Segment(block, cells[c], c, row, column, repeats));
            }
            above = cells;
            previous = block;
        }
        return segments;
    }

    // A header row names its columns: short cells, none a sentence.
    private static bool LooksLikeHeader(string[] cells) =>
        cells.Length >= 2 && cells.All(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6 && !c.TrimEnd().EndsWith('.'));
}
