using System.Text.RegularExpressions;
using LearningSearch.Index.Citing;

namespace LearningSearch.Indexer.Cleaning;

/// <summary>
/// Reads the status an action plan states (a RAG colour, Completed, Confirmed, On track, Ongoing) and says
/// in the spelling the index holds (<see cref="ActionStatus"/>, which also says which statuses mark the work complete).
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
            "complete" or "completed" => ActionStatus.Completed,
            "achieved" => ActionStatus.Achieved,
            "confirmed" => ActionStatus.Confirmed,
            "on track" or "on-track" => ActionStatus.OnTrack,
            "ongoing" or "on-going" or "on going" => ActionStatus.Ongoing,
            "in progress" => ActionStatus.InProgress,
            "not started" => ActionStatus.NotStarted,
            "limited progress" or "no progress" => ActionStatus.LimitedProgress,
            _ => char.ToUpperInvariant(word[0]) + word[1..],
        };
    }

    /// <summary>
    /// The status a sentence of prose states: after a label ("Status: On track", "RAG: Amber"), at the start of
    /// a bracket ("(Completed, June 2024)") or as the paragraph's first word ("Completed: ..."). A status word
    /// elsewhere in a sentence ("work on track to finish") is not read, since it describes rather than rates.
    /// </summary>
    public static string? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        foreach (Match m in Labelled().Matches(text))
            if (Read(text[(m.Index + m.Length)..]) is { } labelled) return labelled;
        foreach (Match m in Bracket().Matches(text))
            if (Read(text[(m.Index + 1)..]) is { } bracketed) return bracketed;
        return Leading().IsMatch(text) ? Read(text) : null;
    }

    [GeneratedRegex(@"^\W*(completed?|achieved|confirmed|on[- ]track|on[- ]?going|in progress|not started|limited progress|no progress|red|amber|green|blue)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Status();

    [GeneratedRegex(@"\b(?:status|rag(?:\s+rating)?|rating|progress)\s*[:\-\u2013]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"\((?=\s*(?:completed?|achieved|confirmed|on[- ]track|on[- ]?going|in progress|not started|red|amber|green|blue)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Bracket();

    [GeneratedRegex(@"^\W*(?:completed?|achieved|confirmed|on[- ]track|on[- ]?going|in progress|not started|red|amber|green|blue)\s*(?:[:,.;\-\u2013]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Leading();
}
