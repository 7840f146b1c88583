namespace LearningSearch.Bench.Measuring;

/// <summary>Percentiles of a set of timings, in milliseconds.</summary>
public sealed record Latencies(int Count, double P50, double P95, double P99, double Mean, double Max)
{
    public static Latencies Of(IReadOnlyCollection<double> milliseconds)
    {
        if (milliseconds.Count == 0) return new Latencies(0, 0, 0, 0, 0, 0);
        var sorted = milliseconds.Order().ToArray();
        return new Latencies(sorted.Length, Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99), Math.Round(sorted.Average(), 3), Math.Round(sorted[^1], 3));
    }

    // Nearest rank: the smallest timing that at least p% of the timings do not exceed.
    private static double Percentile(double[] sorted, double p)
    {
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return Math.Round(sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)], 3);
    }
}
