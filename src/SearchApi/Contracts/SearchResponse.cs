namespace LearningSearch.SearchApi.Contracts;

/// <summary>A page of search results with facet counts for the whole result set.</summary>
public sealed record SearchResponse(
    string Query,
    string ExpandedQuery,
    int Total,
    int Page,
    int PageSize,
    double TookMs,
    IReadOnlyList<UnitHit> Hits,
    SearchFacets Facets,
    string? Notice,
    IReadOnlyList<QueryExpansion> Expansions);

/// <summary>A theme the search words mention, and the phrases searched for because of it.</summary>
public sealed record QueryExpansion(string ThemeId, string Label, string Matched, IReadOnlyList<string> Phrases);

/// <summary>One recommendation, action or finding, with everything needed to cite it.</summary>
public sealed record UnitHit(
    string Id,
    string Kind,
    string? Number,
    string Citation,
    ReviewSummary Review,
    ParentRecommendation? Recommendation,
    string? Agency,
    IReadOnlyList<string> Agencies,
    string? Status,
    IReadOnlyList<string> Dates,
    string? Heading,
    string Text,
    string Snippet,
    IReadOnlyList<ThemeBadge> Themes,
    IReadOnlyList<string> ActionThemes,
    double Score);

public sealed record ReviewSummary(string Id, string Title, string? Partnership, int? Year, string? Type);

public sealed record ParentRecommendation(string Id, string? Number, string Text);

/// <summary>A theme on a unit, with the words that made it so.</summary>
public sealed record ThemeBadge(string Id, string Label, IReadOnlyList<string> Evidence);

public sealed record SearchFacets(
    IReadOnlyList<FacetValue> Themes,
    IReadOnlyList<FacetValue> Reviews,
    IReadOnlyList<FacetValue> Kinds,
    IReadOnlyList<FacetValue> Agencies,
    IReadOnlyList<FacetValue> Years);

public sealed record FacetValue(string Value, string Label, int Count);
