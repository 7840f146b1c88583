using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using LearningSearch.Indexer.Corpus;
using LearningSearch.Indexer.Indexing.Analysis;
using LearningSearch.Indexer.Model;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Directory = System.IO.Directory;

namespace LearningSearch.Indexer.Indexing;

/// <summary>
/// Builds the index from a corpus folder into a new generation and publishes it atomically. Incremental:
/// a document whose bytes, manifest entry and taxonomy are unchanged is not read again (its units are copied
/// from the index in service); a changed one is re-read; a removed one is dropped; one that can no longer be
/// read keeps the units it had, with a warning, so nothing already indexed is lost.
/// </summary>
public sealed class IndexBuilder(CorpusReader reader, string extractorFingerprint)
{
    public BuildReport Build(string corpusFolder, IndexLocation location, Action<BuildProgress>? progress = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var documents = reader.Documents(corpusFolder);
        var manifest = Manifest.Load(corpusFolder);
        var previous = PreviousIndex.Open(location.Current());
        var generation = location.NewGeneration();
        var outcomes = new List<DocumentOutcome>();
        var units = 0;

        try
        {
            using (var directory = new SimpleFSDirectory(new DirectoryInfo(generation)))
            using (var writer = new IndexWriter(directory, new IndexWriterConfig(BritishEnglishAnalyzer.Version, new BritishEnglishAnalyzer())
                   {
                       OpenMode = OpenMode.CREATE,
                       Similarity = new BM25Similarity(),
                       RAMBufferSizeMB = 64,
                   }))
            {
                for (var i = 0; i < documents.Count; i++)
                {
                    cancel.ThrowIfCancellationRequested();
                    var path = documents[i];
                    var name = Path.GetFileName(path);
                    var hash = Hash(path, manifest.For(name));
                    var outcome = previous?.Reuse(name, hash, writer) ?? Read(path, name, hash, manifest, writer, previous);
                    outcomes.Add(outcome);
                    units += outcome.Units;
                    progress?.Invoke(new BuildProgress(i + 1, documents.Count, outcome));
                }
                writer.SetCommitData(new Dictionary<string, string>
                {
                    ["fingerprint"] = extractorFingerprint,
                    ["corpus"] = CorpusFingerprint(corpusFolder, documents, manifest),
                    ["built"] = DateTime.UtcNow.ToString("O"),
                });
                writer.Commit();
            }
            previous?.Dispose();
            previous = null;
            location.Publish(generation);
        }
        catch
        {
            previous?.Dispose();
            TryDelete(generation);
            throw;
        }
        return new BuildReport(outcomes, units, clock.Elapsed, generation);
    }

    private DocumentOutcome Read(string path, string name, string hash, Manifest manifest, IndexWriter writer, PreviousIndex? previous)
    {
        var (review, skipped) = reader.ReadOne(path, manifest);
        if (review is null)
        {
            var reason = skipped?.Reason ?? "no units";
            var kept = previous?.Keep(name, writer) ?? 0;
            return kept > 0
                ? new DocumentOutcome(name, DocumentStatus.KeptPrevious, kept, $"{reason}; the units indexed from its previous version are kept")
                : new DocumentOutcome(name, DocumentStatus.Skipped, 0, reason);
        }
        foreach (var unit in review.Units) writer.AddDocument(UnitDocuments.ForUnit(unit, review.Review));
        writer.AddDocument(UnitDocuments.ForReview(new IndexedReview(
            review.Review, review.Count(UnitKind.Recommendation), review.Count(UnitKind.Action), review.Count(UnitKind.Finding),
            review.Coverage.Fraction, review.Warnings, hash)));
        return new DocumentOutcome(name, DocumentStatus.Indexed, review.Units.Count, review.Warnings.Count == 0 ? null : string.Join(" | ", review.Warnings));
    }

    private string Hash(string path, ManifestEntry? entry)
    {
        using var sha = SHA256.Create();
        using (var stream = File.OpenRead(path)) sha.ComputeHash(stream);
        var fileHash = Convert.ToHexString(sha.Hash!);
        var meta = JsonSerializer.Serialize(entry);
        return Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(fileHash + "|" + meta + "|" + extractorFingerprint)))[..32];
    }

    /// <summary>A cheap fingerprint of the corpus (names, sizes, times, manifest) to tell at start-up whether it changed.</summary>
    public static string CorpusFingerprint(string corpusFolder, IReadOnlyList<string> documents, Manifest manifest)
    {
        var parts = documents.Select(d => { var f = new FileInfo(d); return $"{f.Name}:{f.Length}:{f.LastWriteTimeUtc.Ticks}"; })
            .Append(JsonSerializer.Serialize(manifest.Entries));
        return Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", parts))))[..32];
    }

    private static void TryDelete(string dir)
    {
        try { Directory.Delete(dir, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    /// <summary>The generation in service, read for the units of documents that need not be read again.</summary>
    private sealed class PreviousIndex : IDisposable
    {
        private readonly Lucene.Net.Store.Directory _directory;
        private readonly DirectoryReader _reader;
        private readonly IndexSearcher _searcher;

        private PreviousIndex(string folder)
        {
            _directory = new SimpleFSDirectory(new DirectoryInfo(folder));
            _reader = DirectoryReader.Open(_directory);
            _searcher = new IndexSearcher(_reader);
        }

        public static PreviousIndex? Open(string? folder)
        {
            if (folder is null) return null;
            try { return new PreviousIndex(folder); }
            catch (IOException) { return null; } // a corrupt previous index is rebuilt from the corpus
        }

        public DocumentOutcome? Reuse(string sourceFile, string hash, IndexWriter writer)
        {
            var reviewDoc = FindReview(sourceFile);
            if (reviewDoc is null || UnitDocuments.ReadReview(reviewDoc).ContentHash != hash) return null;
            var count = Copy(reviewDoc, writer);
            return new DocumentOutcome(sourceFile, DocumentStatus.Unchanged, count, null);
        }

        public int Keep(string sourceFile, IndexWriter writer)
        {
            var reviewDoc = FindReview(sourceFile);
            return reviewDoc is null ? 0 : Copy(reviewDoc, writer);
        }

        private Lucene.Net.Documents.Document? FindReview(string sourceFile)
        {
            var hits = _searcher.Search(new TermQuery(new Term("source", sourceFile)), 1);
            return hits.TotalHits == 0 ? null : _searcher.Doc(hits.ScoreDocs[0].Doc);
        }

        private int Copy(Lucene.Net.Documents.Document reviewDoc, IndexWriter writer)
        {
            var review = UnitDocuments.ReadReview(reviewDoc);
            var query = new BooleanQuery
            {
                { new TermQuery(new Term(IndexFields.Review, review.Review.Id)), Occur.MUST },
                { new TermQuery(new Term(IndexFields.DocType, IndexFields.UnitDoc)), Occur.MUST },
            };
            var hits = _searcher.Search(query, Math.Max(1, _reader.MaxDoc));
            foreach (var hit in hits.ScoreDocs)
                writer.AddDocument(UnitDocuments.ForUnit(UnitDocuments.ReadUnit(_searcher.Doc(hit.Doc)), review.Review));
            writer.AddDocument(UnitDocuments.ForReview(review));
            return hits.ScoreDocs.Length;
        }

        public void Dispose()
        {
            _reader.Dispose();
            _directory.Dispose();
        }
    }
}

public enum DocumentStatus { Indexed, Unchanged, KeptPrevious, Skipped }

/// <summary>What the build did with one document, and why.</summary>
public sealed record DocumentOutcome(string SourceFile, DocumentStatus Status, int Units, string? Message);

public sealed record BuildProgress(int Done, int Total, DocumentOutcome Latest);

public sealed record BuildReport(IReadOnlyList<DocumentOutcome> Documents, int Units, TimeSpan Elapsed, string Generation)
{
    public int Count(DocumentStatus status) => Documents.Count(d => d.Status == status);
}
