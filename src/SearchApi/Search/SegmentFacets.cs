using System.Runtime.CompilerServices;
using LearningSearch.Indexer.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace LearningSearch.SearchApi.Search;

/// <summary>
/// The facet values of every document of one index segment, read once from its doc values and kept as long as the
/// segment is open (segments never change). Each document's values sit together in one array (review, kind and
/// year, then its themes, then its agencies), so counting a match reads one or two cache lines: reading Lucene.Net's
/// doc values per match took as long as finding the matches, and one array per facet still cost a cache miss per
/// facet per match. About 25 bytes a document (12 MB for 500,000 units).
/// </summary>
internal sealed class SegmentFacets
{
    private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = new();

    // Document d's values are Data[Start[d]..Start[d + 1]]: review ordinal (or -1); a word holding kind + 1 (4 bits),
    // year ordinal + 1 (12 bits) and the number of themes (16 bits); the theme ordinals; the agency ordinals.
    private readonly int[] _start;
    private readonly int[] _data;

    private SegmentFacets(AtomicReader reader)
    {
        var docs = reader.MaxDoc;
        var review = reader.GetSortedDocValues(IndexFields.ReviewFacet);
        var kind = reader.GetSortedDocValues(IndexFields.KindFacet);
        var themes = reader.GetSortedSetDocValues(IndexFields.ThemeFacet);
        var agencies = reader.GetSortedSetDocValues(IndexFields.AgencyFacet);
        var years = reader.GetNumericDocValues(IndexFields.YearFacet);
        var hasYear = reader.GetDocsWithField(IndexFields.YearFacet);
        var yearValues = new List<int>();
        var yearOrd = new Dictionary<int, int>();
        if (kind is not null && kind.ValueCount > 15) throw new InvalidDataException($"A segment has {kind.ValueCount} kinds of unit; at most 15 are expected.");

        _start = new int[docs + 1];
        var data = new List<int>(docs * 5);
        var ords = new List<int>(8);
        for (var doc = 0; doc < docs; doc++)
        {
            _start[doc] = data.Count;
            data.Add(review?.GetOrd(doc) ?? -1);
            var year = 0;
            if (years is not null && hasYear is not null && hasYear.Get(doc))
            {
                var value = (int)years.Get(doc);
                if (!yearOrd.TryGetValue(value, out var ord))
                {
                    yearOrd[value] = ord = yearValues.Count;
                    yearValues.Add(value);
                }
                year = ord + 1;
            }
            ords.Clear();
            Add(themes, doc, ords);
            var themeCount = ords.Count;
            Add(agencies, doc, ords);
            data.Add(((kind?.GetOrd(doc) ?? -1) + 1) | (year << 4) | (themeCount << 16));
            data.AddRange(ords);
        }
        _start[docs] = data.Count;
        _data = data.ToArray();
        if (yearValues.Count >= 0xFFF) throw new InvalidDataException($"A segment has {yearValues.Count} different years; at most 4,094 are expected.");

        Reviews = Names(review);
        Kinds = Names(kind);
        Themes = Names(themes);
        Agencies = Names(agencies);
        YearValues = yearValues.ToArray();
    }

    public string[] Reviews { get; }

    public string[] Kinds { get; }

    public string[] Themes { get; }

    public string[] Agencies { get; }

    public int[] YearValues { get; }

    public static SegmentFacets For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentFacets(reader));

    /// <summary>The ordinal of the document's review in <see cref="Reviews"/>, or -1.</summary>
    public int ReviewOf(int doc) => _data[_start[doc]];

    /// <summary>The ordinal of the document's kind in <see cref="Kinds"/>, or -1.</summary>
    public int KindOf(int doc) => (_data[_start[doc] + 1] & 0xF) - 1;

    /// <summary>The ordinals of the document's themes in <see cref="Themes"/>.</summary>
    public ReadOnlySpan<int> ThemesOf(int doc)
    {
        var at = _start[doc];
        return _data.AsSpan(at + 2, _data[at + 1] >>> 16);
    }

    /// <summary>
    /// Adds one to each of the document's values in the given counts (indexed by ordinal) and says its kind. The one
    /// place that walks the packed layout for counting, kept together so that it reads each document's values once.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Count(int doc, int[] reviews, int[] kinds, int[] years, int[] themes, int[] agencies)
    {
        var data = _data;
        var at = _start[doc];
        var end = _start[doc + 1];
        var review = data[at];
        if (review >= 0) reviews[review]++;
        var word = data[at + 1];
        var kind = (word & 0xF) - 1;
        if (kind >= 0) kinds[kind]++;
        var year = ((word >>> 4) & 0xFFF) - 1;
        if (year >= 0) years[year]++;
        var themesEnd = at + 2 + (word >>> 16);
        for (var i = at + 2; i < themesEnd; i++) themes[data[i]]++;
        for (var i = themesEnd; i < end; i++) agencies[data[i]]++;
        return kind;
    }

    private static void Add(SortedSetDocValues? values, int doc, List<int> into)
    {
        if (values is null) return;
        values.SetDocument(doc);
        for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd()) into.Add((int)ord);
    }

    private static string[] Names(SortedDocValues? values) =>
        values is null ? [] : Names(values.ValueCount, (ord, bytes) => values.LookupOrd(ord, bytes));

    private static string[] Names(SortedSetDocValues? values) =>
        values is null ? [] : Names((int)values.ValueCount, (ord, bytes) => values.LookupOrd(ord, bytes));

    private static string[] Names(int count, Action<int, BytesRef> lookup)
    {
        var names = new string[count];
        var bytes = new BytesRef();
        for (var ord = 0; ord < count; ord++)
        {
            lookup(ord, bytes);
            names[ord] = bytes.Utf8ToString();
        }
        return names;
    }
}
