using UglyToad.PdfPig.Content;

namespace LearningSearch.Indexer.Reading.Pdf;

/// <summary>
/// Reads one PDF page into blocks in reading order, top to bottom: tables drawn with borders are read
/// cell by cell from their grid, tables without borders from the columns their white space makes, and
/// the rest as paragraphs.
/// </summary>
internal static class PdfPageText
{
    public static List<PdfBlock> Read(Page page, ref int tableCount)
    {
        var words = page.GetWords().Select(PdfWord.From).OfType<PdfWord>().ToList();
        if (words.Count == 0)
            return [];
        var blocks = new List<PdfBlock>();

        var ruled = PdfRuledTable.Find(PdfRuling.Find(page.Paths));
        var inTables = new HashSet<PdfWord>();
        foreach (var table in ruled.OrderByDescending(t => t.Top))
        {
            var tableWords = words.Where(w => !inTables.Contains(w) && table.Contains(w)).ToList();
            if (tableWords.Count == 0)
                continue;
            inTables.UnionWith(tableWords);
            tableCount++;
            var rowTop = table.Top;
            foreach (var cells in table.Read(tableWords))
                blocks.Add(new PdfBlock.TableRow(cells, tableCount, rowTop -= 0.001));
        }

        var lines = PdfTextLine.Group(words.Where(w => !inTables.Contains(w)));
        var regions = ruled.Select(t => (t.Top, t.Bottom)).ToList();
        var prose = new List<PdfTextLine>();
        var gapTables = PdfGapTable.Find(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            if (gapTables.FirstOrDefault(t => t.First == i) is { } table)
            {
                tableCount++;
                var rowTop = lines[i].Top;
                foreach (var cells in table.Rows)
                    blocks.Add(new PdfBlock.TableRow(cells, tableCount, rowTop -= 0.001));
                regions.Add((lines[table.First].Top, lines[table.Last].Bottom));
                i = table.Last;
                continue;
            }
            prose.Add(lines[i]);
        }
        blocks.AddRange(PdfParagraphs.From(prose, regions, words.Min(w => w.Left), words.Max(w => w.Right)));
        // Stable: rows of one table keep their order, and each block lands where it starts on the page.
        return blocks.OrderByDescending(b => b.Top).ToList();
    }
}
