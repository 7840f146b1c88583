using System.ComponentModel;

namespace LearningSearch.SearchApi.Contracts;

/// <summary>The filters and the page of the recurrence view (and of its CSV export), bound from the query string.</summary>
public sealed record RecurrenceRequest
{
    [Description("Theme ids to show (repeatable; any of them). See GET /api/themes. Empty shows every theme.")]
    public string[]? Theme { get; init; }

    [Description("An agency, as the reviews name it (see choices.agencies): only its recommendations, actions and findings are counted, and only the reviews that have some.")]
    public string? Agency { get; init; }

    [Description("A safeguarding partnership, as the reviews name it (see choices.partnerships): only its reviews.")]
    public string? Partnership { get; init; }

    [Description("A review type: Serious case review, Local child safeguarding practice review, Inspection report ... (see choices.types).")]
    public string? Type { get; init; }

    [Description("Earliest year of publication of the review (1990-2100).")]
    public int? YearFrom { get; init; }

    [Description("Latest year of publication of the review (1990-2100).")]
    public int? YearTo { get; init; }

    [Description("Where the page of repeated recommendations starts (0 is the first)."), DefaultValue(0)]
    public int? RepeatsFrom { get; init; }

    [Description("How many repeated recommendations to return, 1 to 500."), DefaultValue(100)]
    public int? RepeatsLimit { get; init; }
}
