using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace LearningSearch.Indexer.Reading.Spreadsheet;

/// <summary>
/// A sheet as a grid of cell texts, row by row from its first used row, with merged areas resolved: a merge across
/// columns keeps its text in its first cell; a merge down rows keeps it in its first row.
/// </summary>
internal sealed class SheetGrid
{
    private SheetGrid(List<string[]> rows, int width)
    {
        Rows = rows;
        Width = width;
    }

    public IReadOnlyList<string[]> Rows { get; }

    public int Width { get; }

    /// <summary>The first row with three or more cells filled: the table's header. -1 when there is none.</summary>
    public int HeaderRow()
    {
        for (var r = 0; r < Rows.Count; r++)
            if (Rows[r].Count(c => c.Length > 0) >= 3) return r;
        return -1;
    }

    public static SheetGrid Read(WorksheetPart part, CellText cells)
    {
        var byRow = new SortedDictionary<uint, Dictionary<int, string>>();
        var width = 0;
        using (var reader = OpenXmlReader.Create(part))
        {
            while (reader.Read())
            {
                if (reader.ElementType != typeof(Row) || !reader.IsStartElement) continue;
                var row = (Row)reader.LoadCurrentElement()!;
                var index = row.RowIndex?.Value ?? (byRow.Count == 0 ? 1u : byRow.Keys.Last() + 1);
                var values = new Dictionary<int, string>();
                var column = 0;
                foreach (var cell in row.Elements<Cell>())
                {
                    column = cell.CellReference?.Value is { } reference ? Column(reference) : column + 1;
                    var text = DocumentTextBuilder.Clean(cells.Of(cell));
                    if (text.Length == 0) continue;
                    values[column] = text;
                    width = Math.Max(width, column);
                }
                byRow[index] = values;
            }
        }
        if (byRow.Count == 0) return new SheetGrid([], 0);

        var first = byRow.Keys.First(k => byRow[k].Count > 0 || k == byRow.Keys.Last());
        var last = byRow.Keys.Last();
        var rows = new List<string[]>();
        for (var r = first; r <= last; r++)
        {
            var row = new string[width];
            Array.Fill(row, "");
            if (byRow.TryGetValue(r, out var values))
                foreach (var (c, text) in values) row[c - 1] = text;
            rows.Add(row);
        }
        // Rows past the last filled one carry nothing.
        while (rows.Count > 0 && rows[^1].All(c => c.Length == 0)) rows.RemoveAt(rows.Count - 1);
        return new SheetGrid(rows, width);
    }

    // "AB12" -> 28: letters are the column in base 26.
    private static int Column(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (!char.IsLetter(c)) break;
            column = column * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return column;
    }
}
