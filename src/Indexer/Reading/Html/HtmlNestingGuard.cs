using AngleSharp.Dom;
using AngleSharp.Text;

namespace LearningSearch.Indexer.Reading.Html;

/// <summary>
/// Stops a page nested thousands of elements deep (thousands of unclosed &lt;div&gt; or &lt;ol&gt;) before it
/// costs minutes. The browsers' tree-building algorithm, which AngleSharp follows, looks through the open
/// elements for each new tag, so such a page costs time in the square of its depth: 100,000 unclosed
/// &lt;div&gt; took 97 s here, against 0.1 s for the token-stream reader this replaced. Browsers stop
/// nesting at 512 levels, so no page a partnership publishes comes near the limit.
/// </summary>
internal sealed class HtmlNestingGuard(string sourceFile)
{
    public const int MaximumDepth = 4_096;

    private readonly Dictionary<IElement, int> _depths = new(ReferenceEqualityComparer.Instance);
    private readonly List<IElement> _unmeasured = [];
    private IElement? _previous;

    /// <summary>For <c>HtmlParserOptions.OnCreated</c>: by the time an element is created, the one before it has its place in the tree.</summary>
    public void OnCreated(IElement element, TextPosition position)
    {
        if (_previous is { } placed)
        {
            if (DepthOf(placed) > MaximumDepth)
                throw new UnreadableDocumentException(sourceFile,
                    $"the web page nests its elements more than {MaximumDepth:N0} deep (tags opened and never closed) and is too malformed to read; save its text or a PDF of it");
        }
        _previous = element;
    }

    // Each element is measured once, from the nearest measured ancestor. Elements the parser copies to
    // reopen unclosed <b> and <i> are not announced through OnCreated: they are measured on the way up.
    private int DepthOf(IElement element)
    {
        var depth = 0;
        for (var node = element; node is not null && !_depths.TryGetValue(node, out depth); node = node.ParentElement)
            _unmeasured.Add(node);
        for (var i = _unmeasured.Count - 1; i >= 0; i--)
            _depths[_unmeasured[i]] = ++depth;
        _unmeasured.Clear();
        return depth;
    }
}
