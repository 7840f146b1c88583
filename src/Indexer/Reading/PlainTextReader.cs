using System.Text;

namespace LearningSearch.Indexer.Reading;

/// <summary>Reads <c>.txt</c> files: the text as published, already flattened to lines and tab-separated rows.</summary>
public sealed class PlainTextReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".txt"];

    public DocumentText Read(string path, string sourceFile)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length == 0)
            throw new UnreadableDocumentException(sourceFile, "the file is empty");
        if (LooksBinary(bytes))
            throw new UnreadableDocumentException(sourceFile, "the file is not text (it holds binary data); save it as .txt, .pdf, .docx, .html or .md");
        var text = new UTF8Encoding(false, false).GetString(bytes).TrimStart('\uFEFF');
        return DocumentText.FromText(sourceFile, text);
    }

    // A text file has no NUL bytes and few control characters; binary junk has many.
    internal static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0) return true;
            if (b < 32 && b is not (9 or 10 or 13 or 12)) control++;
        }
        return control > sample.Length / 20;
    }
}
