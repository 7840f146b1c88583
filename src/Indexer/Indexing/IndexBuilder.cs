using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using Directory = System.IO.Directory;
using LearningSearch.Index;
using LearningSearch.Index.Analysis;
using LearningSearch.Index.Schema;
using LearningSearch.Index.Stored;
using LearningSearch.Index.Units;
using LearningSearch.Indexer.Corpus;
using LearningSearch.Indexer.Model;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

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
        var warnings = new List<string>(manifest.Problems);
        var previous = PreviousIndex.Open(location.Current(), warnings);
        var generation = location.NewGeneration();
        var outcomes = new List<DocumentOutcome>();
        var ids = new ReviewIds();
        var units = 0;

        try
        {
            using (var directory = new SimpleFSDirectory(new DirectoryInfo(generation)))
            using (var writer = new IndexWriter(directory, new IndexWriterConfig(BritishEnglishAnalyzer.Version, new BritishEnglishAnalyzer())
                   {
                       OpenMode = OpenMode.CREATE,
                       Codec = new UnitIndexCodec(),
                       Similarity = new BM25Similarity(),
                       // Room for a part of a national corpus (half of 5,000 reviews) before Lucene flushes on its own.
                       RAMBufferSizeMB = 96,
                       MergePolicy = new BalancedMergePolicy(),
                       MergeScheduler = MergeSchedulerFor(Parts),
                   }))
            {
                // Reading a document (hashing, layouts, themes, JSON) is most of a build and needs nothing from the
                // others: it runs on every core, a few documents ahead, while this thread adds them to the index in
                // corpus order, so the index comes out the same whatever the timing.
                var pending = new Queue<Task<ReadDocument>>();
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
                try
                {
                    var next = 0;
                    for (var i = 0; i < documents.Count; i++)
                    {
                        cancel.ThrowIfCancellationRequested();
                        while (next < documents.Count && pending.Count < ReadAhead)
                        {
                            var path = documents[next++];
                            pending.Enqueue(Task.Run(() => Read(path, manifest, previous), stop.Token));
                        }
                        var outcome = Add(pending.Dequeue().GetAwaiter().GetResult(), writer, previous, ids, manifest);
                        outcomes.Add(outcome);
                        units += outcome.Units;
                        if (EndsAPart(i, documents.Count, Parts)) writer.Flush(triggerMerge: false, applyAllDeletes: false);
                        progress?.Invoke(new BuildProgress(i + 1, documents.Count, outcome));
                    }
                }
                finally
                {
                    // On failure, documents still being read must finish before the previous index is closed.
                    stop.Cancel();
                    try { Task.WaitAll([.. pending]); }
                    catch (AggregateException) { } // their own failures add nothing to the one being thrown
                }
                writer.ForceMerge(Parts);
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
        return new BuildReport(outcomes, units, clock.Elapsed, generation) { Warnings = warnings };
    }

    /// <summary>
    /// The segments a finished index is left in, of nearly equal size (see <see cref="BalancedMergePolicy"/>): one per
    /// core, so that a search can score them all at once, and at most four, since a search under load scores them one
    /// after another. The writer is flushed after each part's share of the documents, so each part is written as one
    /// segment and nothing needs merging unless Lucene had to flush on its own as well.
    /// </summary>
    private static readonly int Parts = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>Corpora smaller than this are searched fast enough in one segment.</summary>
    internal const int DocumentsToSplit = 100;

    /// <summary>Whether the document at this position is the last of its part: the part is then written as a segment of its own.</summary>
    internal static bool EndsAPart(int position, int documents, int parts) =>
        parts > 1 && documents >= DocumentsToSplit && position + 1 < documents
        && (long)(position + 1) * parts / documents != (long)position * parts / documents;

    private static ConcurrentMergeScheduler MergeSchedulerFor(int parts)
    {
        // The parts are merged at the same time, one per core.
        var scheduler = new ConcurrentMergeScheduler();
        scheduler.SetMaxMergesAndThreads(parts + 2, parts);
        return scheduler;
    }

    /// <summary>Documents read ahead of the index writer: as many as two per core.</summary>
    private static readonly int ReadAhead = Math.Max(2, Environment.ProcessorCount * 2);

    /// <summary>A document read and turned into Lucene documents, or found unchanged in the index in service, or skipped.</summary>
    private sealed record ReadDocument(string Path, string Name, string Hash, bool Unchanged, ExtractedReview? Review, SkippedDocument? Skipped, IReadOnlyList<Lucene.Net.Documents.Document> Documents);

    private ReadDocument Read(string path, Manifest manifest, PreviousIndex? previous)
    {
        var name = Path.GetFileName(path);
        // Not even hashed: hashing opens the file.
        if (CorpusReader.Refusal(path) is { } outside) return new ReadDocument(path, name, "", false, null, outside, []);
        string hash;
        try
        {
            hash = Hash(path, manifest.For(name));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A link to nothing, a file deleted or locked since the folder was listed: that document alone is skipped.
            return new ReadDocument(path, name, "", false, null, new SkippedDocument(name, $"the file could not be opened ({e.GetType().Name})"), []);
        }
        if (previous?.IsUnchanged(name, hash) == true) return new ReadDocument(path, name, hash, true, null, null, []);
        var (review, skipped) = reader.ReadOne(path, manifest.For(name));
        return review is null
            ? new ReadDocument(path, name, hash, false, null, skipped, [])
            : new ReadDocument(path, name, hash, false, review, skipped, ToDocuments(review, hash));
    }

    private static List<Lucene.Net.Documents.Document> ToDocuments(ExtractedReview review, string hash)
    {
        var documents = review.Units.Select(unit => UnitDocuments.ForUnit(unit, review.Review)).ToList();
        documents.Add(UnitDocuments.ForReview(new IndexedReview(
            review.Review, review.Count(UnitKind.Recommendation), review.Count(UnitKind.Action), review.Count(UnitKind.Finding),
            review.Coverage.Fraction, review.Warnings, hash)));
        return documents;
    }

    /// <summary>Adds a document to the new generation in corpus order, giving it a review id no earlier document holds.</summary>
    private DocumentOutcome Add(ReadDocument read, IndexWriter writer, PreviousIndex? previous, ReviewIds ids, Manifest manifest)
    {
        if (read.Unchanged)
        {
            if (previous!.IdOf(read.Name) is { } storedId && ids.HolderOf(storedId) is null && previous.Reuse(read.Name, read.Hash, writer) is { } reused)
            {
                ids.Take(storedId, read.Name);
                return reused;
            }
            // An earlier document now holds its id (a new plan.docx before plan.pdf): it is read again to get its own.
            read = Read(read.Path, manifest, previous: null);
        }
        var name = read.Name;
        if (read.Review is null)
        {
            var reason = read.Skipped?.Reason ?? "no units";
            if (read.Skipped?.Outside != true && previous?.IdOf(name) is { } keptId)
            {
                if (ids.HolderOf(keptId) is { } holder)
                    return new DocumentOutcome(name, DocumentStatus.Skipped, 0, $"{reason}; the units of its previous version are not kept, as their review id '{keptId}' is now the id of {holder}");
                var kept = previous.Keep(name, writer);
                ids.Take(keptId, name);
                return new DocumentOutcome(name, DocumentStatus.KeptPrevious, kept, $"{reason}; the units indexed from its previous version are kept");
            }
            return new DocumentOutcome(name, DocumentStatus.Skipped, 0, reason);
        }
        if (ids.HolderOf(read.Review.Review.Id) is { } taken)
            read = WithOwnId(read, manifest, ids.FreeFrom(read.Review.Review.Id), taken);
        var review = read.Review!;
        ids.Take(review.Review.Id, name);
        foreach (var document in read.Documents) writer.AddDocument(document);
        return new DocumentOutcome(name, DocumentStatus.Indexed, review.Units.Count, review.Warnings.Count == 0 ? null : string.Join(" | ", review.Warnings));
    }

    /// <summary>
    /// Reads the document again under a free id (its unit ids are made from the review id, so the units are read
    /// again too); its warnings are those of the first reading, with the collision in front.
    /// </summary>
    private ReadDocument WithOwnId(ReadDocument read, Manifest manifest, string id, string holder)
    {
        var first = read.Review!;
        var entry = (manifest.For(read.Name) ?? new ManifestEntry { File = read.Name }) with { Id = id };
        var (again, skipped) = reader.ReadOne(read.Path, entry);
        if (again is null) return read with { Review = null, Skipped = skipped, Documents = [] };
        var sources = new Dictionary<string, string>(first.Review.MetadataSources) { ["id"] = $"{first.Review.MetadataSources.GetValueOrDefault("id", "file name")}, made distinct from {holder}" };
        var review = again with
        {
            Review = again.Review with { MetadataSources = sources },
            Warnings = [ReviewIds.Collision(read.Name, first.Review.Id, holder, id), .. first.Warnings],
        };
        return read with { Review = review, Documents = ToDocuments(review, read.Hash) };
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
        // A link is fingerprinted by where it points: its target may be missing, or outside the corpus and never read.
        var parts = documents.Select(d => new FileInfo(d) is var f && f.LinkTarget is { } target ? $"{f.Name}->{target}" : $"{f.Name}:{f.Length}:{f.LastWriteTimeUtc.Ticks}")
            .Append(JsonSerializer.Serialize(manifest.Entries));
        return Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", parts))))[..32];
    }

    private static void TryDelete(string dir)
    {
        try { Directory.Delete(dir, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

public enum DocumentStatus { Indexed, Unchanged, KeptPrevious, Skipped }

/// <summary>What the build did with one document, and why.</summary>
public sealed record DocumentOutcome(string SourceFile, DocumentStatus Status, int Units, string? Message);

public sealed record BuildProgress(int Done, int Total, DocumentOutcome Latest);

public sealed record BuildReport(IReadOnlyList<DocumentOutcome> Documents, int Units, TimeSpan Elapsed, string Generation)
{
    /// <summary>What the build has to say of the corpus or the index as a whole (a damaged generation, a malformed manifest).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public int Count(DocumentStatus status) => Documents.Count(d => d.Status == status);
}
