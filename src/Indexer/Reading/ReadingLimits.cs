using System.Globalization;
using System.IO.Compression;

namespace LearningSearch.Indexer.Reading;

/// <summary>
/// How much of one document the product will read. A review, however long, is a few megabytes of text; a file far
/// beyond these limits is a mistake or an attack (a 1.7 MB .docx that unpacks to 1.26 GB of XML ran the indexer out
/// of memory), so it is skipped by name with the limit it broke, and the rest of the corpus is read as usual.
/// </summary>
public sealed record ReadingLimits
{
    /// <summary>Bytes of any one file (the readers of PDF and Word hold the file in memory while they read it).</summary>
    public long MostFileBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>
    /// Characters of text from one document: 8 million is some 2,500 printed pages, several times the longest review
    /// published. The layouts read a document whole, and its units, themes and index entries take some 70 times its
    /// text in memory (docs/benchmarks.md), so this bounds what one document, and the few read at once, can take.
    /// </summary>
    public long MostCharacters { get; init; } = 8_000_000;

    /// <summary>Pages of a PDF.</summary>
    public int MostPages { get; init; } = 2_000;

    /// <summary>Files inside a Word (or Excel) package; Word itself writes a few dozen.</summary>
    public int MostPackageEntries { get; init; } = 10_000;

    /// <summary>
    /// Bytes of XML inside a Word (or Excel) package once unpacked: the reader builds the whole XML in memory, at
    /// several times its size. 64 MB of Word's XML is well over a thousand pages; images and other media do not count.
    /// </summary>
    public long MostPackageXmlBytes { get; init; } = 64L * 1024 * 1024;

    public static ReadingLimits Default { get; } = new();

    private static readonly string[] Packages = [".docx", ".docm", ".xlsx", ".xlsm"];

    /// <summary>Refuses a file over the limits that can be checked before it is read: its size and, for a package, what it unpacks to.</summary>
    /// <exception cref="UnreadableDocumentException">With the limit broken.</exception>
    public void CheckBeforeReading(string path, string sourceFile)
    {
        var bytes = new FileInfo(path).Length;
        if (bytes > MostFileBytes)
            throw Over(sourceFile, $"the file is {Megabytes(bytes)}, over the limit of {Megabytes(MostFileBytes)} for one document");
        if (Packages.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            CheckPackage(path, sourceFile);
    }

    /// <summary>Refuses text over the character limit, from readers that read the whole document before it can be measured.</summary>
    public DocumentText CheckRead(DocumentText document)
    {
        long characters = 0;
        foreach (var line in document.Lines) characters += line.Length + 1;
        return characters > MostCharacters ? throw TooMuchText(document.SourceFile) : document;
    }

    public UnreadableDocumentException TooMuchText(string sourceFile) =>
        Over(sourceFile, $"the document holds more than {MostCharacters.ToString("N0", CultureInfo.InvariantCulture)} characters of text, the limit for one document; split it, or check it is the review");

    // The sizes a package declares are what .NET unpacks to: its zip reader stops at the declared size, so a part
    // that claims little and holds much is cut short rather than unpacked whole.
    private void CheckPackage(string path, string sourceFile)
    {
        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(path);
        }
        catch (InvalidDataException)
        {
            return; // not a zip at all: the reader says so in its own words
        }
        using (zip)
        {
            if (zip.Entries.Count > MostPackageEntries)
                throw Over(sourceFile, $"the package holds {zip.Entries.Count.ToString("N0", CultureInfo.InvariantCulture)} files, over the limit of {MostPackageEntries.ToString("N0", CultureInfo.InvariantCulture)} (a zip bomb?)");
            var xml = zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)).Sum(e => e.Length);
            if (xml > MostPackageXmlBytes)
                throw Over(sourceFile, $"its XML unpacks to {Megabytes(xml)}, over the limit of {Megabytes(MostPackageXmlBytes)} (a zip bomb?)");
        }
    }

    private static UnreadableDocumentException Over(string sourceFile, string reason) => new(sourceFile, reason);

    private static string Megabytes(long bytes) => $"{(bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture)} MB";
}
