using System.Text;
using LearningSearch.SearchApi.Contracts;

namespace LearningSearch.SearchApi.Search;

/// <summary>A search's hits as CSV for a training pack: one row per hit with its citation columns.</summary>
public static class CsvExport
{
    public const int MaxRows = 5000;

    private static readonly string[] Header =
        ["Citation", "Review", "Review title", "Partnership", "Year", "Kind", "Number", "Recommendation", "Agency", "Status", "Dates", "Themes", "Text", "Id", "Published at"];

    public static string Write(IEnumerable<UnitHit> hits)
    {
        var sb = new StringBuilder();
        sb.AppendLine(string.Join(",", Header.Select(Cell)));
        foreach (var h in hits)
        {
            sb.AppendLine(string.Join(",", new[]
            {
                h.Citation, h.Review.Id, h.Review.Title, h.Review.Partnership ?? "", h.Review.Year?.ToString() ?? "", h.Kind, h.Number ?? "",
                h.Recommendation?.Number ?? "", h.Agency ?? "", h.Status ?? "", string.Join("; ", h.Dates),
                string.Join("; ", h.Themes.Select(t => t.Label)), h.Text, h.Id, h.Review.PublishedAddress ?? "",
            }.Select(Cell)));
        }
        return sb.ToString();
    }

    // Quotes doubled; a cell that a spreadsheet would run as a formula (= + - @) is prefixed with ' (CSV injection).
    internal static string Cell(string value)
    {
        var v = value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
