using System.Text.RegularExpressions;
using LearningSearch.Index.Units;
using LearningSearch.Indexer.Layouts.SectionedReport;

namespace LearningSearch.Indexer.Layouts;

/// <summary>
/// What a unit's own words say it answers, whatever layout read it: an action that "also answers R5", or that opens
/// "Recommendations 5 and 6 are being met by one action", answers each it names as well as its own recommendation; a
/// paragraph that opens "In response to R6, ..." is a response to R6, not a recommendation of its own nor an action
/// answering none. Run once the whole review is read, because the recommendation named may come later.
/// </summary>
internal static partial class AnswersNamedInText
{
    public static List<DraftUnit> Apply(List<DraftUnit> units)
    {
        var recommendations = units.Where(u => u.Kind == UnitKind.Recommendation && u.Number is not null).ToList();
        // The one recommendation of that number; none when the review numbers none so, or several (lists restarting).
        DraftUnit? Numbered(string n) => recommendations.Where(r => ProseReferences.SameNumber(n, r.Number!)).Take(2).ToList() is [var only] ? only : null;

        var result = new List<DraftUnit>(units.Count);
        foreach (var unit in units)
        {
            var answersNone = unit.Kind != UnitKind.Action ? unit.Number is null : unit.Recommendation is null && unit.CitedNumbers.Count == 0;
            if (answersNone && OpensInResponse().Match(unit.Text) is { Success: true } opening && Numbered(opening.Groups["n"].Value) is { } answered)
            {
                result.Add(unit.AsActionOn(answered));
                continue;
            }
            result.Add(unit);
            // An action plan's row may answer its recommendation by number (cited) rather than by being read under it.
            var own = unit.Recommendation ?? unit.CitedNumbers.Select(Numbered).FirstOrDefault(r => r is not null);
            if (unit.Kind != UnitKind.Action || own is null) continue;
            var named = AlsoAnswers().Matches(unit.Text).Select(m => m.Groups["n"].Value)
                .Concat(OpensNamingSeveral().Match(unit.Text) is { Success: true } several ? several.Groups["n"].Captures.Select(c => c.Value) : []);
            foreach (var number in named)
                if (Numbered(number) is { } other && other != own
                    && !units.Any(u => u.Kind == UnitKind.Action && u.Recommendation == other && u.Text == unit.Text))
                    result.Add(unit.AnsweringInstead(other));
        }
        return result;
    }

    [GeneratedRegex(@"^(?:in (?:response|reply|answer) to|responding to|in relation to)\s+(?:recommendation\s+)?(?<n>R?\d{1,2}(?:\.\d{1,2})?[a-z]?)\s*[,:\u2013\u2014-]", RegexOptions.IgnoreCase)]
    private static partial Regex OpensInResponse();

    // "Recommendations 5 and 6 are being met by one action: ..." in recommendation 6's row answers 5 as well.
    [GeneratedRegex(@"^recommendations\s+(?<n>R?\d{1,2}[a-z]?)(?:\s*(?:,|and|&)\s*(?<n>R?\d{1,2}[a-z]?))+\s+(?:are|were|have been|will be)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpensNamingSeveral();

    [GeneratedRegex(@"\balso\s+(?:answers|responds to|addresses|meets|covers)\s+(?:recommendation\s+)?(?<n>R?\d{1,2}(?:\.\d{1,2})?[a-z]?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AlsoAnswers();
}
