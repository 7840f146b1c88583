namespace LearningSearch.Meaning;

/// <summary>
/// The meaning of one text as the model sees it: an L2-normalised vector, how many word pieces the text
/// made, and whether it was cut to the model's window (so only its beginning counts).
/// </summary>
public sealed record EncodedText(float[] Vector, int Tokens, bool WasCut);
