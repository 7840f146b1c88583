using LearningSearch.SearchApi.Contracts;

namespace LearningSearch.SearchApi.Search;

/// <summary>
/// The values of one facet to show: the largest counts first, up to a limit, and every value chosen as a filter.
/// A broad search over a national collection matches thousands of reviews and agencies; listing them all made an
/// answer of 300 KB that no one can read, and sorting and labelling them cost more than finding the hits.
/// </summary>
public static class FacetList
{
    public static (List<FacetValue> Values, int NotListed) Top(
        IReadOnlyDictionary<string, int> counts, int limit, Func<string, string> label, Func<string, bool> chosen)
    {
        // A bounded heap keeps the best `limit` values; its head is the worst of them (fewest, then last by name).
        var best = new PriorityQueue<string, (int Count, string Value)>(limit + 1, WorstFirst.Instance);
        foreach (var (value, count) in counts)
        {
            if (best.Count < limit) best.Enqueue(value, (count, value));
            else if (WorstFirst.Instance.Compare((count, value), Peek(best)) > 0) best.EnqueueDequeue(value, (count, value));
        }
        var listed = new HashSet<string>(StringComparer.Ordinal);
        while (best.TryDequeue(out var value, out _)) listed.Add(value);
        foreach (var value in counts.Keys)
            if (!listed.Contains(value) && chosen(value)) listed.Add(value);

        var values = listed
            .OrderByDescending(v => counts[v]).ThenBy(v => v, StringComparer.Ordinal)
            .Select(v => new FacetValue(v, label(v), counts[v]))
            .ToList();
        return (values, counts.Count - values.Count);
    }

    private static (int Count, string Value) Peek(PriorityQueue<string, (int Count, string Value)> queue)
    {
        queue.TryPeek(out _, out var priority);
        return priority;
    }

    private sealed class WorstFirst : IComparer<(int Count, string Value)>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare((int Count, string Value) x, (int Count, string Value) y)
        {
            var byCount = x.Count.CompareTo(y.Count);
            return byCount != 0 ? byCount : string.CompareOrdinal(y.Value, x.Value);
        }
    }
}
