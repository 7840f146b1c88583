using LearningSearch.Index.Generations;
using Lucene.Net.Search;

namespace LearningSearch.Index.Live;

/// <summary>
/// The index generation in service, shared by every request. A rebuild publishes a new generation and
/// <see cref="SwitchTo"/> opens it and builds everything derived from it (<see cref="Generation"/>), then moves new
/// requests to it while searches already under way finish on the old one, which closes after the last of them.
/// </summary>
public sealed class LiveIndex : IDisposable
{
    private readonly object _gate = new();
    private readonly IReadOnlyList<IGenerationPart> _parts;
    private Generation? _current;

    /// <param name="parts">What the searcher side derives from each generation when it is published, built in this order.</param>
    public LiveIndex(IndexLocation location, IEnumerable<IGenerationPart>? parts = null)
    {
        Location = location;
        _parts = parts?.ToList() ?? [];
    }

    public IndexLocation Location { get; }

    /// <summary>Says why no index is open (set by the maintenance that builds it).</summary>
    public Func<string?>? NotReadyMessage { get; set; }

    public bool IsOpen => Volatile.Read(ref _current) is not null;

    /// <summary>The folder of the generation being searched.</summary>
    public string? Folder => Volatile.Read(ref _current)?.Folder;

    /// <summary>The generation being searched, or null while none is open.</summary>
    public Generation? Current => Volatile.Read(ref _current);

    /// <summary>
    /// Opens the generation in <paramref name="folder"/>, builds what it knows, and only then serves it. Throws if it
    /// cannot be opened; the generation served until then goes on serving.
    /// </summary>
    public void SwitchTo(string folder)
    {
        var next = Generation.Open(folder, _parts);
        Generation? old;
        lock (_gate)
        {
            old = _current;
            _current = next;
        }
        old?.Retire();
    }

    /// <summary>A searcher to use for one request; dispose the lease to give it back.</summary>
    public SearcherLease Acquire()
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var generation = Volatile.Read(ref _current) ?? throw new IndexUnavailableException(NotReadyMessage?.Invoke() ?? "The index is not ready yet; it is being built from the corpus.");
            if (generation.TryAcquire(out var searcher)) return new SearcherLease(generation, searcher);
        }
        throw new IndexUnavailableException("The index is being replaced; try again in a moment.");
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _current?.Retire();
            _current = null;
        }
    }
}

/// <summary>A searcher borrowed for one request, with the generation it searches; given back on <see cref="Dispose"/>.</summary>
public readonly struct SearcherLease : IDisposable
{
    internal SearcherLease(Generation generation, IndexSearcher searcher)
    {
        Generation = generation;
        Searcher = searcher;
    }

    public IndexSearcher Searcher { get; }

    /// <summary>The generation searched, with everything derived from it.</summary>
    public Generation Generation { get; }

    public void Dispose() => Generation.Release(Searcher);
}

/// <summary>The index cannot answer now (not built yet, or being replaced): a 503, never a 500.</summary>
public sealed class IndexUnavailableException(string message) : Exception(message);
