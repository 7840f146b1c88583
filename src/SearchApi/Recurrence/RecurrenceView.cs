using LearningSearch.SearchApi.Contracts;
using LearningSearch.SearchApi.Search;

namespace LearningSearch.SearchApi.Recurrence;

/// <summary>
/// The recurrence of the reviews a chair asked about: the generation's <see cref="RecurrenceFacts"/> narrowed by
/// theme, agency, partnership, years and review type, counted again over what is left (shares, expectations and
/// the rule of <see cref="RecursRule"/> depend on the view), with a summary per theme.
/// </summary>
public static class RecurrenceView
{
    /// <summary>The request's filters checked against what the collection holds: names as the collection spells them, or why not.</summary>
    public static Outcome<RecurrenceFilters, SearchRefusal> Filters(RecurrenceRequest request, RecurrenceChoices choices)
    {
        var themes = new List<string>();
        foreach (var theme in (request.Theme ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var known = choices.Themes.FirstOrDefault(t => string.Equals(t.Id, theme.Trim(), StringComparison.OrdinalIgnoreCase));
            if (known is null) return new SearchRefusal("theme", "Unknown theme", $"theme must be a theme id, such as \"{choices.Themes.FirstOrDefault()?.Id}\" (GET /api/themes lists them); \"{theme}\" is not one.");
            themes.Add(known.Id);
        }
        if (!Named("agency", request.Agency, choices.Agencies, out var agency, out var refusal)) return refusal!;
        if (!Named("partnership", request.Partnership, choices.Partnerships, out var partnership, out refusal)) return refusal!;
        if (!Named("type", request.Type, choices.Types, out var type, out refusal)) return refusal!;
        foreach (var (name, year) in new[] { ("yearFrom", request.YearFrom), ("yearTo", request.YearTo) })
        {
            if (year is < 1990 or > 2100) return new SearchRefusal(name, $"Invalid {name}", $"{name} must be a year between 1990 and 2100; it was {year}.");
        }
        if (request.YearFrom > request.YearTo)
            return new SearchRefusal("yearFrom", "Invalid years", $"yearFrom ({request.YearFrom}) is after yearTo ({request.YearTo}): give the earlier year first.");
        return new RecurrenceFilters(themes, agency, partnership, type, request.YearFrom, request.YearTo);
    }

    private static bool Named(string parameter, string? value, IReadOnlyList<string> known, out string? name, out SearchRefusal? refusal)
    {
        (name, refusal) = (null, null);
        if (string.IsNullOrWhiteSpace(value)) return true;
        name = known.FirstOrDefault(k => string.Equals(k, value.Trim(), StringComparison.OrdinalIgnoreCase));
        if (name is not null) return true;
        var some = string.Join("; ", known.Take(5).Select(k => $"\"{k}\""));
        refusal = new SearchRefusal(parameter, $"Unknown {parameter}",
            known.Count == 0 ? $"No review names a {parameter}, so \"{value}\" cannot be chosen."
            : $"{parameter} must be one the reviews name ({some}{(known.Count > 5 ? $" and {known.Count - 5} more: see choices in GET /api/recurrence" : "")}); \"{value}\" is not one.");
        return false;
    }

    /// <summary>
    /// The view for <paramref name="filters"/>, all its repeats (paired as <paramref name="repeats"/> says), not yet paged,
    /// and the first of the later recommendations with earlier ones only on the same subject (<paramref name="sameSubject"/>), kept apart.
    /// </summary>
    public static RecurrenceResponse Of(RecurrenceFacts facts, IReadOnlyList<RepeatedRecommendation> repeats, RecurrenceFilters filters, IReadOnlyList<RepeatedRecommendation>? sameSubject = null)
    {
        var agency = filters.Agency;
        var reviews = facts.Reviews
            .Where(r => filters.Partnership is null || r.Partnership == filters.Partnership)
            .Where(r => filters.Type is null || r.Type == filters.Type)
            .Where(r => filters.YearFrom is null || r.Year >= filters.YearFrom)
            .Where(r => filters.YearTo is null || r.Year <= filters.YearTo)
            .Select(r => agency is null ? r : r with { Units = facts.AgencyUnits.GetValueOrDefault((r.Id, agency)) })
            .Where(r => r.Units > 0)
            .ToList();
        var inView = reviews.ToDictionary(r => r.Id, StringComparer.Ordinal);

        // A repeat is in view when its later recommendation is (and carries the agency chosen); of its earlier ones,
        // those of reviews in view are kept, so a partnership sees its own lessons come back.
        var chosenThemes = filters.Theme.Count == 0 ? null : filters.Theme.ToHashSet(StringComparer.Ordinal);
        List<RepeatedRecommendation> InView(IEnumerable<RepeatedRecommendation> pairs)
        {
            var kept = new List<RepeatedRecommendation>();
            foreach (var repeat in pairs)
            {
                var later = repeat.Recommendation;
                if (!inView.ContainsKey(later.ReviewId)) continue;
                if (agency is not null && !(later.Agencies ?? []).Contains(agency, StringComparer.Ordinal)) continue;
                if (chosenThemes is not null && !repeat.ThemeIds.Any(chosenThemes.Contains)) continue;
                var earlier = repeat.Earlier.Where(e => inView.ContainsKey(e.ReviewId)).ToList();
                if (earlier.Count == 0) continue;
                kept.Add(earlier.Count == repeat.Earlier.Count ? repeat
                    : repeat with { Earlier = earlier, ThemeIds = repeat.ThemeIds.Where(t => earlier.Any(e => e.SharedThemes.Contains(t))).ToList() });
            }
            return [.. kept.OrderByDescending(r => r.Earlier.Any(e => e.Completed))];
        }
        var shown = InView(repeats);
        var onTheSameSubject = InView(sameSubject ?? []);

        var completedPairs = shown
            .SelectMany(r => r.Earlier.Where(e => e.Completed && e.Year is not null && r.Recommendation.Year is not null)
                .SelectMany(e => e.SharedThemes.Select(t => (Theme: t, Earlier: e.Year!.Value, Later: r.Recommendation.Year!.Value))))
            .ToLookup(p => p.Theme, p => (p.Earlier, p.Later), StringComparer.Ordinal);
        var unitsByReview = reviews.Select(r => r.Units).ToList();
        var themes = new List<RecurringTheme>();
        foreach (var theme in facts.Choices.Themes)
        {
            if (chosenThemes is not null && !chosenThemes.Contains(theme.Id)) continue;
            var cells = new List<RecurrenceCell>();
            var raising = new List<RecurrenceReview>();
            foreach (var review in reviews)
            {
                var count = agency is null ? facts.Cells.GetValueOrDefault((theme.Id, review.Id)) : facts.AgencyCells.GetValueOrDefault((theme.Id, review.Id, agency));
                if (count == 0) continue;
                raising.Add(review);
                cells.Add(new RecurrenceCell(review.Id, count, Math.Round((double)count / review.Units, 4)));
            }
            if (raising.Count == 0) continue;
            var units = cells.Sum(c => c.Count);
            var pairs = completedPairs[theme.Id].ToList();
            var verdict = RecursRule.Of(new RecursRule.Evidence(raising.Select(r => r.Year).ToList(), unitsByReview, units, pairs));
            var years = raising.Select(r => r.Year).OfType<int>().Distinct().Order().ToList();
            themes.Add(new RecurringTheme(theme.Id, theme.Label, verdict.Recurs, raising.Count, units, years, cells,
                verdict.Because, verdict.Reasons, verdict.ExpectedReviews,
                RecursRule.Summary(theme.Label, raising.Count, reviews.Count, years, pairs.Select(p => p.Earlier))));
        }
        themes = [.. themes.OrderByDescending(t => t.Recurs).ThenByDescending(t => t.ReviewCount).ThenByDescending(t => t.Units).ThenBy(t => t.Label, StringComparer.Ordinal)];
        return new RecurrenceResponse(reviews, themes, shown, shown.Count, shown.Count(r => r.Earlier.Any(e => e.Completed)), 0,
            Rule: RecursRule.Sentence, Units: unitsByReview.Sum(), Filters: filters, Choices: facts.Choices,
            SameSubject: sameSubject is null ? null : onTheSameSubject.Take(RecurrenceQueries.SameSubjectShown).ToList(), SameSubjectTotal: onTheSameSubject.Count);
    }
}
