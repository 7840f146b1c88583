namespace LearningSearch.SearchApi.Contracts;

/// <summary>A theme of the taxonomy with how often the current corpus raises it.</summary>
public sealed record ThemeSummary(string Id, string Label, string Definition, int Units, int Reviews, int? FirstYear, int? LastYear);

/// <summary>One theme: the reviews that raise it and its units.</summary>
public sealed record ThemeDetail(string Id, string Label, string Definition, IReadOnlyList<string> Synonyms, IReadOnlyList<ThemeInReview> Reviews, IReadOnlyList<UnitHit> Units);

public sealed record ThemeInReview(string Id, string Title, int? Year, int Units, IReadOnlyDictionary<string, int> Kinds);

/// <summary>A review with its metadata, where each value came from, and how it was read.</summary>
public sealed record ReviewListing(string Id, string Title, string? Partnership, string? Area, int? Year, string? Type, string SourceFile, string Layout,
    int Units, int Recommendations, int Actions, int Findings, double Coverage, IReadOnlyDictionary<string, string> MetadataSources, IReadOnlyList<string> Warnings,
    string? PublishedAddress = null, string? Document = null);

/// <summary>A review's structure: its recommendations, each with its actions and the findings that cite it.</summary>
public sealed record ReviewDetail(ReviewListing Review, IReadOnlyList<RecommendationNode> Recommendations, IReadOnlyList<UnitHit> OtherFindings);

public sealed record RecommendationNode(UnitHit Recommendation, IReadOnlyList<UnitHit> Actions, IReadOnlyList<UnitHit> Findings);

/// <summary>
/// One unit with its context. <c>document</c> is the service's address of the original file (GET it to read the
/// review as it was indexed), <c>lines</c> where the unit sits in it.
/// </summary>
public sealed record UnitInContext(UnitHit Unit, UnitHit? Recommendation, IReadOnlyList<UnitHit> Actions, IReadOnlyList<UnitHit> Findings,
    IReadOnlyList<DetailField> Details, string Lines, string SourceFile, string? Document = null);

public sealed record DetailField(string Label, string Text);

public sealed record SimilarUnits(string Id, IReadOnlyList<UnitHit> Hits);
