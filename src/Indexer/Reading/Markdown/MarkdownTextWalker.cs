using System.Globalization;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace LearningSearch.Indexer.Reading.Markdown;

/// <summary>
/// Walks the blocks Markdig parsed and writes them as the layouts read them: a paragraph or heading a line
/// of its own, list items with their labels on consecutive lines, table rows as cells. Where the writer
/// left a blank line between two list items they stay apart, as in the text.
/// </summary>
internal sealed class MarkdownTextWalker(DocumentTextBuilder text, IReadOnlyList<string> sourceLines)
{
    public void Walk(MarkdownDocument document) => Blocks(document);

    private void Blocks(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            if (BlankLineBefore(block))
                text.EndBlock();
            switch (block)
            {
                case HeadingBlock heading:
                    text.AddParagraph(MarkdownInline.ToText(heading.Inline));
                    break;
                case ParagraphBlock paragraph:
                    Paragraph(MarkdownInline.Lines(paragraph.Inline));
                    break;
                case ListBlock list:
                    List(list);
                    break;
                case Table table:
                    foreach (var row in MarkdownTable.Rows(table))
                        text.AddTableRow(row);
                    text.EndBlock();
                    break;
                case HtmlBlock { Type: HtmlBlockType.Comment }:
                    break; // GitHub shows no comment
                case HtmlBlock html:
                    // Kept as written, on one line, for the cleaning step to strip, as HTML inside a paragraph is.
                    text.AddParagraph(string.Join(' ', html.Lines.Lines.Take(html.Lines.Count).Select(line => line.ToString().Trim())));
                    break;
                case CodeBlock code:
                    Paragraph(code.Lines.Lines.Take(code.Lines.Count).Select(line => line.ToString()).ToList());
                    break;
                case ThematicBreakBlock:
                    text.EndBlock();
                    break;
                case ContainerBlock container: // a block quote reads as its text
                    Blocks(container);
                    break;
                case LeafBlock { Inline: { } inline }:
                    text.AddParagraph(MarkdownInline.ToText(inline));
                    break;
            }
        }
    }

    private void Paragraph(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
            return;
        text.AddParagraph(lines[0]);
        foreach (var line in lines.Skip(1))
            text.AddLineInParagraph(line);
    }

    private void List(ListBlock list)
    {
        // Markdown renumbers a list from its first number ("1. 1. 1." shows 1, 2, 3): where every item typed the same
        // number, the shown number is the item's label. Where the typed numbers differ, the author numbered each item,
        // and a list Markdown joined to a numbered heading above it ("8. Recommendations" then "1.", "2.") keeps the
        // numbers the author typed, not 9 and 10.
        var items = list.OfType<ListItemBlock>().ToList();
        var typedEach = list.IsOrdered && items.Select(i => i.Order).Distinct().Skip(1).Any();
        var number = list.IsOrdered && int.TryParse(list.OrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out var start) ? start : 1;
        foreach (var item in items)
        {
            if (BlankLineBefore(item))
                text.EndBlock();
            var shown = typedEach ? item.Order : number;
            number++;
            var label = list.IsOrdered ? shown.ToString(CultureInfo.InvariantCulture) + list.OrderedDelimiter + " " : "- ";
            // The item's first paragraph is its line; what follows it in the item (a nested list, a second
            // paragraph) comes after, as its own lines.
            var rest = item.AsEnumerable();
            if (item.FirstOrDefault() is ParagraphBlock first)
            {
                text.AddListItem(label + MarkdownInline.ToText(first.Inline));
                rest = item.Skip(1);
            }
            else
                text.AddListItem(label);
            Blocks(rest);
        }
    }

    // Inside a block quote a line of only "&gt;" is the blank line.
    private bool BlankLineBefore(Block block)
    {
        var before = block.Line - 1;
        return before >= 0 && before < sourceLines.Count && sourceLines[before].All(c => c == '>' || char.IsWhiteSpace(c));
    }
}
