namespace LearningSearch.Indexer.Reading;

/// <summary>Reads one input format (text, PDF, Word, HTML, Markdown) into <see cref="DocumentText"/>.</summary>
public interface IDocumentReader
{
    /// <summary>File extensions this reader takes, lower case with the dot (".pdf").</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>
    /// Reads the file. Throws <see cref="UnreadableDocumentException"/> with a reason a person can act on
    /// (encrypted, image-only and needing OCR, empty, corrupt) when the file cannot be read.
    /// </summary>
    DocumentText Read(string path, string sourceFile);
}
