using System.Text.RegularExpressions;

namespace LearningSearch.Indexer.Layouts.SectionedReport;

/// <summary>
/// An action plan written as labelled blocks rather than a table: "Action 1.1" on a line of its own under its
/// recommendation, then one line per field ("Agency: Wendlecombe Police", "Action: Extend the scheme ...", "Lead officer:
/// ...", "Target date: ...", "Completed / outcome: ..."), and a recommendation's own "Scope: Local". The labels repeat on
/// every block, so they are structure, not a running page header.
/// </summary>
public static partial class LabelledActionBlock
{
    /// <summary>The number an "Action 1.1" line gives the action it starts ("1.1"); null for any other line.</summary>
    public static string? ActionNumber(string line) => ActionLine().Match(line.Trim()) is { Success: true } m ? m.Groups["n"].Value : null;

    /// <summary>The note an action's line closes with ("Action 5.1 (this action also answers Recommendation 3)"); null without one.</summary>
    public static string? ActionNote(string line) => ActionLine().Match(line.Trim()) is { Success: true, Groups: var g } && g["note"].Success ? g["note"].Value : null;

    /// <summary>The label and value of a field line ("Completed / outcome", "Completed 02/03/2023"); the value may be empty.</summary>
    public static (string Label, string Value)? Field(string line) =>
        FieldLine().Match(line.Trim()) is { Success: true } m ? (m.Groups["label"].Value.Trim(), m.Groups["value"].Value.Trim()) : null;

    /// <summary>True for a line that is an action's heading or one of its fields: printed on every block, it is never furniture.</summary>
    public static bool IsStructure(string line) => ActionNumber(line) is not null || Field(line) is { Value.Length: <= 80 };

    [GeneratedRegex(@"^action\s+(?<n>\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?)(?:\s*\((?<note>[^()]{2,120})\))?\s*[:.]?$", RegexOptions.IgnoreCase)]
    private static partial Regex ActionLine();

    [GeneratedRegex(@"^(?<label>scope|agency|action|lead officer|lead agency|lead|owner|target date|timescale|by when|completed\s*/\s*outcome|completed|outcome|progress|status|rag status)\s*:(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex FieldLine();
}
