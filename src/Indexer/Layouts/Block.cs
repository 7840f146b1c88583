namespace LearningSearch.Indexer.Layouts;

/// <summary>
/// A paragraph of the document as the layouts see it: one non-blank line that is not page furniture
/// (documents read into <see cref="Reading.DocumentText"/> put each paragraph, bullet and table row on one line).
/// </summary>
public sealed record Block(int Line, string Raw)
{
    public bool IsTableRow => Raw.Contains('\t', StringComparison.Ordinal);

    public string[] Cells => Raw.Split('\t');

    /// <summary>The text without Markdown emphasis, HTML or surplus spaces, on one line.</summary>
    public string Text { get; } = Cleaning.InlineText.OneLine(Raw.Replace('\t', ' '));

    public bool IsBullet => Raw.TrimStart().StartsWith("- ", StringComparison.Ordinal)
        || Raw.TrimStart().StartsWith('•') || Raw.TrimStart().StartsWith("* ", StringComparison.Ordinal);
}
