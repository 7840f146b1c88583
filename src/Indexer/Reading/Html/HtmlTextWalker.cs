using System.Text;
using AngleSharp.Dom;

namespace LearningSearch.Indexer.Reading.Html;

/// <summary>
/// Walks an HTML page's tree, as AngleSharp builds it the way browsers do (unclosed &lt;p&gt;, &lt;li&gt;
/// and &lt;td&gt; closed, stray text moved out of tables), and writes what a reader of the page sees:
/// headings and paragraphs as lines, list items with their bullets or numbers, table rows as
/// tab-separated cells. Site furniture (head, scripts, styles, navigation) is dropped with all it holds.
/// </summary>
internal sealed class HtmlTextWalker
{
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
        { "head", "title", "script", "style", "nav", "noscript", "template", "svg", "math", "iframe", "object", "canvas", "select", "button", "datalist" };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "pre",
        "h1", "h2", "h3", "h4", "h5", "h6", "address", "figure", "figcaption", "dl", "dt", "dd", "hr",
        "center", "fieldset", "legend", "details", "summary", "form", "body", "html", "caption",
    };

    private readonly DocumentTextBuilder _text;
    private readonly StringBuilder _inline = new();
    private readonly Stack<HtmlList> _lists = new();
    private readonly Stack<HtmlTable> _tables = new();
    private int _preDepth;
    private string? _pendingLabel;
    private bool _lineBreakBefore;

    public HtmlTextWalker(DocumentTextBuilder text) => _text = text;

    /// <summary>Writes the text of <paramref name="page"/>'s body (and of anything a broken page left outside it).</summary>
    public void Walk(IDocument page)
    {
        // Iterative, not recursive: a page nested thousands of levels deep must not overflow the stack
        // (which would end the process rather than throw).
        var pending = new Stack<(INode Node, bool Leaving)>();
        if (page.DocumentElement is { } root)
            pending.Push((root, false));
        while (pending.Count > 0)
        {
            var (node, leaving) = pending.Pop();
            if (node is not IElement element)
            {
                if (node is IText text)
                    AppendText(text.Data);
                continue; // comments, doctypes and processing instructions show nothing
            }
            if (leaving)
            {
                End(element.LocalName);
                continue;
            }
            if (Dropped.Contains(element.LocalName))
                continue;
            Start(element);
            pending.Push((element, true));
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
                pending.Push((children[i], false));
        }
        while (_tables.Count > 0)
            EndTable();
        Flush();
    }

    private void Start(IElement tag)
    {
        switch (tag.LocalName)
        {
            case "br":
                if (OpenCell() is { } cell)
                    cell.AppendToCell(" ");
                else
                {
                    Flush();
                    _lineBreakBefore = true;
                }
                break;
            case "ul" or "ol":
                BlockBoundary();
                _lists.Push(HtmlList.Open(tag));
                break;
            case "li":
                BlockBoundary();
                var label = _lists.Count > 0 ? _lists.Peek().NextLabel(tag) : "- ";
                if (OpenCell() is { } listCell)
                    listCell.AppendToCell(" " + label);
                else
                    _pendingLabel = label;
                break;
            case "table":
                BlockBoundary();
                _tables.Push(new HtmlTable());
                break;
            case "tr" when _tables.Count > 0:
                EndRow();
                _tables.Peek().StartRow();
                break;
            case "td" or "th" when _tables.Count > 0:
                _tables.Peek().StartCell(tag);
                break;
            case "pre":
                BlockBoundary();
                _preDepth++;
                break;
            default:
                if (Blocks.Contains(tag.LocalName))
                    BlockBoundary();
                break;
        }
    }

    private void End(string name)
    {
        switch (name)
        {
            case "ul" or "ol":
                BlockBoundary();
                _pendingLabel = null;
                if (_lists.Count > 0)
                    _lists.Pop();
                if (_lists.Count == 0 && OpenCell() is null)
                    _text.EndBlock();
                break;
            case "li":
                BlockBoundary();
                _pendingLabel = null;
                break;
            case "td" or "th" when _tables.Count > 0:
                _tables.Peek().EndCell();
                break;
            case "tr" when _tables.Count > 0:
                EndRow();
                break;
            case "table" when _tables.Count > 0:
                EndTable();
                break;
            case "pre":
                BlockBoundary();
                _preDepth = Math.Max(0, _preDepth - 1);
                break;
            default:
                if (Blocks.Contains(name))
                    BlockBoundary();
                break;
        }
    }

    private void EndRow()
    {
        var table = _tables.Peek();
        if (table.EndRow() is not { } cells)
            return;
        if (_tables.Count > 1)
        {
            // A table inside a cell is flattened into that cell's text: the layouts read one level of table.
            var outer = _tables.ElementAt(1);
            outer.AppendToCell(" " + string.Join(' ', cells) + " ");
        }
        else
            _text.AddTableRow(cells);
    }

    private void EndTable()
    {
        EndRow();
        _tables.Pop();
        if (_tables.Count == 0)
            _text.EndBlock();
    }

    private HtmlTable? OpenCell() => _tables.FirstOrDefault(t => t.HasOpenCell);

    private void AppendText(string text)
    {
        if (OpenCell() is { } cell)
            cell.AppendToCell(text);
        else
            _inline.Append(text);
    }

    // Inside a cell a new paragraph is just a space: the row stays on one line.
    private void BlockBoundary()
    {
        if (OpenCell() is { } cell)
            cell.AppendToCell(" ");
        else
            Flush();
    }

    private void Flush()
    {
        var raw = _inline.ToString();
        _inline.Clear();
        if (string.IsNullOrWhiteSpace(raw))
            return;
        if (_preDepth > 0)
        {
            foreach (var line in raw.Split('\n').Where(l => !string.IsNullOrWhiteSpace(l)))
                _text.AddLineInParagraph(line);
            return;
        }
        if (_pendingLabel is not null)
        {
            _text.AddListItem(_pendingLabel + DocumentTextBuilder.Clean(raw));
            _pendingLabel = null;
        }
        else if (_lists.Count > 0)
            _text.AddListItem(raw);
        else if (_lineBreakBefore)
            _text.AddLineInParagraph(raw);
        else
            _text.AddParagraph(raw);
        _lineBreakBefore = false;
    }
}
