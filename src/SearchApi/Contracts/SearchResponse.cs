namespace LearningSearch.SearchApi.Contracts;

/// <summary>
/// A page of search results with facet counts for the whole result set. <c>CommonWords</c> are the typed words (as
/// indexed: "children" becomes "child") found in so many units that they only rank the results the other words find.
/// </summary>
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
    IReadOnlyList<QueryExpansion> Expansions,
    IReadOnlyList<string> CommonWords,
    SearchMeaning? Meaning = null,
    SearchSpelling? Spelling = null);

/// <summary>
/// Words of the question that no unit contains, and the question as the reviews would spell it: <c>applied</c> when
/// the typed words found nothing and these results are the corrected question's; otherwise a "did you mean" to offer.
/// <c>says</c> is the sentence for the page.
/// </summary>
public sealed record SearchSpelling(string Typed, string Suggested, IReadOnlyList<string> Misspelled, bool Applied, string Says);

/// <summary>
/// Whether the question was searched by its meaning as well as its words, and what to tell the person about it.
/// <c>state</c>: "used" (also searched by meaning; <c>alsoFound</c> units were found by meaning alone), "exact" (quotes,
/// AND/OR/NOT or field:value ask for exact words, so meaning was not used), "filling" (the meaning vectors are still
/// being made; <c>percentReady</c> says how far), or "off" (no meaning model: <c>says</c> gives the reason). Null when
/// nothing was typed.
/// </summary>
public sealed record SearchMeaning(string State, string Says, int AlsoFound, int PercentReady, bool QuestionWasCut)
{
    public const string Used = "used";
    public const string Exact = "exact";
    public const string Filling = "filling";
    public const string Off = "off";
}

/// <summary>
/// What a search added to the words typed: a theme they mention (<c>kind</c> "theme": its units were searched too, and
/// <c>phrases</c> are wording that tags a unit with it), or another way of saying them from the practitioners'
/// vocabulary (<c>kind</c> "vocabulary": <c>label</c> is the entry's group, such as "abbreviation", and <c>phrases</c>
/// were searched for as well), or a theme the question is about by its meaning (<c>kind</c> "meaning": the theme model
/// read the question's sentence vector; <c>phrases</c> is empty).
/// </summary>
public sealed record QueryExpansion(string? ThemeId, string Label, string Matched, IReadOnlyList<string> Phrases, string Kind)
{
    public const string FromTheme = "theme";
    public const string FromVocabulary = "vocabulary";

    /// <summary>A theme the question is about by its meaning (the theme model), though its words name none.</summary>
    public const string FromMeaning = "meaning";
}

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
    double Score,
    string FoundBy = "words",
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] Search.Reordering.HitRanking? Ranking = null)
{
    /// <summary>Found by its words only (every hit of a search that did not also search by meaning).</summary>
    public const string FoundByWords = "words";

    /// <summary>Found by its meaning only: it does not contain the words searched.</summary>
    public const string FoundByMeaning = "meaning";

    /// <summary>Found by its words and by its meaning.</summary>
    public const string FoundByBoth = "both";
}

/// <summary>The review a unit comes from; <c>publishedAddress</c> is where it is published on the web, when the manifest says.</summary>
public sealed record ReviewSummary(string Id, string Title, string? Partnership, int? Year, string? Type, string? PublishedAddress = null);

public sealed record ParentRecommendation(string Id, string? Number, string Text);

/// <summary>
/// A theme on a unit, with why: the words that made it so (<c>taggedBy</c> "words"), or, for a tag of the theme model
/// (<c>taggedBy</c> "model"), its <c>probability</c> and the nearest labelled <c>examples</c> that carry the theme.
/// </summary>
public sealed record ThemeBadge(string Id, string Label, IReadOnlyList<string> Evidence, string TaggedBy = "words", double? Probability = null, IReadOnlyList<ThemeExample>? Examples = null);

/// <summary>A unit a reader labelled with the theme, close in meaning to the unit tagged.</summary>
public sealed record ThemeExample(string UnitId, string Text, double Similarity);

/// <summary>
/// Counts over the whole result set. Each list holds the values with the largest counts (up to the request's
/// facetLimit) and any value chosen as a filter; <see cref="NotListed"/> says how many more values each one has.
/// </summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetValue> Themes,
    IReadOnlyList<FacetValue> Reviews,
    IReadOnlyList<FacetValue> Kinds,
    IReadOnlyList<FacetValue> Agencies,
    IReadOnlyList<FacetValue> Years,
    FacetsNotListed NotListed);

/// <summary>For each facet, how many values with matches were left out of its list.</summary>
public sealed record FacetsNotListed(int Themes, int Reviews, int Kinds, int Agencies, int Years);

public sealed record FacetValue(string Value, string Label, int Count);
