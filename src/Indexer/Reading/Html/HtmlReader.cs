using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace LearningSearch.Indexer.Reading.Html;

/// <summary>
/// Reads web pages (<c>.html</c>, <c>.htm</c>) saved from a partnership's site: the page's text as a
/// reader sees it, with lists numbered and tables flattened to tab-separated rows.
/// </summary>
public sealed partial class HtmlReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm"];

    public DocumentText Read(string path, string sourceFile)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length == 0)
            throw new UnreadableDocumentException(sourceFile, "the file is empty");
        if (PlainTextReader.LooksBinary(bytes))
            throw new UnreadableDocumentException(sourceFile, "the file is not a web page (it holds binary data); save the page as HTML again");

        var text = new DocumentTextBuilder();
        // One parser per page: documents are read on every core at once. Comments and script text are
        // never read, so the parser need not keep them.
        var parser = new HtmlParser(new HtmlParserOptions
        {
            SkipComments = true,
            SkipScriptText = true,
            OnCreated = new HtmlNestingGuard(sourceFile).OnCreated,
            // The guard measures the tree's real depth; AngleSharp's own cap (512) would flatten it first.
            MaximumDepth = int.MaxValue,
        });
        using (var page = parser.ParseDocument(Decode(bytes)))
            new HtmlTextWalker(text).Walk(page);
        if (!text.HasText)
            throw new UnreadableDocumentException(sourceFile, "the web page has no readable text (it may build its content with scripts); save the page's text or a PDF of it");
        return text.Build(sourceFile);
    }

    // Pages older than UTF-8's reign still say windows-1252 in a meta tag; browsers honour it, so do we.
    private static string Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3);
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 2048));
        var charset = Charset().Match(head);
        if (charset.Success && charset.Groups[1].Value.ToLowerInvariant() is "windows-1252" or "iso-8859-1" or "latin1" or "us-ascii" or "ascii")
            return CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(bytes);
        return new UTF8Encoding(false, false).GetString(bytes);
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();
}
