using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LearningSearch.SearchApi.Search;

/// <summary>
/// Counts every matching unit by theme, review, kind, agency and year from doc values, run beside the
/// top-hits collector so facets describe the whole result set, not only the page (the Facet package is not
/// available for Lucene.Net 4.8 here).
/// </summary>
public sealed class FacetCounter : ICollector
{
    private readonly Dictionary<string, int> _themes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _reviews = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _kinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _agencies = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _years = [];

    private Segment? _segment;

    public IReadOnlyDictionary<string, int> Themes => _themes;
    public IReadOnlyDictionary<string, int> Reviews => _reviews;
    public IReadOnlyDictionary<string, int> Kinds => _kinds;
    public IReadOnlyDictionary<string, int> Agencies => _agencies;
    public IReadOnlyDictionary<int, int> Years => _years;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _segment?.Flush(this);
        _segment = new Segment(context.AtomicReader);
    }

    public void Collect(int doc) => CountAndGetKind(doc);

    /// <summary>Counts the document and says its kind's name ordinal in the current segment (see <see cref="KindNames"/>).</summary>
    internal int CountAndGetKind(int doc) => _segment!.Count(doc);

    /// <summary>The current segment's kind names, by ordinal.</summary>
    internal string[] KindNames => _segment?.KindNames ?? [];

    /// <summary>Adds the counts of another counter (of other segments of the same index) to this one; both finished.</summary>
    public void Add(FacetCounter other)
    {
        foreach (var (mine, theirs) in new[] { (_themes, other._themes), (_reviews, other._reviews), (_kinds, other._kinds), (_agencies, other._agencies) })
            foreach (var (value, count) in theirs) AddTo(mine, value, count);
        foreach (var (year, count) in other._years) AddTo(_years, year, count);
    }

    /// <summary>Call once the search is done, to fold the last segment's counts in.</summary>
    public FacetCounter Finish()
    {
        _segment?.Flush(this);
        _segment = null;
        return this;
    }

    // Counting by per-segment ordinal over the segment's cached arrays, resolving names once per segment, keeps Collect cheap.
    private sealed class Segment
    {
        private readonly SegmentFacets _values;
        private readonly int[] _themeCounts;
        private readonly int[] _agencyCounts;
        private readonly int[] _reviewCounts;
        private readonly int[] _kindCounts;
        private readonly int[] _yearCounts;

        public Segment(AtomicReader reader)
        {
            _values = SegmentFacets.For(reader);
            _themeCounts = new int[_values.Themes.Length];
            _agencyCounts = new int[_values.Agencies.Length];
            _reviewCounts = new int[_values.Reviews.Length];
            _kindCounts = new int[_values.Kinds.Length];
            _yearCounts = new int[_values.YearValues.Length];
        }

        public string[] KindNames => _values.Kinds;

        public int Count(int doc) => _values.Count(doc, _reviewCounts, _kindCounts, _yearCounts, _themeCounts, _agencyCounts);

        public void Flush(FacetCounter into)
        {
            Add(into._themes, _values.Themes, _themeCounts);
            Add(into._agencies, _values.Agencies, _agencyCounts);
            Add(into._reviews, _values.Reviews, _reviewCounts);
            Add(into._kinds, _values.Kinds, _kindCounts);
            Add(into._years, _values.YearValues, _yearCounts);
        }

        private static void Add<TValue>(Dictionary<TValue, int> counts, TValue[] values, int[] segmentCounts)
            where TValue : notnull
        {
            for (var i = 0; i < segmentCounts.Length; i++)
                if (segmentCounts[i] > 0) AddTo(counts, values[i], segmentCounts[i]);
        }
    }

    private static void AddTo<TValue>(Dictionary<TValue, int> counts, TValue value, int count)
        where TValue : notnull => counts[value] = counts.GetValueOrDefault(value) + count;
}
