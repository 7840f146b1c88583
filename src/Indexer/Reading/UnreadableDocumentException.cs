namespace LearningSearch.Indexer.Reading;

/// <summary>A document that cannot be read, with the reason in words a training lead can act on.</summary>
public sealed class UnreadableDocumentException : Exception
{
    public UnreadableDocumentException(string sourceFile, string reason, Exception? inner = null)
        : base($"{sourceFile}: {reason}", inner)
    {
        SourceFile = sourceFile;
        Reason = reason;
    }

    public string SourceFile { get; }

    public string Reason { get; }
}
