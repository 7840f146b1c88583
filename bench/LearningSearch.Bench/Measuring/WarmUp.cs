using System.Diagnostics;

namespace LearningSearch.Bench.Measuring;

/// <summary>How a warm-up ended: the rounds it took, each round's median, and whether two rounds in a row agreed.</summary>
public sealed record WarmUpReport(int Rounds, IReadOnlyList<double> RoundMedians, bool Settled, double Seconds)
{
    public string Describe() =>
        $"{Rounds} warm-up rounds in {Seconds:F1} s ({(Settled ? "settled" : "not settled, stopped at the cap")}; round medians {string.Join(" ", RoundMedians.Select(m => m.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))} ms)";
}

/// <summary>
/// Warms the search code until its timings settle: rounds of the query mix until two rounds in a row have medians
/// within a tenth of each other (after at least three rounds and two seconds), up to a cap. A fixed warm-up was too
/// short on a loaded machine: a profile's p50 drifted from 4.8 to 1.3 ms within one run while the JIT moved the hot
/// code to its optimised tier and the caches filled.
/// </summary>
public static class WarmUp
{
    public const double Agreement = 0.10;

    /// <param name="round">Runs one round and returns its searches' timings in milliseconds.</param>
    public static WarmUpReport UntilSettled(Func<IReadOnlyList<double>> round, int leastRounds = 3, double leastSeconds = 2, int mostRounds = 30, double mostSeconds = 120)
    {
        var clock = Stopwatch.StartNew();
        var medians = new List<double>();
        while (true)
        {
            medians.Add(Latencies.Of(round().ToList()).P50);
            var settled = medians.Count >= 2 && Agree(medians[^2], medians[^1]);
            var enough = medians.Count >= leastRounds && clock.Elapsed.TotalSeconds >= leastSeconds;
            if (settled && enough) return new WarmUpReport(medians.Count, medians, true, Math.Round(clock.Elapsed.TotalSeconds, 1));
            if (medians.Count >= mostRounds || clock.Elapsed.TotalSeconds >= mostSeconds)
                return new WarmUpReport(medians.Count, medians, false, Math.Round(clock.Elapsed.TotalSeconds, 1));
        }
    }

    /// <summary>Two medians agree when they differ by at most a tenth of the larger.</summary>
    public static bool Agree(double a, double b) => Math.Abs(a - b) <= Agreement * Math.Max(a, b);

    /// <summary>Times each search of a round, in milliseconds.</summary>
    public static IReadOnlyList<double> Time<T>(IEnumerable<T> searches, Action<T> search)
    {
        var timings = new List<double>();
        foreach (var s in searches)
        {
            var t = Stopwatch.GetTimestamp();
            search(s);
            timings.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
        return timings;
    }
}
