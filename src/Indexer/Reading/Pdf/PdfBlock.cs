namespace LearningSearch.Indexer.Reading.Pdf;

/// <summary>What a page is read into before it becomes lines: paragraphs, list items and table rows, with where they start.</summary>
internal abstract record PdfBlock(double Top)
{
    public sealed record Paragraph(string Text, double Top) : PdfBlock(Top);

    public sealed record ListItem(string Text, double Top) : PdfBlock(Top);

    /// <summary>A row of a table; <paramref name="Table"/> tells rows of different tables apart.</summary>
    public sealed record TableRow(IReadOnlyList<string> Cells, int Table, double Top) : PdfBlock(Top);
}
