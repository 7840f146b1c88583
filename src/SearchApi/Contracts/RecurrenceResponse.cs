namespace LearningSearch.SearchApi.Contracts;

/// <summary>
/// The themes × reviews matrix of the reviews in view (those the filters keep), reviews in year order, and one page of
/// the recommendations made again after earlier ones on the same theme: those repeating a recommendation marked
/// complete first. A national collection has tens of thousands of such recommendations (256 MB as one answer), so
/// they come a page at a time: <c>RepeatsTotal</c> says how many there are, <c>RepeatsAfterCompletion</c> how many of
/// them come first, <c>RepeatsFrom</c> where this page starts. <c>PairedBy</c> says how a repeat was paired with its
/// earlier recommendations, in words for the page: by a shared theme and closeness in meaning once the meaning
/// vectors are ready, by a shared theme alone until then. <c>SameSubject</c> holds, apart, later recommendations whose
/// earlier ones on a shared theme are on the same subject but (as far as the scorer can tell) ask for a different
/// change: the first <see cref="Recurrence.RecurrenceQueries.SameSubjectShown"/> of them, of <c>SameSubjectTotal</c>; they
/// are never counted as repeats. <c>Rule</c> says in one sentence when a theme recurs;
/// <c>Units</c> is how many recommendations, actions and findings the view holds; <c>Choices</c> the values the filters can take.
/// </summary>
public sealed record RecurrenceResponse(
    IReadOnlyList<RecurrenceReview> Reviews,
    IReadOnlyList<RecurringTheme> Themes,
    IReadOnlyList<RepeatedRecommendation> Repeats,
    int RepeatsTotal,
    int RepeatsAfterCompletion,
    int RepeatsFrom,
    string? PairedBy = null,
    string Rule = "",
    int Units = 0,
    RecurrenceFilters? Filters = null,
    RecurrenceChoices? Choices = null,
    IReadOnlyList<RepeatedRecommendation>? SameSubject = null,
    int SameSubjectTotal = 0,
    string? SameSubjectSaid = null);

/// <summary>A review in view: <c>Units</c> is how many of its recommendations, actions and findings are in view (those of the agency chosen, if one is).</summary>
public sealed record RecurrenceReview(string Id, string Name, string Title, int? Year, string? Partnership = null, string? Type = null, int Units = 0);

/// <summary>
/// A theme's row of the matrix, counted over the reviews in view: whether it recurs and why (<c>RecursBecause</c>, one
/// sentence, and <c>RecursReasons</c>: afterCompletion, threeOrMoreYears, moreReviewsThanExpected), how many reviews
/// its share of the view's units would lead one to expect (<c>ExpectedReviews</c>), over which years, a plain summary
/// a chair can quote, and a cell for each review that raises it.
/// </summary>
public sealed record RecurringTheme(string Id, string Label, bool Recurs, int ReviewCount, int Units, IReadOnlyList<int> Years, IReadOnlyList<RecurrenceCell> Cells,
    string? RecursBecause = null, IReadOnlyList<string>? RecursReasons = null, double ExpectedReviews = 0, string Summary = "");

/// <summary>A theme in a review: <c>Count</c> units, which are <c>Share</c> (0 to 1) of the review's units in view, so long documents do not look darker.</summary>
public sealed record RecurrenceCell(string ReviewId, int Count, double Share = 0);

/// <summary>A recommendation of a later review, with the earlier reviews' recommendations on the same themes.</summary>
public sealed record RepeatedRecommendation(RecommendationRef Recommendation, IReadOnlyList<EarlierRecommendation> Earlier, IReadOnlyList<string> ThemeIds);

public sealed record RecommendationRef(string Id, string? Number, string Citation, string Text, string ReviewId, int? Year, IReadOnlyList<string>? Agencies = null);

/// <summary>An earlier recommendation on the same theme, and whether it was marked complete ("completed in 2017, recommended again in 2022").
/// <c>Similarity</c> is how close in meaning the two are (cosine, 0 to 1), once the meaning vectors are ready; <c>Why</c> says in
/// plain words why the two were paired (the words and phrases both use, and their closeness in meaning).</summary>
public sealed record EarlierRecommendation(string Id, string? Number, string Citation, string Text, string ReviewId, int? Year, bool Completed, string Progress, IReadOnlyList<string> SharedThemes, double? Similarity = null, string? Why = null);

/// <summary>The filters the view was made with, as the API took them.</summary>
public sealed record RecurrenceFilters(IReadOnlyList<string> Theme, string? Agency, string? Partnership, string? Type, int? YearFrom, int? YearTo);

/// <summary>The values the filters can take, from the whole collection: themes, agencies, partnerships, review types, years.</summary>
public sealed record RecurrenceChoices(IReadOnlyList<ThemeChoice> Themes, IReadOnlyList<string> Agencies, IReadOnlyList<string> Partnerships, IReadOnlyList<string> Types, IReadOnlyList<int> Years);

public sealed record ThemeChoice(string Id, string Label);
