using System.Globalization;
using System.Text;
using AngleSharp.Dom;

namespace LearningSearch.Indexer.Reading.Html;

/// <summary>
/// An open &lt;table&gt;: collects each row's cells, padding spanned columns with empty cells so a row's
/// cells stay under their header (colspan), and a cell merged down from the row above leaves an empty
/// cell, as a continuation row of an action plan has an empty first cell (rowspan).
/// </summary>
internal sealed class HtmlTable
{
    // Column → how many more rows a cell from above still covers it.
    private readonly SortedDictionary<int, int> _coveredFromAbove = [];
    private List<string>? _row;
    private StringBuilder? _cell;
    private int _cellColumns;
    private int _cellRows;

    public bool HasOpenCell => _cell is not null;

    public void AppendToCell(string text) => _cell?.Append(text);

    public void StartRow()
    {
        _row = [];
    }

    public void StartCell(IElement cell)
    {
        if (_row is null)
            StartRow();
        EndCell();
        FillCovered();
        _cell = new StringBuilder();
        _cellColumns = Span(cell.GetAttribute("colspan"), max: 100);
        _cellRows = Span(cell.GetAttribute("rowspan"), max: 1000);
    }

    public void EndCell()
    {
        if (_cell is null || _row is null)
            return;
        var column = _row.Count;
        _row.Add(_cell.ToString());
        for (var extra = 1; extra < _cellColumns; extra++)
            _row.Add("");
        if (_cellRows > 1)
            for (var spanned = column; spanned < column + _cellColumns; spanned++)
                _coveredFromAbove[spanned] = _cellRows - 1;
        _cell = null;
    }

    /// <summary>Ends the open row and gives its cells, or null when no row was open.</summary>
    public IReadOnlyList<string>? EndRow()
    {
        EndCell();
        if (_row is null)
            return null;
        FillCovered();
        // Columns past the row's last cell were covered too: their count goes down all the same.
        foreach (var column in _coveredFromAbove.Keys.Where(c => c >= _row.Count).ToList())
        {
            if (_coveredFromAbove[column] <= 1)
                _coveredFromAbove.Remove(column);
            else
                _coveredFromAbove[column]--;
        }
        var row = _row;
        _row = null;
        return row;
    }

    private void FillCovered()
    {
        // A cell covered by a rowspan above takes its column before the next cell of this row.
        while (_coveredFromAbove.Count > 0)
        {
            var column = _row!.Count;
            if (!_coveredFromAbove.TryGetValue(column, out var remaining))
                return;
            _row.Add("");
            if (remaining <= 1)
                _coveredFromAbove.Remove(column);
            else
                _coveredFromAbove[column] = remaining - 1;
        }
    }

    private static int Span(string? value, int max) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var span) && span > 1
            ? Math.Min(span, max)
            : 1;
}
