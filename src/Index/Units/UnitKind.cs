namespace LearningSearch.Index.Units;

/// <summary>What a unit of learning is: a review's recommendation, an agency's action on it, or a finding.</summary>
public enum UnitKind
{
    Recommendation,
    Action,
    Finding,
}

public static class UnitKinds
{
    /// <summary>The lower-case word used in the index, the API and the page.</summary>
    public static string Name(this UnitKind kind) => kind switch
    {
        UnitKind.Recommendation => "recommendation",
        UnitKind.Action => "action",
        _ => "finding",
    };

    public static bool TryParse(string? value, out UnitKind kind)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case "recommendation": kind = UnitKind.Recommendation; return true;
            case "action": kind = UnitKind.Action; return true;
            case "finding": kind = UnitKind.Finding; return true;
            default: kind = default; return false;
        }
    }
}
