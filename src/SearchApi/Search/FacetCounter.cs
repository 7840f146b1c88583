using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

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

    // The matches of a segment are noted as they are collected, in whatever order the scorer finds them, and counted
    // once it is done, in document order, by per-segment ordinal over the segment's cached values; names are
    // resolved once per segment.
    private sealed class Segment
    {
        private readonly SegmentFacets _values;
        private readonly FixedBitSet _matches;

        public Segment(AtomicReader reader)
        {
            _values = SegmentFacets.For(reader);
            _matches = new FixedBitSet(reader.MaxDoc);
        }

        public string[] KindNames => _values.Kinds;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Count(int doc)
        {
            _matches.Set(doc);
            return _values.KindOf(doc);
        }

        public void Flush(FacetCounter into)
        {
            var themes = new int[_values.Themes.Length];
            var agencies = new int[_values.Agencies.Length];
            var reviews = new int[_values.Reviews.Length];
            var kinds = new int[_values.Kinds.Length];
            var years = new int[_values.YearValues.Length];
            _values.Count(_matches, reviews, kinds, years, themes, agencies);
            Add(into._themes, _values.Themes, themes);
            Add(into._agencies, _values.Agencies, agencies);
            Add(into._reviews, _values.Reviews, reviews);
            Add(into._kinds, _values.Kinds, kinds);
            Add(into._years, _values.YearValues, years);
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
