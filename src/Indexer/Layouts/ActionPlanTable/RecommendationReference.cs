using System.Text.RegularExpressions;
using LearningSearch.Index.Units;
using LearningSearch.Indexer.Layouts.SectionedReport;
using LearningSearch.Indexer.Model;

namespace LearningSearch.Indexer.Layouts.ActionPlanTable;

/// <summary>
/// A table cell that only names recommendations ("(a)", "3", "R2", "Recommendation 4", "(c) and (d)", "1.1, 1.2")
/// which the review has already set out: the row answers those, it does not make new ones.
/// </summary>
public static partial class RecommendationReference
{
    /// <summary>The recommendations already read that the cell names; empty unless every label it holds is one of them.</summary>
    public static IReadOnlyList<DraftUnit> Resolve(string? cell, ReviewDraft draft)
    {
        if (string.IsNullOrWhiteSpace(cell)) return [];
        var m = References().Match(cell.Trim());
        return m.Success ? EveryOneRead(m.Groups["n"].Captures.Select(c => c.Value), draft) : [];
    }

    /// <summary>The recommendations already read that the labels name, each once; empty unless every label names one.</summary>
    public static IReadOnlyList<DraftUnit> EveryOneRead(IEnumerable<string> labels, ReviewDraft draft)
    {
        var known = draft.Units.Where(u => u.Kind == UnitKind.Recommendation && u.Number is not null && u.HasText).ToList();
        var found = new List<DraftUnit>();
        foreach (var label in labels)
        {
            var recommendation = known.FirstOrDefault(u => ProseReferences.SameNumber(label, u.Number!));
            if (recommendation is null) return [];
            if (!found.Contains(recommendation)) found.Add(recommendation);
        }
        return found;
    }

    [GeneratedRegex(@"^(?:(?:recommendations?|recs?\.?)\s*)?\(?(?<n>[A-Za-z]{1,3}\d{0,2}(?:\.\d{1,2})*|\d{1,2}(?:\.\d{1,2})*[a-z]?)\)?(?:\s*(?:,|and|&|/)\s*\(?(?<n>[A-Za-z]{1,3}\d{0,2}(?:\.\d{1,2})*|\d{1,2}(?:\.\d{1,2})*[a-z]?)\)?)*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex References();
}
