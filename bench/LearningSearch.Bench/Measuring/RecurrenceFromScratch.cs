using System.Diagnostics;

namespace LearningSearch.Bench.Measuring;

/// <summary>
/// The product's recurrence computed again from scratch, as each generation computes it when it is published, so that
/// it is set against FTS5's GROUP BY (computed every time) like for like: a request is answered from the generation's
/// ready matrix, which is not what FTS5 is doing when it answers in a second.
/// </summary>
public static class RecurrenceFromScratch
{
    /// <summary>A few timings of the computation (fewer when it is slow).</summary>
    public static Latencies? Time(ProductSearch product, double coldMs)
    {
        var rounds = coldMs < 2_000 ? 5 : 2;
        var timings = new List<double>(rounds);
        for (var i = 0; i < rounds; i++)
        {
            using var lease = product.Index.Acquire();
            var t = Stopwatch.GetTimestamp();
            product.RecurrenceMatrix.Build(lease.Generation, lease.Searcher);
            timings.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
        return Latencies.Of(timings);
    }
}
