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

    /// <summary>
    /// Where the review is published on the web (the corpus manifest's <c>url</c>), so a reader can go back to it;
    /// null when none is known. Only an absolute http or https address is kept (see <see cref="WebAddress"/>).
    /// </summary>
    public string? PublishedAddress { get; init; }

    /// <summary>The layout that read the document (<c>ActionPlanTableLayout</c>, ...).</summary>
    public required string Layout { get; init; }

    /// <summary>Where each metadata field came from: "manifest", "document line 7", "file name".</summary>
    public IReadOnlyDictionary<string, string> MetadataSources { get; init; } = new Dictionary<string, string>();
}

/// <summary>
/// The one rule for a review's published address, applied where the manifest is read and again where the index is
/// read: the address is shown to every reader as a link, so a <c>javascript:</c> or <c>file:</c> value, or one an
/// older build kept, must never reach the page.
/// </summary>
public static class WebAddress
{
    /// <summary>The address as kept, or null when it is not an absolute http or https address.</summary>
    public static string? Checked(string? address) =>
        !string.IsNullOrWhiteSpace(address)
        && Uri.TryCreate(address.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && address.Trim().Length <= 2000
            ? uri.AbsoluteUri
            : null;
}
