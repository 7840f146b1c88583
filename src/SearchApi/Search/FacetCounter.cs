using System.Buffers;
using System.Runtime.CompilerServices;
using LearningSearch.Index.Generations;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace LearningSearch.SearchApi.Search;

/// <summary>
/// Counts every matching unit by theme, review, kind, agency and year from doc values, run beside the
/// top-hits collector so facets describe the whole result set, not only the page (the Facet package is not
/// available for Lucene.Net 4.8 here). Counts are kept by index-wide value number (<see cref="FacetOrdinals"/>).
/// </summary>
public sealed class FacetCounter : ICollector
{
    private FacetOrdinals? _ordinals;

    /// <param name="ordinals">The facet values of the generation searched (<see cref="Generation.Facets"/>); without them, they are read from the index at the first segment (for an index opened outside a live index).</param>
    public FacetCounter(FacetOrdinals? ordinals = null)
    {
        if (ordinals is not null) Size(ordinals);
    }
    private int[] _themes = [], _reviews = [], _kinds = [], _agencies = [], _years = [];
    private Segment? _segment;

    public FacetTally ThemeTally => new(_ordinals?.Themes ?? [], _themes, _ordinals?.ThemeRanks ?? []);
    public FacetTally ReviewTally => new(_ordinals?.Reviews ?? [], _reviews, _ordinals?.ReviewRanks ?? []);
    public FacetTally KindTally => new(_ordinals?.Kinds ?? [], _kinds, _ordinals?.KindRanks ?? []);
    public FacetTally AgencyTally => new(_ordinals?.Agencies ?? [], _agencies, _ordinals?.AgencyRanks ?? []);

    /// <summary>Years as text ("2017").</summary>
    public FacetTally YearTally => new(_ordinals?.Years ?? [], _years, _ordinals?.YearRanks ?? []);

    public IReadOnlyDictionary<string, int> Themes => ThemeTally.ToDictionary();
    public IReadOnlyDictionary<string, int> Reviews => ReviewTally.ToDictionary();
    public IReadOnlyDictionary<string, int> Kinds => KindTally.ToDictionary();
    public IReadOnlyDictionary<string, int> Agencies => AgencyTally.ToDictionary();
    /// <summary>Years as text ("2017"), as the answer lists them.</summary>
    public IReadOnlyDictionary<string, int> Years => YearTally.ToDictionary();

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _segment?.Flush(this);
        if (_ordinals is null) Size(FacetOrdinals.Of(ReaderUtil.GetTopLevelContext(context).Reader));
        _segment = new Segment(_ordinals!.Of(context.Ord), context.AtomicReader.MaxDoc);
    }

    private void Size(FacetOrdinals ordinals)
    {
        _ordinals = ordinals;
        (_themes, _reviews, _kinds, _agencies, _years) = (new int[ordinals.Themes.Length], new int[ordinals.Reviews.Length],
            new int[ordinals.Kinds.Length], new int[ordinals.Agencies.Length], new int[ordinals.Years.Length]);
    }

    public void Collect(int doc) => Match(doc);

    /// <summary>Notes a match of the current segment, to be counted once the segment is done.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Match(int doc) => _segment!.Match(doc);

    /// <summary>Notes a window of matches of the current segment: bit i of <paramref name="matched"/> is document <paramref name="start"/> + i (a multiple of 64).</summary>
    internal void MatchWindow(int start, ReadOnlySpan<ulong> matched) => _segment!.MatchWindow(start, matched);

    /// <summary>The document's kind as an ordinal of the current segment's <see cref="KindNames"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int KindOf(int doc) => _segment!.KindOf(doc);

    /// <summary>The current segment's kind names, by ordinal.</summary>
    internal string[] KindNames => _segment?.KindNames ?? [];

    /// <summary>Adds the counts of another counter (of other segments of the same index) to this one; both finished.</summary>
    public void Add(FacetCounter other)
    {
        if (other._ordinals is null) return;
        if (_ordinals is null)
        {
            _ordinals = other._ordinals;
            (_themes, _reviews, _kinds, _agencies, _years) = ([.. other._themes], [.. other._reviews], [.. other._kinds], [.. other._agencies], [.. other._years]);
            return;
        }
        if (!ReferenceEquals(_ordinals, other._ordinals)) throw new InvalidOperationException("Facet counts of different indexes cannot be added together.");
        AddTo(_themes, other._themes);
        AddTo(_reviews, other._reviews);
        AddTo(_kinds, other._kinds);
        AddTo(_agencies, other._agencies);
        AddTo(_years, other._years);
    }

    /// <summary>Call once the search is done, to fold the last segment's counts in.</summary>
    public FacetCounter Finish()
    {
        _segment?.Flush(this);
        _segment = null;
        return this;
    }

    private static void AddTo(int[] counts, int[] more)
    {
        for (var i = 0; i < counts.Length; i++) counts[i] += more[i];
    }

    // The matches of a segment are noted as they are collected, in whatever order the scorer finds them, and counted
    // once it is done, in document order (see SegmentFacets.Count).
    private sealed class Segment
    {
        private readonly FacetOrdinals.Segment _segment;
        private readonly long[] _bits;
        private readonly FixedBitSet _matches;

        public Segment(FacetOrdinals.Segment segment, int maxDoc)
        {
            _segment = segment;
            // From a pool: a bit per unit is 60 KB at 500,000 units, allocated and cleared for every search otherwise.
            var words = FixedBitSet.Bits2words(maxDoc);
            _bits = ArrayPool<long>.Shared.Rent(words);
            Array.Clear(_bits, 0, words);
            _matches = new FixedBitSet(_bits, maxDoc);
        }

        public string[] KindNames => _segment.Values.Kinds;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Match(int doc) => _matches.Set(doc);

        public void MatchWindow(int start, ReadOnlySpan<ulong> matched)
        {
            var first = start >> 6;
            for (var i = 0; i < matched.Length; i++)
                if (matched[i] != 0) _bits[first + i] |= (long)matched[i];
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int KindOf(int doc) => _segment.Values.KindOf(doc);

        public void Flush(FacetCounter into)
        {
            try
            {
                _segment.Values.Count(_matches, _segment, into._reviews, into._kinds, into._years, into._themes, into._agencies);
            }
            finally
            {
                ArrayPool<long>.Shared.Return(_bits);
            }
        }
    }
}
