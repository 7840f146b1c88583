using System.Globalization;
using System.Text;
using LearningSearch.SearchApi.Contracts;
using LearningSearch.SearchApi.Search;

namespace LearningSearch.SearchApi.Recurrence;

/// <summary>
/// The recurrence view as CSV for a board paper: a row per theme and review that raises it, citing the review, then a
/// row per recommendation made again, citing it and the earlier one, so each figure can be traced to its source.
/// </summary>
public static class RecurrenceCsv
{
    private static readonly string[] Header =
        ["Row", "Theme", "Recurs", "Recurs because", "Review", "Review title", "Partnership", "Review type", "Year",
         // The readers' words, not the code's "units": the file is opened by board members in a spreadsheet.
         "Recommendations, actions and findings", "Share of the review's recommendations, actions and findings",
         "Citation", "Text", "Earlier citation", "Earlier year", "Earlier actions", "Closeness in meaning", "Why paired"];

    public static string Write(RecurrenceResponse view)
    {
        var sb = new StringBuilder();
        Row(sb, Header);
        var reviews = view.Reviews.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var labels = view.Themes.ToDictionary(t => t.Id, t => t.Label, StringComparer.Ordinal);
        string Year(int? year) => year?.ToString(CultureInfo.InvariantCulture) ?? "";
        foreach (var theme in view.Themes)
        {
            foreach (var cell in theme.Cells)
            {
                var r = reviews[cell.ReviewId];
                Row(sb, ["Theme in a review", theme.Label, theme.Recurs ? "yes" : "no", theme.RecursBecause ?? "", r.Name, r.Title, r.Partnership ?? "", r.Type ?? "", Year(r.Year),
                    cell.Count.ToString(CultureInfo.InvariantCulture), cell.Share.ToString("0.0%", CultureInfo.InvariantCulture), "", "", "", "", "", "", ""]);
            }
        }
        foreach (var repeat in view.Repeats)
        {
            var later = repeat.Recommendation;
            var r = reviews.GetValueOrDefault(later.ReviewId);
            var themes = string.Join("; ", repeat.ThemeIds.Select(t => labels.GetValueOrDefault(t, t)));
            foreach (var earlier in repeat.Earlier)
            {
                Row(sb, ["Recommended again", themes, "", "", r?.Name ?? later.ReviewId, r?.Title ?? "", r?.Partnership ?? "", r?.Type ?? "", Year(later.Year), "", "",
                    later.Citation, later.Text, earlier.Citation, Year(earlier.Year), earlier.Progress,
                    earlier.Similarity?.ToString("0.00", CultureInfo.InvariantCulture) ?? "", earlier.Why ?? ""]);
            }
        }
        return sb.ToString();
    }

    private static void Row(StringBuilder sb, IEnumerable<string> cells) => sb.AppendLine(string.Join(",", cells.Select(CsvExport.Cell)));
}
