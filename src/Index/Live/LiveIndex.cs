using LearningSearch.Index.Storage;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace LearningSearch.Index.Live;

/// <summary>
/// The index generation in service, shared by every request. Searchers come from a SearcherManager
/// (one per generation); a rebuild publishes a new generation and <see cref="SwitchTo"/> moves new requests
/// to it while searches already under way finish on the old one.
/// </summary>
public sealed class LiveIndex : IDisposable
{
    private readonly object _gate = new();
    private Generation? _current;

    public LiveIndex(IndexLocation location) => Location = location;

    public IndexLocation Location { get; }

    /// <summary>Says why no index is open (set by the maintenance that builds it).</summary>
    public Func<string?>? NotReadyMessage { get; set; }

    public bool IsOpen => Volatile.Read(ref _current) is not null;

    /// <summary>The folder of the generation being searched.</summary>
    public string? Folder => Volatile.Read(ref _current)?.Folder;

    /// <summary>Opens the generation the index folder names as current. Throws if it cannot be opened.</summary>
    public void SwitchTo(string folder)
    {
        var next = new Generation(folder);
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

    internal sealed class Generation
    {
        private readonly Lucene.Net.Store.Directory _directory;
        private readonly SearcherManager _manager;
        private int _users;
        private bool _retired;

        public Generation(string folder)
        {
            Folder = folder;
            _directory = new MappedIndexDirectory(new DirectoryInfo(folder));
            _manager = new SearcherManager(_directory, new Bm25SearcherFactory());
        }

        public string Folder { get; }

        public bool TryAcquire(out IndexSearcher searcher)
        {
            lock (this)
            {
                if (_retired) { searcher = null!; return false; }
                _users++;
            }
            searcher = _manager.Acquire();
            return true;
        }

        public void Release(IndexSearcher searcher)
        {
            _manager.Release(searcher);
            bool close;
            lock (this) close = --_users == 0 && _retired;
            if (close) Close();
        }

        public void Retire()
        {
            bool close;
            lock (this)
            {
                _retired = true;
                close = _users == 0;
            }
            if (close) Close();
        }

        private void Close()
        {
            _manager.Dispose();
            _directory.Dispose();
        }
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(Lucene.Net.Index.IndexReader reader) =>
            new(reader) { Similarity = new BM25Similarity() };
    }
}

/// <summary>A searcher borrowed for one request, given back on <see cref="Dispose"/>.</summary>
public readonly struct SearcherLease : IDisposable
{
    private readonly LiveIndex.Generation _generation;

    internal SearcherLease(LiveIndex.Generation generation, IndexSearcher searcher)
    {
        _generation = generation;
        Searcher = searcher;
    }

    public IndexSearcher Searcher { get; }

    public void Dispose() => _generation.Release(Searcher);
}

/// <summary>The index cannot answer now (not built yet, or being replaced): a 503, never a 500.</summary>
public sealed class IndexUnavailableException(string message) : Exception(message);
