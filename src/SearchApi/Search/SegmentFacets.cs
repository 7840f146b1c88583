using System.Runtime.CompilerServices;
using LearningSearch.Indexer.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace LearningSearch.SearchApi.Search;

/// <summary>
/// The facet values of every document of one index segment as plain arrays, read once from its doc values and
/// kept as long as the segment is open (segments never change). Counting a match is then a few array reads:
/// reading Lucene.Net's doc values per matching document took as long as finding the matches. About 40 bytes a
/// document (20 MB for 500,000 units).
/// </summary>
internal sealed class SegmentFacets
{
    private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = new();

    private SegmentFacets(AtomicReader reader)
    {
        var docs = reader.MaxDoc;
        Review = Ords(reader.GetSortedDocValues(IndexFields.ReviewFacet), docs, out var reviews);
        Kind = Ords(reader.GetSortedDocValues(IndexFields.KindFacet), docs, out var kinds);
        (ThemeStart, ThemeOrds) = SetOrds(reader.GetSortedSetDocValues(IndexFields.ThemeFacet), docs, out var themes);
        (AgencyStart, AgencyOrds) = SetOrds(reader.GetSortedSetDocValues(IndexFields.AgencyFacet), docs, out var agencies);
        (Year, YearValues) = Years(reader, docs);
        Reviews = reviews;
        Kinds = kinds;
        Themes = themes;
        Agencies = agencies;
    }

    /// <summary>Per document, the ordinal of its review in <see cref="Reviews"/>, or -1.</summary>
    public int[] Review { get; }

    public int[] Kind { get; }

    /// <summary>Per document, the ordinal of its year in <see cref="YearValues"/>, or -1.</summary>
    public int[] Year { get; }

    /// <summary>Document d's themes are <c>ThemeOrds[ThemeStart[d]..ThemeStart[d + 1]]</c>.</summary>
    public int[] ThemeStart { get; }

    public int[] ThemeOrds { get; }

    public int[] AgencyStart { get; }

    public int[] AgencyOrds { get; }

    public string[] Reviews { get; }

    public string[] Kinds { get; }

    public string[] Themes { get; }

    public string[] Agencies { get; }

    public int[] YearValues { get; }

    public static SegmentFacets For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentFacets(reader));

    private static int[] Ords(SortedDocValues? values, int docs, out string[] names)
    {
        var ords = new int[docs];
        if (values is null)
        {
            Array.Fill(ords, -1);
            names = [];
            return ords;
        }
        for (var doc = 0; doc < docs; doc++) ords[doc] = values.GetOrd(doc);
        names = Names(values.ValueCount, (ord, bytes) => values.LookupOrd(ord, bytes));
        return ords;
    }

    private static (int[] Start, int[] Ords) SetOrds(SortedSetDocValues? values, int docs, out string[] names)
    {
        var start = new int[docs + 1];
        var ords = new List<int>(docs);
        if (values is not null)
        {
            for (var doc = 0; doc < docs; doc++)
            {
                start[doc] = ords.Count;
                values.SetDocument(doc);
                for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd()) ords.Add((int)ord);
            }
        }
        start[docs] = ords.Count;
        names = values is null ? [] : Names((int)values.ValueCount, (ord, bytes) => values.LookupOrd(ord, bytes));
        return (start, ords.ToArray());
    }

    private static (int[] Ords, int[] Values) Years(AtomicReader reader, int docs)
    {
        var ords = new int[docs];
        Array.Fill(ords, -1);
        var values = reader.GetNumericDocValues(IndexFields.YearFacet);
        var has = reader.GetDocsWithField(IndexFields.YearFacet);
        var years = new List<int>();
        var ordOf = new Dictionary<int, int>();
        if (values is null || has is null) return (ords, []);
        for (var doc = 0; doc < docs; doc++)
        {
            if (!has.Get(doc)) continue;
            var year = (int)values.Get(doc);
            if (!ordOf.TryGetValue(year, out var ord))
            {
                ordOf[year] = ord = years.Count;
                years.Add(year);
            }
            ords[doc] = ord;
        }
        return (ords, years.ToArray());
    }

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
