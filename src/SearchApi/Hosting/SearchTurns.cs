using System.Threading.RateLimiting;

namespace LearningSearch.SearchApi.Hosting;

/// <summary>
/// Searches take turns: at most one per core runs at a time (<c>Search:AtOnce</c>) and the others wait, in the order
/// they arrived, for a turn; beyond <c>Search:MostWaiting</c> waiting, a search is answered 503 with Retry-After.
/// A search is a few milliseconds of work for a core with nothing to wait on: run four at once on two cores, the cores
/// switch between them and each finds its postings and facet tables cold, and the longest searches (a practitioner's
/// question over a national collection) wait on every other. Measured at 5,000 reviews with four clients, nine
/// alternating pairs (docs/benchmarks.md): 5 % more answers a second on average, less CPU an answer in eight pairs
/// and a lower p99 in seven. Taking turns also keeps a lone search free to spread over the cores.
/// </summary>
public sealed class SearchTurns : IDisposable
{
    private readonly ConcurrencyLimiter? _turns;

    public SearchTurns(LearningSearchOptions options)
    {
        if (options.SearchesAtOnce <= 0) return;
        _turns = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = options.SearchesAtOnce,
            QueueLimit = options.SearchesWaiting,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>Waits for a turn to search; dispose the turn when the search is done.</summary>
    /// <exception cref="SearchesQueuedException">When too many searches are waiting already.</exception>
    public async ValueTask<Turn> WaitAsync(CancellationToken cancel)
    {
        if (_turns is null) return default;
        var lease = await _turns.AcquireAsync(1, cancel);
        if (lease.IsAcquired) return new Turn(lease);
        lease.Dispose();
        throw new SearchesQueuedException("So many searches are waiting that this one was not queued; try again in a moment.");
    }

    public void Dispose() => _turns?.Dispose();

    /// <summary>A search's turn, given back on dispose.</summary>
    public readonly struct Turn(RateLimitLease? lease) : IDisposable
    {
        public void Dispose() => lease?.Dispose();
    }
}

/// <summary>The search was not queued because too many are waiting: answered 503 with Retry-After.</summary>
public sealed class SearchesQueuedException(string message) : Exception(message);
