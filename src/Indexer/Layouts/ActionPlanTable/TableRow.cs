namespace LearningSearch.Indexer.Layouts.ActionPlanTable;

/// <summary>A data row of an action-plan table: clean cell texts aligned to the header that governs them.</summary>
public sealed class TableRow
{
    public TableRow(TableHeader header, string[] cells, int line)
    {
        Header = header;
        Cells = cells;
        FirstLine = LastLine = line;
    }

    public TableHeader Header { get; }

    /// <summary>Cell texts as clean text (paragraphs separated by a blank line), one per header column.</summary>
    public string[] Cells { get; }

    public int FirstLine { get; }

    public int LastLine { get; set; }

    public string Get(ColumnRole role)
    {
        var i = Header.IndexOf(role);
        return i >= 0 && i < Cells.Length ? Cells[i] : "";
    }

    /// <summary>True when the row has nothing in the columns that make a unit (recommendation, outcome, action).</summary>
    public bool HasNoSubject =>
        Get(ColumnRole.Recommendation).Length == 0 && Get(ColumnRole.Action).Length == 0 && Get(ColumnRole.Outcome).Length == 0
        && Get(ColumnRole.Learning).Length == 0;

    public bool IsEmpty => Cells.All(c => c.Length == 0);
}
