namespace LearningSearch.Indexer.Reading.Pdf;

/// <summary>
/// A table row that does not fit at the foot of a page goes on at the top of the next, and comes out of
/// the grid as two rows. They are one row again when the top row has the same columns and reads as the
/// rest of the row above: a cell that starts in lower case, or goes on from a long cell that stopped
/// mid-sentence. A new row (another agency's response under the same recommendation) starts with a
/// capital after a finished sentence, and stays a row of its own.
/// </summary>
internal static class PdfRowAcrossPages
{
    public static PdfBlock.TableRow? Join(PdfBlock.TableRow last, PdfBlock.TableRow first)
    {
        if (last.Cells.Count != first.Cells.Count)
            return null;
        var continues = false;
        for (var i = 0; i < first.Cells.Count; i++)
        {
            var (above, below) = (last.Cells[i], first.Cells[i]);
            if (below.Length == 0)
                continue;
            if (above.Length == 0)
                return null; // nothing above to go on from: this cell starts something new
            if (char.IsLower(below[0]) || (above.Length > 60 && !EndsSentence(above)))
                continues = true;
        }
        if (!continues)
            return null;
        var cells = last.Cells.Zip(first.Cells, (above, below) => PdfLineJoin.Join([above, below])).ToList();
        return last with { Cells = cells };
    }

    private static bool EndsSentence(string text) => text.TrimEnd()[^1] is '.' or '!' or '?' or ':' or ';' or ')';
}
