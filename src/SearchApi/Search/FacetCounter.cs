using LearningSearch.Indexer.Indexing;
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

    public void Collect(int doc) => _segment!.Count(doc);

    /// <summary>Call once the search is done, to fold the last segment's counts in.</summary>
    public FacetCounter Finish()
    {
        _segment?.Flush(this);
        _segment = null;
        return this;
    }

    // Counting by per-segment ordinal and resolving names once per segment keeps Collect cheap.
    private sealed class Segment
    {
        private readonly SortedSetDocValues? _theme;
        private readonly SortedSetDocValues? _agency;
        private readonly SortedDocValues? _review;
        private readonly SortedDocValues? _kind;
        private readonly NumericDocValues? _year;
        private readonly IBits? _hasYear;
        private readonly int[] _themeCounts;
        private readonly int[] _agencyCounts;
        private readonly int[] _reviewCounts;
        private readonly int[] _kindCounts;
        private readonly Dictionary<int, int> _yearCounts = [];

        public Segment(AtomicReader reader)
        {
            _theme = reader.GetSortedSetDocValues(IndexFields.ThemeFacet);
            _agency = reader.GetSortedSetDocValues(IndexFields.AgencyFacet);
            _review = reader.GetSortedDocValues(IndexFields.ReviewFacet);
            _kind = reader.GetSortedDocValues(IndexFields.KindFacet);
            _year = reader.GetNumericDocValues(IndexFields.YearFacet);
            _hasYear = reader.GetDocsWithField(IndexFields.YearFacet);
            _themeCounts = new int[_theme?.ValueCount ?? 0];
            _agencyCounts = new int[_agency?.ValueCount ?? 0];
            _reviewCounts = new int[_review?.ValueCount ?? 0];
            _kindCounts = new int[_kind?.ValueCount ?? 0];
        }

        public void Count(int doc)
        {
            if (_theme is not null)
            {
                _theme.SetDocument(doc);
                for (var ord = _theme.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = _theme.NextOrd()) _themeCounts[ord]++;
            }
            if (_agency is not null)
            {
                _agency.SetDocument(doc);
                for (var ord = _agency.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = _agency.NextOrd()) _agencyCounts[ord]++;
            }
            if (_review is not null && _review.GetOrd(doc) is var r and >= 0) _reviewCounts[r]++;
            if (_kind is not null && _kind.GetOrd(doc) is var k and >= 0) _kindCounts[k]++;
            if (_year is not null && _hasYear is not null && _hasYear.Get(doc))
            {
                var year = (int)_year.Get(doc);
                _yearCounts[year] = _yearCounts.GetValueOrDefault(year) + 1;
            }
        }

        public void Flush(FacetCounter into)
        {
            var bytes = new BytesRef();
            for (var i = 0; i < _themeCounts.Length; i++)
                if (_themeCounts[i] > 0) { _theme!.LookupOrd(i, bytes); Add(into._themes, bytes.Utf8ToString(), _themeCounts[i]); }
            for (var i = 0; i < _agencyCounts.Length; i++)
                if (_agencyCounts[i] > 0) { _agency!.LookupOrd(i, bytes); Add(into._agencies, bytes.Utf8ToString(), _agencyCounts[i]); }
            for (var i = 0; i < _reviewCounts.Length; i++)
                if (_reviewCounts[i] > 0) { _review!.LookupOrd(i, bytes); Add(into._reviews, bytes.Utf8ToString(), _reviewCounts[i]); }
            for (var i = 0; i < _kindCounts.Length; i++)
                if (_kindCounts[i] > 0) { _kind!.LookupOrd(i, bytes); Add(into._kinds, bytes.Utf8ToString(), _kindCounts[i]); }
            foreach (var (year, count) in _yearCounts) into._years[year] = into._years.GetValueOrDefault(year) + count;
        }

        private static void Add(Dictionary<string, int> counts, string key, int n) => counts[key] = counts.GetValueOrDefault(key) + n;
    }
}
