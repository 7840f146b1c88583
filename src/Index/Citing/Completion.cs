using LearningSearch.Index.Units;

namespace LearningSearch.Index.Citing;

/// <summary>
/// Whether a recommendation was marked complete, and how the page says so: its own status says so, or every one of
/// its actions that states a status says so.
/// </summary>
public readonly record struct Completion(bool Completed, string Progress)
{
    /// <summary>A recommendation's actions as the recurrence view counts them: how many, how many state a status, how many of those mark it complete.</summary>
    public readonly record struct ActionCounts(int Count, int Stated, int Done);

    public static Completion Of(LearningUnit recommendation, IReadOnlyList<LearningUnit> actions) =>
        Of(recommendation, new ActionCounts(actions.Count, actions.Count(a => a.Status is not null), actions.Count(a => ActionStatus.MarksComplete(a.Status))));

    public static Completion Of(LearningUnit recommendation, ActionCounts actions)
    {
        if (ActionStatus.MarksComplete(recommendation.Status)) return new(true, $"marked {recommendation.Status}");
        var (count, stated, done) = actions;
        // Said so that it agrees with "marked complete" above it: all of them, or all of those that state a status.
        if (stated > 0 && done == stated)
            return new(true, stated == count
                ? (count == 1 ? "its action marked complete" : $"{All(count)} actions marked complete")
                : $"{All(stated)} actions that state a status marked complete ({count - stated} {(count - stated == 1 ? "states" : "state")} none)");
        return new(false, stated == 0 ? (count == 0 ? "no actions recorded" : $"{count} actions, no status stated") : $"{done} of {count} actions marked complete");
    }

    private static string All(int n) => n == 2 ? "both" : $"all {n}";
}
