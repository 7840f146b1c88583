using System.Globalization;
using Lucene.Net.Index;

namespace LearningSearch.Index.Generations;

/// <summary>
/// Numbers every facet value of a whole index (all its segments) once, and says for each segment which index-wide
/// number each of its own ordinals has. A search can then count into one array per facet and add segments' counts
/// by position, instead of naming every value of every segment in a dictionary: a broad search at 500,000 units
/// touches thousands of reviews and a thousand agencies, and building those dictionaries cost more than counting.
/// Computed once per index generation, when it is published, from its segments' <see cref="SegmentFacets"/>.
/// </summary>
public sealed class FacetOrdinals
{
    private readonly Segment[] _segments;

    private FacetOrdinals(IndexReader reader)
    {
        var themes = new Numbering();
        var reviews = new Numbering();
        var kinds = new Numbering();
        var agencies = new Numbering();
        var years = new Numbering();
        _segments = reader.Leaves.Select(leaf =>
        {
            var values = SegmentFacets.Of(leaf.AtomicReader);
            return new Segment(
                values,
                themes.Map(values.Themes),
                reviews.Map(values.Reviews),
                kinds.Map(values.Kinds),
                agencies.Map(values.Agencies),
                years.Map(values.YearValues.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToArray()));
        }).ToArray();
        Themes = themes.Names;
        Reviews = reviews.Names;
        Kinds = kinds.Names;
        Agencies = agencies.Names;
        Years = years.Names;
        (ThemeRanks, ReviewRanks, KindRanks, AgencyRanks, YearRanks) = (RankByName(Themes), RankByName(Reviews), RankByName(Kinds), RankByName(Agencies), RankByName(Years));
    }

    public string[] Themes { get; }
    public string[] Reviews { get; }
    public string[] Kinds { get; }
    public string[] Agencies { get; }

    /// <summary>The years, as text ("2017").</summary>
    public string[] Years { get; }

    // Each facet's names ranked by name, by position: ties between counts are broken by name, and comparing ranks
    // instead of strings keeps a national review facet (5,000 names, most counted a few times, many tied) from
    // comparing strings thousands of times a search.
    public int[] ThemeRanks { get; }
    public int[] ReviewRanks { get; }
    public int[] KindRanks { get; }
    public int[] AgencyRanks { get; }
    public int[] YearRanks { get; }

    /// <summary>Numbers the facet values of an index (its top-level reader), reading each segment's doc values.</summary>
    public static FacetOrdinals Of(IndexReader topLevel) => new(topLevel);

    /// <summary>Position i holds the rank of names[i] among the names in ordinal order.</summary>
    public static int[] RankByName(string[] names)
    {
        var order = Enumerable.Range(0, names.Length).ToArray();
        Array.Sort(order, (a, b) => string.CompareOrdinal(names[a], names[b]));
        var rank = new int[names.Length];
        for (var r = 0; r < order.Length; r++) rank[order[r]] = r;
        return rank;
    }

    /// <summary>The segment at the given position among the index's leaves.</summary>
    public Segment Of(int leaf) => _segments[leaf];

    /// <summary>A segment's facet values and, per facet, the index-wide number of each of its ordinals.</summary>
    public sealed record Segment(SegmentFacets Values, int[] Themes, int[] Reviews, int[] Kinds, int[] Agencies, int[] Years);

    private sealed class Numbering
    {
        private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
        private readonly List<string> _names = [];

        public string[] Names => [.. _names];

        public int[] Map(string[] segmentNames) => segmentNames.Select(name =>
        {
            if (_numbers.TryGetValue(name, out var number)) return number;
            _numbers[name] = number = _names.Count;
            _names.Add(name);
            return number;
        }).ToArray();
    }
}
