using System.Diagnostics;
using System.Reflection;
using Lucene.Net.Search;

namespace LearningSearch.Bench.Measuring;

/// <summary>
/// The product's recurrence computed again from scratch, past its cache, so that it is set against FTS5's GROUP BY
/// (computed every time) like for like: the host computes it once per index generation and then serves the cached
/// answer, which is not what FTS5 is doing when it answers in a second.
/// </summary>
public static class RecurrenceFromScratch
{
    /// <summary>A few timings of the computation (fewer when it is slow), or null when the product's computation is not reachable.</summary>
    public static Latencies? Time(ProductSearch product, double coldMs)
    {
        // RecurrenceQueries keeps its computation private (it is the cache's factory); the benchmark reaches it by name.
        var compute = product.Recurrence.GetType().GetMethod("Compute", BindingFlags.Instance | BindingFlags.NonPublic, [typeof(IndexSearcher)]);
        if (compute is null) return null;
        var rounds = coldMs < 2_000 ? 5 : 2;
        var timings = new List<double>(rounds);
        for (var i = 0; i < rounds; i++)
        {
            using var lease = product.Index.Acquire();
            var t = Stopwatch.GetTimestamp();
            compute.Invoke(product.Recurrence, [lease.Searcher]);
            timings.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
        return Latencies.Of(timings);
    }
}
