using System.Text.RegularExpressions;

namespace LearningSearch.Indexer.Layouts.SectionedReport;

/// <summary>
/// A report's contents list: the "Contents" heading and the entries under it, titles with page numbers or dotted
/// leaders ("4. Recommendations ....... 9"), or titles alone where a web page links them. The list is front matter:
/// its "Recommendations" entry must not start a section, and its words are not body text.
/// </summary>
public static partial class ContentsList
{
    /// <summary>
    /// The index after the last entry of the contents list whose heading is at <paramref name="heading"/>;
    /// <paramref name="heading"/> + 1 when no entry follows it.
    /// </summary>
    public static int End(IReadOnlyList<Block> blocks, int heading)
    {
        var laterTitles = blocks.Skip(heading + 1)
            .Where(b => !IsPageNumbered(b.Text.Trim()))
            .Select(ReportHeading.TryRead)
            .Where(h => h is not null)
            .Select(h => Key(h!.Title))
            .ToList();
        var i = heading + 1;
        for (; i < blocks.Count; i++)
        {
            var text = blocks[i].Text.Trim();
            if (IsPageNumbered(text)) continue;
            // A title without a page number is an entry only when the report later has a heading of that title
            // (the list's own copy is counted once, so the real heading is still found after it).
            var title = ReportHeading.TryRead(blocks[i]);
            if (title is not null && laterTitles.Count(t => t == Key(title.Title)) >= 2) continue;
            break;
        }
        return i;
    }

    private static bool IsPageNumbered(string text) => PageNumbered().IsMatch(text) && text.Split(' ').Length <= 16;

    private static string Key(string title) => Regex.Replace(title.ToLowerInvariant(), @"[^a-z]+", " ").Trim();

    [GeneratedRegex(@"^.{2,110}?(?:\s*(?:\.\s?){2,}\s*|\s*\u2026+\s*|\s+)\d{1,3}$")]
    private static partial Regex PageNumbered();
}
