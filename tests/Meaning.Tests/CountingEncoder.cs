namespace LearningSearch.Meaning.Tests;

/// <summary>Passes texts to a real encoder and remembers which texts it was asked to embed.</summary>
internal sealed class CountingEncoder(ISentenceEncoder inner, string? modelName = null) : ISentenceEncoder
{
    public List<string> Embedded { get; } = [];

    public string ModelName => modelName ?? inner.ModelName;

    public int Dimensions => inner.Dimensions;

    public IReadOnlyList<EncodedText> Encode(IReadOnlyList<string> texts)
    {
        Embedded.AddRange(texts);
        return inner.Encode(texts);
    }
}
