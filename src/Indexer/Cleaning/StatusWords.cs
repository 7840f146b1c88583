using System.Text.RegularExpressions;

namespace LearningSearch.Indexer.Cleaning;

/// <summary>
/// Reads the status an action plan states (a RAG colour, Completed, Confirmed, On track, Ongoing) and says
/// whether it means the work was marked complete, which the recurrence view needs.
/// </summary>
public static partial class StatusWords
{
    /// <summary>The status stated at the start of a status or date cell, in a standard spelling; null where none.</summary>
    public static string? Read(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell)) return null;
        var m = Status().Match(cell);
        if (!m.Success) return null;
        var word = m.Groups[1].Value.ToLowerInvariant();
        return word switch
        {
            "complete" or "completed" => "Completed",
            "achieved" => "Achieved",
            "confirmed" => "Confirmed",
            "on track" or "on-track" => "On track",
            "ongoing" or "on-going" or "on going" => "Ongoing",
            "in progress" => "In progress",
            "not started" => "Not started",
            "limited progress" or "no progress" => "Limited progress",
            _ => char.ToUpperInvariant(word[0]) + word[1..],
        };
    }

    /// <summary>True for a status that marks the work done (green and blue RAG ratings included).</summary>
    public static bool IsComplete(string? status) => status is "Completed" or "Achieved" or "Confirmed" or "Green" or "Blue";

    [GeneratedRegex(@"^\W*(completed?|achieved|confirmed|on[- ]track|on[- ]?going|in progress|not started|limited progress|no progress|red|amber|green|blue)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Status();
}
