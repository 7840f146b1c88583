using System.ComponentModel;

namespace LearningSearch.SearchApi.Contracts;

/// <summary>The parameters of a search (and of its CSV export), bound from the query string.</summary>
public sealed record SearchRequest
{
    [Description("Words, \"phrases\", AND/OR/NOT, and field:value (theme:, review:, kind:, agency:, status:, number:, year:). Everyday words work: synonyms from the theme taxonomy are added (\"DNA\" also finds \"was not brought\"). Empty lists everything that matches the filters.")]
    public string? Q { get; init; }

    [Description("Theme ids to narrow to (repeatable; a unit must carry every theme given). See GET /api/themes.")]
    public string[]? Theme { get; init; }

    [Description("Review ids to narrow to (repeatable; any of them). See GET /api/reviews.")]
    public string[]? Review { get; init; }

    [Description("recommendation, action or finding.")]
    public string? Kind { get; init; }

    [Description("An agency, as its name appears in the agency facet.")]
    public string? Agency { get; init; }

    [Description("A status as stated in action plans: Completed, Confirmed, On track, Green, Amber, Red ...")]
    public string? Status { get; init; }

    [Description("Earliest year of publication of the review (1990-2100).")]
    public int? YearFrom { get; init; }

    [Description("Latest year of publication of the review (1990-2100).")]
    public int? YearTo { get; init; }

    [Description("Page number, from 1."), DefaultValue(1)]
    public int? Page { get; init; }

    [Description("Results per page, 1 to 100."), DefaultValue(20)]
    public int? PageSize { get; init; }

    [Description("True to add to each hit of a question why it stands where it does (ranking: the second stage's features and score, and its place before)."), DefaultValue(false)]
    public bool? Explain { get; init; }

    [Description("Most values listed per facet, the largest counts first (1 to 1000). Values chosen as filters are always listed; facets.notListed says how many more each facet has."), DefaultValue(40)]
    public int? FacetLimit { get; init; }
}
