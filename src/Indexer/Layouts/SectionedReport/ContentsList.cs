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
        var titles = blocks.Select(Title).ToList();
        var i = heading + 1;
        for (; i < blocks.Count; i++)
        {
            if (IsPageNumbered(Entry(blocks[i]))) continue;
            // A title without a page number is an entry only when the report has a heading of that title after it.
            var title = titles[i];
            if (title is not null && titles.Skip(i + 1).Contains(title)) continue;
            break;
        }
        return i;
    }

    // A web page lists its contents as links in a bulleted list.
    private static string Entry(Block block) => block.Text.Trim().TrimStart('-', '\u2022', ' ');

    private static string? Title(Block block)
    {
        var entry = Entry(block);
        if (IsPageNumbered(entry)) return null;
        var heading = ReportHeading.TryRead(new Block(block.Line, entry));
        return heading is null ? null : Key(heading.Title);
    }

    private static bool IsPageNumbered(string text) => PageNumbered().IsMatch(text) && text.Split(' ').Length <= 16;

    private static string Key(string title) => Regex.Replace(title.ToLowerInvariant(), @"[^a-z]+", " ").Trim();

    [GeneratedRegex(@"^.{2,110}?(?:\s*(?:\.\s?){2,}\s*|\s*\u2026+\s*|\s+)\d{1,3}$")]
    private static partial Regex PageNumbered();
}
