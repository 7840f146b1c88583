namespace LearningSearch.Meaning;

/// <summary>
/// What came of trying to load the meaning model: the model, or the reason there is none, in words fit for
/// /health ("search by meaning is off: ..."). Loading never throws, so a service can start and search by words.
/// </summary>
public sealed record MeaningModelLoad
{
    public MeaningModel? Model { get; private init; }

    /// <summary>Why there is no model; null when it loaded.</summary>
    public string? Reason { get; private init; }

    public bool Loaded => Model is not null;

    internal static MeaningModelLoad Success(MeaningModel model) => new() { Model = model };

    internal static MeaningModelLoad Failure(string reason) => new() { Reason = reason };
}
