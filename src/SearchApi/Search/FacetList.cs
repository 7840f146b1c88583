using LearningSearch.SearchApi.Contracts;

namespace LearningSearch.SearchApi.Search;

/// <summary>
/// The values of one facet to show: the largest counts first, up to a limit, and every value chosen as a filter.
/// A broad search over a national collection matches thousands of reviews and agencies; listing them all made an
/// answer of 300 KB that no one can read, and sorting and labelling them cost more than finding the hits.
/// </summary>
public static class FacetList
{
    /// <summary>The values with the largest counts, at most <paramref name="limit"/>, and those of <paramref name="chosen"/> (in any case) that were counted.</summary>
    public static (List<FacetValue> Values, int NotListed) Top(FacetTally tally, int limit, Func<string, string> label, IReadOnlyCollection<string> chosen)
    {
        var (names, counts) = (tally.Names, tally.Counts);
        // A bounded heap keeps the best `limit` values; its head is the worst of them (fewest, then last by name).
        var best = new PriorityQueue<int, (int Count, string Value)>(limit + 1, WorstFirst.Instance);
        var counted = 0;
        // A national collection has thousands of reviews, most counted a few times: a count below the worst kept is passed over at once.
        var worstKept = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] == 0) continue;
            counted++;
            if (best.Count < limit) best.Enqueue(i, (counts[i], names[i]));
            else if (counts[i] >= worstKept && WorstFirst.Instance.Compare((counts[i], names[i]), Peek(best)) > 0) best.EnqueueDequeue(i, (counts[i], names[i]));
            else continue;
            if (best.Count == limit) worstKept = Peek(best).Count;
        }
        var listed = new HashSet<int>();
        while (best.TryDequeue(out var i, out _)) listed.Add(i);
        if (chosen.Count > 0)
            for (var i = 0; i < counts.Length; i++)
                if (counts[i] > 0 && !listed.Contains(i) && chosen.Contains(names[i], StringComparer.OrdinalIgnoreCase)) listed.Add(i);

        var values = listed
            .OrderByDescending(i => counts[i]).ThenBy(i => names[i], StringComparer.Ordinal)
            .Select(i => new FacetValue(names[i], label(names[i]), counts[i]))
            .ToList();
        return (values, counted - values.Count);
    }

    private static (int Count, string Value) Peek(PriorityQueue<int, (int Count, string Value)> queue)
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
