namespace LearningSearch.Index.Units;

/// <summary>A published review (serious case review, practice review, inspection report, action plan) and where each fact about it came from.</summary>
public sealed record Review
{
    /// <summary>Short slug used in unit ids and URLs (<c>ads14</c>).</summary>
    public required string Id { get; init; }

    public required string Title { get; init; }

    public string? Partnership { get; init; }

    public string? Area { get; init; }

    /// <summary>Serious case review, local child safeguarding practice review, inspection report, ...</summary>
    public string? ReviewType { get; init; }

    public int? Year { get; init; }

    public required string SourceFile { get; init; }

    /// <summary>The layout that read the document (<c>ActionPlanTableLayout</c>, ...).</summary>
    public required string Layout { get; init; }

    /// <summary>Where each metadata field came from: "manifest", "document line 7", "file name".</summary>
    public IReadOnlyDictionary<string, string> MetadataSources { get; init; } = new Dictionary<string, string>();
}
