using LearningSearch.Index.Generations;

namespace LearningSearch.SearchApi.Search;

/// <summary>The counts of one facet over a search's matches: Counts[i] units have value Names[i], the Ranks[i]-th name by name.</summary>
public readonly record struct FacetTally(string[] Names, int[] Counts, int[] Ranks)
{
    /// <summary>Counts of names not yet ranked (ranked here, once).</summary>
    public FacetTally(string[] names, int[] counts) : this(names, counts, FacetOrdinals.RankByName(names))
    {
    }

    /// <summary>The values counted at least once, with their counts.</summary>
    public Dictionary<string, int> ToDictionary()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Counts.Length; i++)
            if (Counts[i] > 0) counts[Names[i]] = Counts[i];
        return counts;
    }
}
