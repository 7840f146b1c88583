namespace LearningSearch.Indexer.Reading;

/// <summary>
/// A document as the layouts read it: plain lines, paragraphs separated by blank lines, and table rows
/// flattened to tab-separated cells (a leading tab is an empty first cell). Every input format is read
/// into this one shape, so a layout recogniser never needs to know whether the review was a PDF, a Word
/// file or a web page.
/// </summary>
/// <param name="SourceFile">The file name inside the corpus, used in citations and warnings.</param>
/// <param name="Lines">The lines; <c>Lines[0]</c> is line 1 of the citation's line range.</param>
/// <param name="Notes">What the reader had to say about the file (a scanned page, a dropped image).</param>
public sealed record DocumentText(string SourceFile, IReadOnlyList<string> Lines, IReadOnlyList<string> Notes)
{
    public static DocumentText FromText(string sourceFile, string text) =>
        new(sourceFile, SplitLines(text), []);

    public static IReadOnlyList<string> SplitLines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
}
