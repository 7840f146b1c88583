using System.Runtime.ExceptionServices;
using System.Threading.RateLimiting;
using LearningSearch.SearchApi.Hosting;

namespace LearningSearch.SearchApi.Search;

/// <summary>
/// How the host's cores are shared between searches: how many run at once, how many may wait, and when one search
/// may spread its own work over the cores. One per host (registered in DI), so two hosts in one process, as tests
/// start them, never count each other's searches.
/// </summary>
/// <remarks>
/// Searches take turns: at most one per core runs at a time (<c>Search:AtOnce</c>) and the others wait, in the order
/// they arrived, for a turn; beyond <c>Search:MostWaiting</c> waiting, a search is answered 503 with Retry-After.
/// A search is a few milliseconds of work for a core with nothing to wait on: run four at once on two cores, the cores
/// switch between them and each finds its postings and facet tables cold, and the longest searches (a practitioner's
/// question over a national collection) wait on every other. Measured at 5,000 reviews with four clients, nine
/// alternating pairs (docs/benchmarks.md): 5 % more answers a second on average, less CPU an answer in eight pairs
/// and a lower p99 in seven. Taking turns also keeps a lone search free to spread over the cores: a search may spread
/// its work (its segments, its page of hits) only while it is the only one under way per two cores; under load every
/// core is already busy with a search of its own, and splitting one then only makes it wait for the pieces it handed out.
/// </remarks>
public sealed class SearchTurns : IDisposable
{
    private readonly ConcurrencyLimiter? _turns;
    private readonly int _cores;
    private int _underWay;

    public SearchTurns(LearningSearchOptions options) : this(options.SearchesAtOnce, options.SearchesWaiting, Environment.ProcessorCount)
    {
    }

    /// <param name="atOnce">Searches given a turn at the same time; 0 for no limit.</param>
    /// <param name="mostWaiting">Searches that may wait for a turn; one more is turned away.</param>
    /// <param name="cores">The cores the searches share (the machine's, except in tests).</param>
    public SearchTurns(int atOnce, int mostWaiting, int cores)
    {
        _cores = cores;
        if (atOnce <= 0) return;
        _turns = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = atOnce,
            QueueLimit = mostWaiting,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>Why a search was turned away, for the 503 answer.</summary>
    public const string TurnedAway = "So many searches are waiting that this one was not queued; try again in a moment.";

    /// <summary>Waits for a turn to search; dispose the turn when the search is done. Null when too many are waiting already.</summary>
    public async ValueTask<Turn?> WaitAsync(CancellationToken cancel)
    {
        if (_turns is null) return new Turn(null);
        var lease = await _turns.AcquireAsync(1, cancel);
        if (lease.IsAcquired) return new Turn(lease);
        lease.Dispose();
        return null;
    }

    /// <summary>Counts a search as under way (whether or not it waited for a turn) until the work is disposed.</summary>
    public Work Begin()
    {
        Interlocked.Increment(ref _underWay);
        return new Work(this);
    }

    /// <summary>Searches under way now.</summary>
    public int UnderWay => Volatile.Read(ref _underWay);

    /// <summary>Whether a search that has begun may spread its work now: the only one under way per two cores.</summary>
    public bool MaySpread => _cores >= 2 && UnderWay <= Math.Max(1, _cores / 2);

    /// <summary>
    /// Does <paramref name="count"/> pieces of one search's work, shared between the cores or one after another on this
    /// thread. Either way a failure surfaces as the exception a loop on one thread would raise (a closed or damaged
    /// index), not wrapped in an AggregateException that the error handling would not recognise.
    /// </summary>
    public static void Share(int count, bool inParallel, Action<int> piece)
    {
        if (!inParallel)
        {
            for (var i = 0; i < count; i++) piece(i);
            return;
        }
        try
        {
            Parallel.For(0, count, piece);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }

    public void Dispose() => _turns?.Dispose();

    /// <summary>A search's turn, given back on dispose.</summary>
    public readonly struct Turn(RateLimitLease? lease) : IDisposable
    {
        public void Dispose() => lease?.Dispose();
    }

    /// <summary>A search under way, counted off on dispose.</summary>
    public readonly struct Work(SearchTurns turns) : IDisposable
    {
        /// <summary>Whether this search may spread its work over the cores now.</summary>
        public bool MaySpread => turns.MaySpread;

        public void Dispose() => Interlocked.Decrement(ref turns._underWay);
    }
}
