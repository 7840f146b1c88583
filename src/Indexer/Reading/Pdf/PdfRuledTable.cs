namespace LearningSearch.Indexer.Reading.Pdf;

/// <summary>
/// A table drawn with borders: the grid its rules make, and the words inside it read cell by cell.
/// The rules settle what a word's position alone cannot: which lines of text belong to one row when
/// cells wrap over several lines, and where one column ends and the next begins.
/// </summary>
internal sealed class PdfRuledTable
{
    private const double Tolerance = 2;

    private PdfRuledTable(double[] columns, double[] rows)
    {
        Columns = columns;
        Rows = rows;
    }

    /// <summary>Column boundaries left to right.</summary>
    public double[] Columns { get; }

    /// <summary>Row boundaries top to bottom (descending y).</summary>
    public double[] Rows { get; }

    public double Left => Columns[0];

    public double Right => Columns[^1];

    public double Top => Rows[0];

    public double Bottom => Rows[^1];

    public bool Contains(PdfWord word) =>
        word.CentreX > Left && word.CentreX < Right && word.CentreY < Top && word.CentreY > Bottom;

    /// <summary>
    /// Finds grids among the page's rules. Rules that touch form one grid; within it, each row band (the
    /// space between two horizontal rules) takes the vertical rules that cross it, and consecutive bands
    /// with the same columns (or a subset of them, where cells are merged) form one table. So two tables
    /// printed one straight under the other, each with its own columns, stay two tables.
    /// </summary>
    public static List<PdfRuledTable> Find(List<PdfRuling> rulings)
    {
        var tables = new List<PdfRuledTable>();
        foreach (var group in TouchingGroups(rulings))
        {
            var verticals = group.Where(r => !r.Horizontal).ToList();
            var rows = Distinct(group.Where(r => r.Horizontal).Select(r => r.Position)).Reverse().ToArray();
            double[]? columns = null;
            var bands = new List<double>();
            for (var band = 0; band < rows.Length - 1; band++)
            {
                var middle = (rows[band] + rows[band + 1]) / 2;
                var crossing = Distinct(verticals.Where(v => v.From < middle && v.To > middle).Select(v => v.Position));
                if (columns is not null && Compatible(columns, crossing))
                {
                    columns = Distinct(columns.Concat(crossing));
                    bands.Add(rows[band + 1]);
                    continue;
                }
                AddTable(tables, columns, bands);
                columns = crossing;
                bands = [rows[band], rows[band + 1]];
            }
            AddTable(tables, columns, bands);
        }
        return tables;
    }

    private static void AddTable(List<PdfRuledTable> tables, double[]? columns, List<double> bands)
    {
        // A single box is a frame round text, not a table: two columns at least.
        if (columns is { Length: >= 3 } && bands.Count >= 2)
            tables.Add(new PdfRuledTable(columns, bands.ToArray()));
    }

    private static bool Compatible(double[] columns, double[] crossing)
    {
        bool Within(double[] inner, double[] outer) => inner.All(x => outer.Any(y => Math.Abs(x - y) <= Tolerance));
        return crossing.Length > 0 && (Within(crossing, columns) || Within(columns, crossing));
    }

    private static List<List<PdfRuling>> TouchingGroups(List<PdfRuling> rulings)
    {
        var groups = new List<List<PdfRuling>>();
        var unassigned = new List<PdfRuling>(rulings);
        while (unassigned.Count > 0)
        {
            var group = new List<PdfRuling> { unassigned[^1] };
            unassigned.RemoveAt(unassigned.Count - 1);
            for (var i = 0; i < group.Count; i++)
            {
                var touching = unassigned.Where(r => r.Touches(group[i])).ToList();
                group.AddRange(touching);
                unassigned.RemoveAll(touching.Contains);
            }
            groups.Add(group);
        }
        return groups;
    }

    /// <summary>The table's rows, top to bottom, each a cell's words per column.</summary>
    public List<List<string>> Read(IReadOnlyCollection<PdfWord> words)
    {
        var grid = new List<PdfWord>[Rows.Length - 1, Columns.Length - 1];
        foreach (var word in words)
        {
            var row = Interval(Rows, word.CentreY, descending: true);
            var column = Interval(Columns, word.CentreX, descending: false);
            if (row >= 0 && column >= 0)
                (grid[row, column] ??= []).Add(word);
        }
        var result = new List<List<string>>();
        for (var row = 0; row < Rows.Length - 1; row++)
        {
            var cells = new List<string>();
            for (var column = 0; column < Columns.Length - 1; column++)
                cells.Add(grid[row, column] is { } cellWords ? PdfLineJoin.Join(PdfTextLine.Group(cellWords).Select(l => l.Text)) : "");
            if (cells.Any(c => c.Length > 0))
                result.Add(cells);
        }
        return result;
    }

    private static int Interval(double[] bounds, double value, bool descending)
    {
        for (var i = 0; i < bounds.Length - 1; i++)
        {
            var (high, low) = descending ? (bounds[i], bounds[i + 1]) : (bounds[i + 1], bounds[i]);
            if (value <= high && value >= low)
                return i;
        }
        return -1;
    }

    private static double[] Distinct(IEnumerable<double> positions)
    {
        var distinct = new List<double>();
        foreach (var position in positions.Order())
            if (distinct.Count == 0 || position - distinct[^1] > Tolerance)
                distinct.Add(position);
        return distinct.ToArray();
    }
}
