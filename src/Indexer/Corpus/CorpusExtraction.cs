using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Corpus;

/// <summary>What reading a corpus folder gave: the reviews read, and the documents skipped with the reason.</summary>
public sealed record CorpusExtraction(IReadOnlyList<ExtractedReview> Reviews, IReadOnlyList<SkippedDocument> Skipped)
{
    /// <summary>What could not be read of the manifest (see <see cref="Manifest.Problems"/>).</summary>
    public IReadOnlyList<string> ManifestProblems { get; init; } = [];
}

/// <summary>A document that could not be read, by name, with a reason a person can act on.</summary>
/// <param name="Outside">The file lies outside the corpus folder: nothing of it may stay in the index, not even units read before.</param>
public sealed record SkippedDocument(string SourceFile, string Reason, bool Outside = false);

/// <summary>Reads every document of a corpus folder; a broken document is reported and skipped, never fatal.</summary>
public sealed class CorpusReader
{
    private readonly ReviewExtractor _extractor;
    private readonly DocumentReaders _readers;

    public CorpusReader(ReviewExtractor extractor, DocumentReaders? readers = null)
    {
        _extractor = extractor;
        _readers = readers ?? DocumentReaders.Default;
    }

    /// <summary>The documents of a corpus folder that the product reads, in name order; the manifest and hidden files are not documents.</summary>
    public IReadOnlyList<string> Documents(string corpusFolder)
    {
        if (!Directory.Exists(corpusFolder))
            throw new DirectoryNotFoundException($"The corpus folder '{corpusFolder}' does not exist. Pass --corpus with the folder that holds the reviews.");
        return Directory.EnumerateFiles(corpusFolder)
            .Where(f => !Path.GetFileName(f).StartsWith('.') && !string.Equals(Path.GetFileName(f), Manifest.FileName, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Why a document of the corpus may not even be opened (a link out of the corpus folder), or null.</summary>
    public static SkippedDocument? Refusal(string path) =>
        CorpusBoundary.WhyOutside(Path.GetDirectoryName(Path.GetFullPath(path))!, path) is { } reason
            ? new SkippedDocument(Path.GetFileName(path), reason, Outside: true)
            : null;

    public CorpusExtraction ReadAll(string corpusFolder, Action<string>? progress = null)
    {
        var manifest = Manifest.Load(corpusFolder);
        var reviews = new List<ExtractedReview>();
        var skipped = new List<SkippedDocument>();
        foreach (var path in Documents(corpusFolder))
        {
            var result = ReadOne(path, manifest);
            if (result.Review is not null) reviews.Add(result.Review);
            if (result.Skipped is not null) skipped.Add(result.Skipped);
            progress?.Invoke(Path.GetFileName(path));
        }
        return new CorpusExtraction(reviews, skipped) { ManifestProblems = manifest.Problems };
    }

    public (ExtractedReview? Review, SkippedDocument? Skipped) ReadOne(string path, Manifest manifest) =>
        ReadOne(path, manifest.For(Path.GetFileName(path)));

    /// <summary>Reads one document with what the manifest says of it (null where it says nothing).</summary>
    public (ExtractedReview? Review, SkippedDocument? Skipped) ReadOne(string path, ManifestEntry? entry)
    {
        var name = Path.GetFileName(path);
        if (Refusal(path) is { } outside)
            return (null, outside);
        if (!_readers.CanRead(path))
            return (null, new SkippedDocument(name, $"files of type '{Path.GetExtension(path)}' are not read; use one of {string.Join(", ", _readers.Extensions.Order())}"));
        try
        {
            var document = _readers.Read(path, name);
            var review = _extractor.Extract(document, entry);
            return review.Units.Count == 0
                ? (null, new SkippedDocument(name, "no recommendation, action or finding could be read: the document has no body text"))
                : (review, null);
        }
        catch (UnreadableDocumentException e)
        {
            return (null, new SkippedDocument(name, e.Reason));
        }
        catch (IOException e)
        {
            return (null, new SkippedDocument(name, $"the file could not be read ({e.Message})"));
        }
        catch (UnauthorizedAccessException e)
        {
            return (null, new SkippedDocument(name, $"the file could not be opened ({e.Message})"));
        }
    }
}
