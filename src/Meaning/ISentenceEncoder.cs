namespace LearningSearch.Meaning;

/// <summary>Turns texts into meaning vectors; what an index build and a search need of the encoder.</summary>
public interface ISentenceEncoder
{
    /// <summary>Names the model and its window, so vectors made by another model or window are never mixed with these.</summary>
    string ModelName { get; }

    int Dimensions { get; }

    /// <summary>One result per text, in the texts' order.</summary>
    IReadOnlyList<EncodedText> Encode(IReadOnlyList<string> texts);
}
