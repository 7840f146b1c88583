using System.Diagnostics;
using LearningSearch.Index.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace LearningSearch.Index.Generations;

/// <summary>
/// One published index generation in service, and everything derived from it: its catalogue of reviews and themes,
/// its facet tables, and the parts the searcher side adds (<see cref="IGenerationPart"/>). All of it is built by
/// <see cref="Open"/>, before the generation serves a request, so the first request after a rebuild or an <c>add</c>
/// pays nothing for it; it lives exactly as long as the generation's files are open.
/// </summary>
/// <remarks>
/// The generation's <see cref="SearcherManager"/> is never refreshed: a generation's files never change, a new
/// build publishes a new generation. So one reader, and one searcher, serve it from start to end.
/// </remarks>
public sealed class Generation
{
    private readonly Lucene.Net.Store.Directory _directory;
    private readonly SearcherManager _manager;
    private readonly Dictionary<Type, object> _parts = [];
    private readonly object _gate = new();
    private int _users;
    private bool _retired;

    private Generation(string folder)
    {
        Folder = folder;
        _directory = new MappedIndexDirectory(new DirectoryInfo(folder));
        try
        {
            _manager = new SearcherManager(_directory, new Searchers(this));
        }
        catch
        {
            _directory.Dispose();
            throw;
        }
    }

    /// <summary>The folder of the generation's files.</summary>
    public string Folder { get; }

    /// <summary>The reviews, and per theme the units and reviews that raise it.</summary>
    public CorpusCatalog Catalog { get; private set; } = null!;

    /// <summary>Every facet value of the generation numbered once, with each segment's values.</summary>
    public FacetOrdinals Facets { get; private set; } = null!;

    /// <summary>How long each derived part took to build when the generation was published, in order.</summary>
    public IReadOnlyList<(string Part, TimeSpan Took)> BuildTimes { get; private set; } = [];

    /// <summary>A part the searcher side derived from this generation when it was published.</summary>
    public T Get<T>() where T : class =>
        _parts.TryGetValue(typeof(T), out var part) ? (T)part : throw new InvalidOperationException($"No {typeof(T).Name} was built for this generation; register its IGenerationPart with the live index.");

    /// <summary>The generation a searcher handed out by a live index searches, or null for any other searcher.</summary>
    public static Generation? Of(IndexSearcher searcher) => (searcher as Searcher)?.Generation;

    /// <summary>Opens a generation's files and builds everything derived from it. Throws if it cannot be opened.</summary>
    public static Generation Open(string folder, IReadOnlyList<IGenerationPart> parts)
    {
        var generation = new Generation(folder);
        try
        {
            generation.Derive(parts);
            return generation;
        }
        catch
        {
            generation.Close();
            throw;
        }
    }

    private void Derive(IReadOnlyList<IGenerationPart> parts)
    {
        var searcher = _manager.Acquire();
        try
        {
            var times = new List<(string, TimeSpan)>();
            var clock = Stopwatch.StartNew();
            Facets = FacetOrdinals.Of(searcher.IndexReader);
            times.Add((nameof(Facets), clock.Elapsed));
            clock.Restart();
            Catalog = CorpusCatalog.Of(searcher, Facets);
            times.Add((nameof(Catalog), clock.Elapsed));
            foreach (var part in parts)
            {
                clock.Restart();
                _parts[part.Kind] = part.Build(this, searcher);
                times.Add((part.Kind.Name, clock.Elapsed));
            }
            BuildTimes = times;
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    /// <summary>A searcher for one request, unless the generation has been retired; give it back with <see cref="Release"/>.</summary>
    internal bool TryAcquire(out IndexSearcher searcher)
    {
        lock (_gate)
        {
            if (_retired) { searcher = null!; return false; }
            _users++;
        }
        searcher = _manager.Acquire();
        return true;
    }

    internal void Release(IndexSearcher searcher)
    {
        _manager.Release(searcher);
        bool close;
        lock (_gate) close = --_users == 0 && _retired;
        if (close) Close();
    }

    /// <summary>Takes no more requests; closes once the searches under way have finished.</summary>
    internal void Retire()
    {
        bool close;
        lock (_gate)
        {
            _retired = true;
            close = _users == 0;
        }
        if (close) Close();
    }

    private void Close()
    {
        foreach (var part in _parts.Values.OfType<IDisposable>()) part.Dispose();
        _parts.Clear();
        _manager.Dispose();
        _directory.Dispose();
    }

    /// <summary>A searcher that knows its generation, scoring with BM25 (Lucene 4.8's default is TF-IDF).</summary>
    private sealed class Searcher(IndexReader reader, Generation generation) : IndexSearcher(reader)
    {
        public Generation Generation { get; } = generation;
    }

    private sealed class Searchers(Generation generation) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new Searcher(reader, generation) { Similarity = new BM25Similarity() };
    }
}
