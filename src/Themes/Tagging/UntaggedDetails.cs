using System.Text.RegularExpressions;
using LearningSearch.Themes.Phrases;

namespace LearningSearch.Themes.Tagging;

/// <summary>
/// Finds the parts of a unit's text that come from details whose words never tag a theme (the taxonomy's
/// <c>detailsNotTagged</c>, such as an action plan's "By Whom" and "Audit of implementation" columns).
/// A unit's text is its own text followed by <c>"\n\n" + label + ": " + text</c> for each detail; a detail
/// runs to the next paragraph that opens with a short label and a colon, or to the end. "Audit of supervision
/// files" as the way an action will be checked does not make the action about supervision or audit.
/// </summary>
internal sealed class UntaggedDetails
{
    private readonly Regex? pattern;

    public UntaggedDetails(IReadOnlyList<string> labels)
    {
        if (labels.Count > 0)
        {
            var alternatives = string.Join('|', labels.Select(l => Regex.Escape(l).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));
            pattern = new Regex(
                $@"\n\n[ \t]*(?:{alternatives})[ \t]*:[\s\S]*?(?=\n\n[ \t]*[^\n:]{{1,60}}:\s|\z)",
                PatternOptions.Running | RegexOptions.IgnoreCase,
                PatternOptions.TimeoutFor(handWritten: false));
        }
    }

    /// <summary>The (start, end) spans of untagged details in text order; empty when there are none.</summary>
    public List<(int Start, int End)> In(string text)
    {
        var spans = new List<(int, int)>();
        if (pattern is not null)
        {
            for (var m = pattern.Match(text); m.Success; m = m.NextMatch())
            {
                spans.Add((m.Index, m.Index + m.Length));
            }
        }

        return spans;
    }
}
