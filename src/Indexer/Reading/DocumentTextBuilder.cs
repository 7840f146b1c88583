using System.Text;

namespace LearningSearch.Indexer.Reading;

/// <summary>
/// Collects what a reader finds into the lines the layouts read: paragraphs and headings separated by a
/// blank line, the items of one list and the rows of one table on consecutive lines, table cells joined by
/// tabs. Every reader but plain text writes through it, so the formats cannot drift apart in spacing.
/// </summary>
internal sealed class DocumentTextBuilder
{
    private enum Block { None, Paragraph, ListItem, TableRow }

    private readonly List<string> _lines = [];
    private readonly List<string> _notes = [];
    private Block _last = Block.None;

    public bool HasText => _lines.Any(line => line.Length > 0);

    /// <summary>A paragraph or heading: a line of its own, after a blank line.</summary>
    public void AddParagraph(string text) => Add(Clean(text), Block.Paragraph, separate: true);

    /// <summary>A line that belongs to the paragraph before it (a line break inside a paragraph).</summary>
    public void AddLineInParagraph(string text) => Add(Clean(text), Block.Paragraph, separate: _last != Block.Paragraph);

    /// <summary>A list item, its label ("- ", "1.1.") already in front; items of a list sit on consecutive lines.</summary>
    public void AddListItem(string text) => Add(Clean(text), Block.ListItem, separate: _last != Block.ListItem);

    /// <summary>A table row; rows of a table sit on consecutive lines, a blank line before the table.</summary>
    public void AddTableRow(IEnumerable<string> cells)
    {
        var row = string.Join('\t', cells.Select(Clean));
        if (row.Replace("\t", "", StringComparison.Ordinal).Length == 0)
            return; // a row of empty cells carries nothing for the layouts and would read as a stray line
        Add(row, Block.TableRow, separate: _last != Block.TableRow);
    }

    /// <summary>Ends a list or table, so what follows starts after a blank line.</summary>
    public void EndBlock()
    {
        if (_last != Block.None)
            _last = Block.Paragraph;
    }

    public void AddNote(string note) => _notes.Add(note);

    public DocumentText Build(string sourceFile) => new(sourceFile, _lines.ToArray(), _notes.ToArray());

    private void Add(string text, Block kind, bool separate)
    {
        if (text.Length == 0)
            return;
        if (separate && _lines.Count > 0 && _lines[^1].Length > 0)
            _lines.Add("");
        _lines.Add(text);
        _last = kind;
    }

    /// <summary>
    /// One line of text: runs of white space (tabs and line breaks included, since a tab would split a
    /// cell) become one space, and no-break and zero-width spaces are treated as the spaces they look like.
    /// </summary>
    public static string Clean(string text)
    {
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is '\u200B' or '\uFEFF' or '\u00AD')
                continue; // zero-width space, stray BOM and soft hyphen print nothing
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }
            if (pendingSpace)
                result.Append(' ');
            pendingSpace = false;
            result.Append(c);
        }
        return result.ToString();
    }
}
