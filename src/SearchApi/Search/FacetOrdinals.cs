using System.Globalization;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace LearningSearch.SearchApi.Search;

/// <summary>
/// Numbers every facet value of a whole index (all its segments) once, and says for each segment which index-wide
/// number each of its own ordinals has. A search can then count into one array per facet and add segments' counts
/// by position, instead of naming every value of every segment in a dictionary: a broad search at 500,000 units
/// touches thousands of reviews and a thousand agencies, and building those dictionaries cost more than counting.
/// Computed once per index generation, from the segments' cached <see cref="SegmentFacets"/>.
/// </summary>
internal sealed class FacetOrdinals
{
    private static readonly ConditionalWeakTable<object, FacetOrdinals> Cache = new();

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
            var values = SegmentFacets.For(leaf.AtomicReader);
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
    }

    public string[] Themes { get; }
    public string[] Reviews { get; }
    public string[] Kinds { get; }
    public string[] Agencies { get; }

    /// <summary>The years, as text ("2017").</summary>
    public string[] Years { get; }

    public static FacetOrdinals For(IndexReader topLevel) => Cache.GetValue(topLevel.CoreCacheKey, _ => new FacetOrdinals(topLevel));

    /// <summary>The segment at the given position among the index's leaves.</summary>
    public Segment Of(int leaf) => _segments[leaf];

    /// <summary>A segment's facet values and, per facet, the index-wide number of each of its ordinals.</summary>
    internal sealed record Segment(SegmentFacets Values, int[] Themes, int[] Reviews, int[] Kinds, int[] Agencies, int[] Years);

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
