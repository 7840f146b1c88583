using System.Globalization;
using LearningSearch.Index.Units;

namespace LearningSearch.Index.Citing;

/// <summary>
/// How a unit is cited wherever it is shown (a search hit, the CSV export, a unit's page, recurrence): review,
/// recommendation number, agency, year, as a training lead writes it in a pack.
/// </summary>
public static class Citation
{
    /// <summary>"ADS14 · Recommendation 8 · Derbyshire Safeguarding Children Board · 2017".</summary>
    /// <param name="recommendationNumber">For an action, the number of the recommendation it answers (null when unknown).</param>
    public static string Of(LearningUnit unit, Review? review, string? recommendationNumber)
    {
        var name = ReviewName.Of(unit.ReviewId, review);
        var what = unit.Kind switch
        {
            UnitKind.Recommendation => unit.Number is null ? $"Unnumbered recommendation {unit.Sequence}" : $"Recommendation {unit.Number}",
            UnitKind.Action => $"Recommendation {recommendationNumber ?? "?"}, action {unit.Id[(unit.Id.LastIndexOf('-') + 1)..]}",
            _ => unit.Number is not null ? $"Finding {unit.Number}" : $"Finding in \u201C{unit.Heading ?? "text"}\u201D",
        };
        var who = unit.Agency ?? review?.Partnership;
        return string.Join(" \u00B7 ", new[] { name, what, who, review?.Year?.ToString(CultureInfo.InvariantCulture) }.Where(p => !string.IsNullOrWhiteSpace(p)));
    }
}
