using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace LearningSearch.Indexer.Reading.Markdown;

/// <summary>
/// A GitHub-flavoured pipe table's rows as cell texts, header first (the |---|:--:| delimiter row is not
/// a row). Markdig's GitHub rules give every row the header's number of cells, short rows padded and long
/// ones cut, as GitHub shows them.
/// </summary>
internal static class MarkdownTable
{
    public static IEnumerable<IReadOnlyList<string>> Rows(Table table) =>
        table.OfType<TableRow>().Select(row => (IReadOnlyList<string>)row.OfType<TableCell>().Select(CellText).ToList());

    // A cell holds one paragraph in a pipe table; joined all the same, should a later Markdig hold more.
    private static string CellText(TableCell cell) =>
        string.Join(' ', cell.OfType<LeafBlock>().Select(block => MarkdownInline.ToText(block.Inline)));
}
