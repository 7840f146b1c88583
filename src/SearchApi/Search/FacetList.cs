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
        // Ties between counts are broken by name, through ranks the generation computed once (FacetOrdinals).
        var (names, counts, rank) = (tally.Names, tally.Counts, tally.Ranks);
        // A bounded heap keeps the best `limit` values; its head is the worst of them (fewest, then last by name).
        var best = new PriorityQueue<int, long>(limit + 1);
        var counted = 0;
        // A national collection has thousands of reviews, most counted a few times: a value no better than the worst kept is passed over at once.
        var worstKept = long.MinValue;
        var worstCount = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            var count = counts[i];
            if (count == 0) continue;
            counted++;
            if (count < worstCount) continue;
            var key = Key(count, rank[i]);
            if (best.Count < limit) best.Enqueue(i, key);
            else if (key > worstKept) best.EnqueueDequeue(i, key);
            else continue;
            if (best.Count == limit)
            {
                best.TryPeek(out _, out worstKept);
                worstCount = (int)(worstKept >> 32);
            }
        }
        var listed = new List<int>(best.Count);
        while (best.TryDequeue(out var i, out _)) listed.Add(i);
        if (chosen.Count > 0)
        {
            var kept = listed.ToHashSet();
            for (var i = 0; i < counts.Length; i++)
                if (counts[i] > 0 && !kept.Contains(i) && chosen.Contains(names[i], StringComparer.OrdinalIgnoreCase)) listed.Add(i);
        }

        listed.Sort((a, b) => Key(counts[b], rank[b]).CompareTo(Key(counts[a], rank[a])));
        var values = new List<FacetValue>(listed.Count);
        foreach (var i in listed) values.Add(new FacetValue(names[i], label(names[i]), counts[i]));
        return (values, counted - values.Count);
    }

    // Larger is better: more units, then earlier by name.
    private static long Key(int count, int rank) => ((long)count << 32) | (uint)(int.MaxValue - rank);
}
