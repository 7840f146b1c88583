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
    public static string Of(LearningUnit unit, Review? review, string? recommendationNumber) =>
        Of(unit, review, recommendationNumber is null ? null : new CitedRecommendation(unit.RecommendationId ?? "", recommendationNumber, ""));

    /// <summary>
    /// As above, with the recommendation an action answers, so that one the document does not number is cited by its
    /// place and first words ("AN09 · Recommendation 5 (unnumbered: “Ensure that staff working with…”), action 2 · ...")
    /// rather than a question mark.
    /// </summary>
    public static string Of(LearningUnit unit, Review? review, CitedRecommendation? recommendation)
    {
        var name = ReviewName.Of(unit.ReviewId, review);
        var what = unit.Kind switch
        {
            UnitKind.Recommendation => Recommendation(unit.Id, unit.Number, unit.Text, unit.Sequence),
            UnitKind.Action => ActionOf(unit, recommendation),
            _ => unit.Number is not null ? $"Finding {unit.Number}" : $"Finding in \u201C{unit.Heading ?? "text"}\u201D",
        };
        var who = unit.Agency ?? review?.Partnership;
        return string.Join(" \u00B7 ", new[] { name, what, who, review?.Year?.ToString(CultureInfo.InvariantCulture) }.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    private static string ActionOf(LearningUnit action, CitedRecommendation? recommendation)
    {
        var actionNumber = $"action {action.Id[(action.Id.LastIndexOf('-') + 1)..]}";
        if (recommendation is { Number: { } number }) return $"Recommendation {number}, {actionNumber}";
        if (recommendation is { } unnumbered && unnumbered.Text.Length > 0) return $"{Recommendation(unnumbered.Id, null, unnumbered.Text, null)}, {actionNumber}";
        // An action answering no recommendation (an immediate action, a response to the review as a whole).
        return char.ToUpperInvariant(actionNumber[0]) + actionNumber[1..];
    }

    private static string Recommendation(string id, string? number, string text, int? sequence)
    {
        if (number is not null) return $"Recommendation {number}";
        // The document numbers none: its place among the review's recommendations (the id's own count) and its first words.
        var place = id.LastIndexOf("rec-", StringComparison.Ordinal) is var at and >= 0 && int.TryParse(id.AsSpan(at + 4), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n.ToString(CultureInfo.InvariantCulture)
            : sequence?.ToString(CultureInfo.InvariantCulture);
        var words = FirstWords(text);
        return words.Length == 0 ? $"Recommendation {place} (unnumbered)" : $"Recommendation {place} (unnumbered: \u201C{words}\u201D)";
    }

    private static string FirstWords(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 6 ? string.Join(' ', words) : string.Join(' ', words.Take(6)) + "\u2026";
    }
}

/// <summary>The recommendation an action answers, as its citation needs it: its id, its number if the document gives one, and its text.</summary>
public sealed record CitedRecommendation(string Id, string? Number, string Text);
