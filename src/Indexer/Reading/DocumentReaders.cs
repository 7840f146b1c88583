using LearningSearch.Indexer.Reading.Html;
using LearningSearch.Indexer.Reading.Markdown;
using LearningSearch.Indexer.Reading.Ocr;
using LearningSearch.Indexer.Reading.Pdf;
using LearningSearch.Indexer.Reading.Spreadsheet;
using LearningSearch.Indexer.Reading.Word;

namespace LearningSearch.Indexer.Reading;

/// <summary>Chooses the reader for a file by its extension.</summary>
public sealed class DocumentReaders
{
    private readonly Dictionary<string, IDocumentReader> _byExtension = new(StringComparer.OrdinalIgnoreCase);

    public DocumentReaders(IEnumerable<IDocumentReader> readers)
    {
        foreach (var reader in readers)
            foreach (var extension in reader.Extensions)
                _byExtension[extension] = reader;
    }

    /// <summary>Every format the product reads; scanned PDFs by OCR when tesseract is installed.</summary>
    public static DocumentReaders Default { get; } = Create();

    /// <summary>Every format the product reads, telling <paramref name="progress"/> of slow steps (each scanned page read by OCR).</summary>
    public static DocumentReaders Create(Action<string>? progress = null) =>
        new([new PlainTextReader(), new HtmlReader(), new MarkdownReader(), new WordReader(), new PdfReader(TesseractOcr.Find(), progress), new SpreadsheetReader()]);

    public IReadOnlyCollection<string> Extensions => _byExtension.Keys;

    public bool CanRead(string path) => _byExtension.ContainsKey(Path.GetExtension(path));

    public DocumentText Read(string path, string sourceFile)
    {
        if (!_byExtension.TryGetValue(Path.GetExtension(path), out var reader))
            throw new UnreadableDocumentException(sourceFile, $"files of type '{Path.GetExtension(path)}' are not read; use one of {string.Join(", ", _byExtension.Keys.Order())}");
        ReadingLimits.Default.CheckBeforeReading(path, sourceFile);
        return ReadingLimits.Default.CheckRead(reader.Read(path, sourceFile));
    }
}
