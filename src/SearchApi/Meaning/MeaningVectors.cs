using System.Diagnostics;
using LearningSearch.Index.Schema;
using LearningSearch.Index.Units;
using LearningSearch.Meaning;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LearningSearch.SearchApi.Meaning;

/// <summary>
/// The meaning vectors of one generation's units. They are made in the background after the generation is published,
/// so its words are searchable at once; until they are all made, searches use words alone and say how far it has got.
/// The vectors are kept beside the generation's files (<see cref="FileName"/>), so a restart reads them instead of
/// making them again, and a new generation embeds only the units whose text is new or changed since the last one.
/// </summary>
public sealed class MeaningVectors : IDisposable
{
    /// <summary>The file in the generation's folder that holds its vectors.</summary>
    public const string FileName = UnitVectorsFile.InGeneration;

    // Units handed to the model between checks for a stop and progress reports: a few hundred milliseconds of work.
    private const int Slice = 16;

    private readonly CancellationTokenSource _stop = new();
    private readonly Task _filling;
    private readonly ILogger _log;
    private Ready? _ready;
    private int _done;
    private int _total = -1;
    private string? _offBecause;

    internal MeaningVectors(string folder, IndexSearcher searcher, MeaningEngine engine, UnitVectors? previous, Action<UnitVectors> made, ILogger log)
    {
        _log = log;
        // A thread of its own, not the pool's: filling a large generation is minutes of steady work.
        _filling = Task.Factory.StartNew(() => Fill(folder, searcher, engine, previous, made), _stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
    }

    /// <summary>Where the filling has got.</summary>
    public MeaningReadiness Readiness
    {
        get
        {
            if (Volatile.Read(ref _ready) is { } ready) return new MeaningReadiness(MeaningStage.Ready, ready.Vectors.Count, ready.Vectors.Count);
            if (Volatile.Read(ref _offBecause) is { } why) return new MeaningReadiness(MeaningStage.Off, 0, 0, why);
            return new MeaningReadiness(MeaningStage.Filling, Volatile.Read(ref _done), Volatile.Read(ref _total));
        }
    }

    /// <summary>Completes when the vectors are ready or cannot be made (for tests and tools that wait for it).</summary>
    public Task Filled => _filling;

    /// <summary>
    /// The units nearest in meaning to a question, best first, among the index documents <paramref name="allowed"/> lets
    /// through (null: all), as (index document, similarity); empty until the vectors are ready.
    /// </summary>
    public IReadOnlyList<(int Doc, float Similarity)> Nearest(ReadOnlySpan<float> question, int count, Func<int, bool>? allowed)
    {
        if (Volatile.Read(ref _ready) is not { } ready || question.Length != ready.Vectors.Dimensions) return [];
        var docs = ready.Docs;
        var hits = ready.Vectors.NearestAt(question, count, allowed is null ? null : position => allowed(docs[position]));
        return hits.Select(h => (docs[h.Position], h.Similarity)).ToList();
    }

    /// <summary>The similarity of a unit (by index document) to a question; null until ready, or for a document without a vector.</summary>
    public float? Similarity(ReadOnlySpan<float> question, int doc)
    {
        if (Volatile.Read(ref _ready) is not { } ready || !ready.PositionOf.TryGetValue(doc, out var position)) return null;
        return System.Numerics.Tensors.TensorPrimitives.Dot(ready.Vectors.VectorAtPosition(position), question);
    }

    /// <summary>A question's dot product with a unit's vector (by the unit's id); null until ready or for a unit without one.</summary>
    public float? SimilarityToUnit(ReadOnlySpan<float> question, string unitId) =>
        Volatile.Read(ref _ready) is { } ready && ready.Vectors.Contains(unitId)
            ? System.Numerics.Tensors.TensorPrimitives.Dot(ready.Vectors.VectorOf(unitId), question)
            : null;

    /// <summary>The vector of a unit (by its id), or null until ready or for a unit without one.</summary>
    public float[]? VectorOfUnit(string unitId) =>
        Volatile.Read(ref _ready) is { } ready && ready.Vectors.Contains(unitId) ? ready.Vectors.VectorOf(unitId).ToArray() : null;

    /// <summary>
    /// Something derived from the vectors once they are ready (the recurrence's pairs by meaning), made once and kept
    /// with them; null until they are ready. Keyed by its type.
    /// </summary>
    public T? Derived<T>(Func<MeaningVectors, T> make) where T : class
    {
        if (Volatile.Read(ref _ready) is null) return null;
        return (T)_derived.GetOrAdd(typeof(T), _ => make(this));
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, object> _derived = new();

    /// <summary>The vector of a unit (by index document), or null.</summary>
    public float[]? VectorOf(int doc) =>
        Volatile.Read(ref _ready) is { } ready && ready.PositionOf.TryGetValue(doc, out var position) ? ready.Vectors.VectorAtPosition(position).ToArray() : null;

    private async Task Fill(string folder, IndexSearcher searcher, MeaningEngine engine, UnitVectors? previous, Action<UnitVectors> made)
    {
        try
        {
            var encoder = await engine.Loaded.ConfigureAwait(false);
            if (encoder is null)
            {
                Volatile.Write(ref _offBecause, engine.OffBecause ?? "the meaning model could not be loaded");
                return;
            }
            var clock = Stopwatch.StartNew();
            var (units, docs) = Units(searcher, _stop.Token);
            Volatile.Write(ref _total, units.Count);
            var path = Path.Combine(folder, FileName);
            var kept = UnitVectorsFile.TryRead(path, encoder.ModelName, Unreadable);
            var seed = kept ?? previous ?? UnitVectorsFile.NewestBeside(folder, encoder.ModelName, Unreadable);
            var built = UnitVectorsBuild.Build(units, encoder, seed, Slice, new Counter(this), _stop.Token);
            if (kept is null || built.Embedded > 0 || kept.Count != units.Count) Keep(built.Vectors, path);
            var positions = new Dictionary<int, int>(docs.Length);
            for (var i = 0; i < docs.Length; i++) positions[docs[i]] = i;
            Volatile.Write(ref _ready, new Ready(built.Vectors, docs, positions));
            made(built.Vectors);
            _log.LogInformation("Search by meaning ready for {Units} units ({Embedded} embedded, {Reused} reused) in {Seconds:F1} s.", units.Count, built.Embedded, built.Reused, clock.Elapsed.TotalSeconds);
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            Volatile.Write(ref _offBecause, "the index generation it was being made for was replaced");
        }
        // The generation closed under the fill (a rebuild replaced it): nothing to serve any more.
        catch (ObjectDisposedException)
        {
            Volatile.Write(ref _offBecause, "the index generation it was being made for was replaced");
        }
        catch (Exception e)
        {
            _log.LogError(e, "The meaning vectors could not be made; searches use words alone.");
            Volatile.Write(ref _offBecause, $"its vectors could not be made ({e.GetType().Name}: {e.Message})");
        }
    }

    /// <summary>Every unit of the generation with the text its meaning is read from, and its index document.</summary>
    private static (List<UnitText> Units, int[] Docs) Units(IndexSearcher searcher, CancellationToken stop)
    {
        var every = MeaningText.OfEveryUnit(searcher, stop).ToList();
        return (every.Select(u => new UnitText(u.UnitId, u.Text)).ToList(), every.Select(u => u.Doc).ToArray());
    }

    private void Unreadable(string path, string reason) =>
        _log.LogWarning("The meaning vectors in {File} could not be read ({Reason}); they are made again.", Path.GetFileName(path), reason);

    private void Keep(UnitVectors vectors, string path)
    {
        try
        {
            UnitVectorsFile.Write(vectors, path);
        }
        // Searching by meaning does not need the file; only the next start would make the vectors again.
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _log.LogWarning("The meaning vectors could not be kept beside the index ({Reason}); the next start makes them again.", e.Message);
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        // The fill stops at its next slice; waiting for it keeps it from reading a generation being closed.
        try { _filling.Wait(TimeSpan.FromSeconds(10)); }
        catch (AggregateException) { }
        _stop.Dispose();
    }

    private sealed record Ready(UnitVectors Vectors, int[] Docs, Dictionary<int, int> PositionOf);

    private sealed class Counter(MeaningVectors vectors) : IProgress<int>
    {
        public void Report(int value) => Volatile.Write(ref vectors._done, value);
    }
}
