namespace LearningSearch.SearchApi.Meaning;

/// <summary>How far search by meaning is ready for one generation: what /health, the answer and the page say.</summary>
public sealed record MeaningReadiness(MeaningStage Stage, int Done, int Total, string? OffBecause = null)
{
    public bool IsReady => Stage == MeaningStage.Ready;

    /// <summary>Whole per cent of the units that have their vectors (100 once ready; 0 before counting).</summary>
    public int Percent => Stage == MeaningStage.Ready ? 100 : Total <= 0 ? 0 : (int)Math.Min(99, 100L * Done / Total);

    /// <summary>One sentence for a person: "Search by meaning is 62 % ready (265 of 428 units)."</summary>
    public string Describe() => Stage switch
    {
        MeaningStage.Ready => $"Search by meaning is ready ({Total} units).",
        MeaningStage.Filling when Total > 0 => $"Search by meaning is {Percent} % ready ({Done} of {Total} units).",
        MeaningStage.Filling => "Search by meaning is getting ready.",
        _ => $"Search by meaning is off: {OffBecause}.",
    };
}

public enum MeaningStage
{
    /// <summary>The model is loading or the generation's vectors are being made.</summary>
    Filling,
    Ready,
    /// <summary>Switched off, no model, or the vectors could not be made.</summary>
    Off,
}
