using LearningSearch.Index.Live;
using LearningSearch.Indexer.Corpus;
using Microsoft.AspNetCore.StaticFiles;

namespace LearningSearch.SearchApi.Search;

/// <summary>
/// The original file of a review, as the corpus holds it, so a reader can check a unit against the document it was
/// read from. Only a file the index names as a review's source is served, and only from inside the corpus folder:
/// the name kept in the index is a file name, never a path, and a link that leads out of the corpus is refused.
/// </summary>
public sealed class ReviewDocuments(LiveIndex index, Hosting.LearningSearchOptions options)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>The service's address of a review's original file.</summary>
    public static string Address(string reviewId) => $"/api/reviews/{Uri.EscapeDataString(reviewId)}/document";

    /// <summary>The file on disk with its content type and name, or why there is none to give.</summary>
    public Outcome<ReviewDocument, UnknownId> Find(string reviewId)
    {
        string sourceFile;
        using (var lease = index.Acquire())
        {
            if (!lease.Generation.Catalog.Reviews.TryGetValue(reviewId, out var review))
                return new UnknownId("review", reviewId, $"There is no review '{reviewId}'. GET /api/reviews lists the review ids.");
            sourceFile = review.Review.SourceFile;
        }
        var name = Path.GetFileName(sourceFile);
        var path = Path.Combine(options.CorpusPath, name);
        if (name.Length == 0 || name != sourceFile || !File.Exists(path) || CorpusBoundary.WhyOutside(options.CorpusPath, path) is not null)
            return new UnknownId("document", reviewId, $"The original document of review '{reviewId}' is no longer in the corpus.");
        var type = ContentTypes.TryGetContentType(name, out var known) ? known : "application/octet-stream";
        // Plain text is read as the corpus writes it (UTF-8), not as the browser guesses.
        if (type.StartsWith("text/", StringComparison.Ordinal)) type += "; charset=utf-8";
        return new ReviewDocument(path, name, type);
    }
}

/// <summary>A review's original file: where it is, its name and its content type.</summary>
public sealed record ReviewDocument(string Path, string Name, string ContentType);
