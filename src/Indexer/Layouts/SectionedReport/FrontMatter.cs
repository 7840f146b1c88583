namespace LearningSearch.Indexer.Layouts.SectionedReport;

/// <summary>
/// The parts of a report that come before its body and are not body text: the title page (the short lines
/// above the first section: title, partnership, date of publication), any contents list, and the copyright
/// line of a web page's footer.
/// </summary>
public static class FrontMatter
{
    /// <summary>Indexes of the blocks that are front matter.</summary>
    public static HashSet<int> Find(IReadOnlyList<Block> blocks)
    {
        var front = new HashSet<int>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (ReportHeading.TryRead(blocks[i]) is not { Kind: SectionKind.Contents }) continue;
            var end = ContentsList.End(blocks, i);
            for (var k = i; k < end; k++) front.Add(k);
            i = end - 1;
        }

        // The title page runs until the first paragraph of prose; its last short line is the first section's heading.
        var titleLines = new List<int>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (front.Contains(i)) continue;
            if (!IsTitleLine(blocks[i])) break;
            titleLines.Add(i);
            if (ReportHeading.TryRead(blocks[i]) is { Kind: not SectionKind.Other }) break;
        }
        if (titleLines.Count > 0) titleLines.RemoveAt(titleLines.Count - 1);
        front.UnionWith(titleLines);
        for (var i = 0; i < blocks.Count; i++)
            if (blocks[i].Text.StartsWith('\u00A9') || blocks[i].Text.StartsWith("Copyright", StringComparison.OrdinalIgnoreCase))
                front.Add(i);
        return front;
    }

    private static bool IsTitleLine(Block block) =>
        !block.IsBullet && !block.IsTableRow && ItemLabel.TryRead(block.Text) is null or { Style: LabelStyle.Numbered }
        && (ReportHeading.TryRead(block) is not null || block.Text.Length <= 60);
}
