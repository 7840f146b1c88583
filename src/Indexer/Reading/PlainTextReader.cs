using System.Text;

namespace LearningSearch.Indexer.Reading;

/// <summary>
/// Reads <c>.txt</c> files: the text as published, already flattened to lines and tab-separated rows. UTF-8 unless
/// the file starts with a byte order mark for UTF-16 or UTF-32 (as Windows Notepad saves "Unicode" text).
/// </summary>
public sealed class PlainTextReader : IDocumentReader
{
    private readonly ReadingLimits _limits;

    public PlainTextReader(ReadingLimits? limits = null) => _limits = limits ?? ReadingLimits.Default;

    public IReadOnlyCollection<string> Extensions { get; } = [".txt"];

    public DocumentText Read(string path, string sourceFile)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        if (stream.Length == 0)
            throw new UnreadableDocumentException(sourceFile, "the file is empty");
        var head = new byte[(int)Math.Min(stream.Length, 8192)];
        stream.ReadExactly(head);
        // UTF-16 and UTF-32 text is full of NUL bytes, which otherwise mark a file as binary.
        var marked = HasByteOrderMark(head);
        if (!marked && LooksBinary(head))
            throw NotText(sourceFile);
        stream.Position = 0;
        using var text = new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true);
        var lines = ReadLines(text, sourceFile);
        if (marked && LooksBinary(lines))
            throw NotText(sourceFile);
        return new DocumentText(sourceFile, lines, []);
    }

    // Line by line, so the file is never held as bytes and as a string at once (a 200 MB file once took 40 times its
    // size); lines end at \n, \r\n or \r, and a file ending in a line break ends with an empty line, as it always has.
    private List<string> ReadLines(StreamReader text, string sourceFile)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        var buffer = new char[1 << 16];
        var afterReturn = false;
        long characters = 0;
        int read;
        while ((read = text.Read(buffer)) > 0)
        {
            characters += read;
            if (characters > _limits.MostCharacters)
                throw _limits.TooMuchText(sourceFile);
            foreach (var c in buffer.AsSpan(0, read))
            {
                if (c == '\n' && afterReturn) { afterReturn = false; continue; }
                afterReturn = c == '\r';
                if (c is '\n' or '\r') { lines.Add(line.ToString()); line.Clear(); }
                else line.Append(c);
            }
        }
        lines.Add(line.ToString());
        return lines;
    }

    private static UnreadableDocumentException NotText(string sourceFile) =>
        new(sourceFile, "the file is not text (it holds binary data); save it as .txt, .pdf, .docx, .html or .md");

    private static bool HasByteOrderMark(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
        || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || head.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]);

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

    // The same test on the text once decoded, for files whose bytes are not UTF-8.
    private static bool LooksBinary(List<string> lines)
    {
        var (seen, control) = (0, 0);
        foreach (var line in lines)
        {
            foreach (var c in line)
            {
                if (c == '\0') return true;
                if (c < 32 && c is not ('\t' or '\f')) control++;
                if (++seen == 8192) return control > seen / 20;
            }
        }
        return control > seen / 20;
    }
}
