namespace LearningSearch.SearchApi.Contracts;

/// <summary>
/// The themes × reviews matrix, reviews in year order, and one page of the recommendations made again after earlier
/// ones on the same theme: those repeating a recommendation marked complete first. A national collection has tens of
/// thousands of such recommendations (256 MB as one answer), so they come a page at a time: <c>RepeatsTotal</c> says
/// how many there are, <c>RepeatsAfterCompletion</c> how many of them come first, <c>RepeatsFrom</c> where this page starts.
/// <c>PairedBy</c> says how a repeat was paired with its earlier recommendations, in words for the page: by a shared
/// theme and closeness in meaning once the meaning vectors are ready, by a shared theme alone until then.
/// </summary>
public sealed record RecurrenceResponse(
    IReadOnlyList<RecurrenceReview> Reviews,
    IReadOnlyList<RecurringTheme> Themes,
    IReadOnlyList<RepeatedRecommendation> Repeats,
    int RepeatsTotal,
    int RepeatsAfterCompletion,
    int RepeatsFrom,
    string? PairedBy = null);

public sealed record RecurrenceReview(string Id, string Name, string Title, int? Year);

/// <summary>A theme's row of the matrix: whether it recurs (two or more reviews) and over which years; a cell for each review that raises it.</summary>
public sealed record RecurringTheme(string Id, string Label, bool Recurs, int ReviewCount, int Units, IReadOnlyList<int> Years, IReadOnlyList<RecurrenceCell> Cells);

public sealed record RecurrenceCell(string ReviewId, int Count);

/// <summary>A recommendation of a later review, with the earlier reviews' recommendations on the same themes.</summary>
public sealed record RepeatedRecommendation(RecommendationRef Recommendation, IReadOnlyList<EarlierRecommendation> Earlier, IReadOnlyList<string> ThemeIds);

public sealed record RecommendationRef(string Id, string? Number, string Citation, string Text, string ReviewId, int? Year);

/// <summary>An earlier recommendation on the same theme, and whether it was marked complete ("completed in 2017, recommended again in 2022").
/// <c>Similarity</c> is how close in meaning the two are (cosine, 0 to 1), once the meaning vectors are ready.</summary>
public sealed record EarlierRecommendation(string Id, string? Number, string Citation, string Text, string ReviewId, int? Year, bool Completed, string Progress, IReadOnlyList<string> SharedThemes, double? Similarity = null);
