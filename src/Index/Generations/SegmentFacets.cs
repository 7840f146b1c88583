using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using LearningSearch.Index.Schema;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace LearningSearch.Index.Generations;

/// <summary>
/// The facet values of every document of one index segment, read once from its doc values and kept as long as the
/// segment is open (segments never change). Units share few combinations of values: thousands of units have the
/// same kind and themes, or the same agencies. So each document holds one word: which kind-and-themes combination it
/// has and which set of agencies, each as an ordinal in a table; reviews and their years are runs of documents.
/// Counting a match is then one read and two increments into small arrays, and the tables turn the combinations'
/// counts into counts of themes and agencies once per search. Reading a variable-length list per match instead cost
/// a cache miss or two for every match: at 500,000 units, counting was a third of a broad search. About 5 bytes a
/// document (2.5 MB for 500,000 units) plus the tables. Read when a generation is published, as part of its <see cref="FacetOrdinals"/>.
/// </summary>
public sealed class SegmentFacets
{
    // Each document's word: its profile (kind and themes) and agency set, packed from the low bits up with as many
    // bits as each needs: 32 bits where they fit (so 2 MB for 500,000 units), else 64.
    private readonly uint[]? _packed32;
    private readonly ulong[]? _packed64;
    private readonly byte[] _kind;
    private readonly Field _profile, _agencySet;

    // A review's units are indexed together and share its year, so reviews and years come in runs of documents: run i
    // starts at document _runStart[i] and has review ordinal _runReview[i] - 1 and year ordinal _runYear[i] - 1 (0:
    // none). Counting a review or a year is then counting the match bits of its runs, a word at a time, instead of
    // reading a value per match.
    private readonly int[] _runStart;
    private readonly int[] _runReview;
    private readonly int[] _runYear;

    // Profile p is _profileValues[_profileStart[p].._profileStart[p + 1]]: its kind ordinal + 1 (0: none), then its
    // theme ordinals; agency set s is _agencySetOrds[_agencySetStart[s].._agencySetStart[s + 1]].
    private readonly int[] _profileStart;
    private readonly int[] _profileValues;
    private readonly int[] _agencySetStart;
    private readonly int[] _agencySetOrds;

    private SegmentFacets(AtomicReader reader)
    {
        var docs = reader.MaxDoc;
        var review = IndexFields.Review.ValuesOf(reader);
        var kind = IndexFields.Kind.ValuesOf(reader);
        var themes = IndexFields.Theme.ValuesOf(reader);
        var agencies = IndexFields.Agency.ValuesOf(reader);
        var years = IndexFields.Year.ValuesOf(reader);
        var hasYear = IndexFields.Year.WhichHaveOne(reader);
        if (kind is not null && kind.ValueCount > byte.MaxValue - 1) throw new InvalidDataException($"A segment has {kind.ValueCount} kinds of unit; at most 254 are expected.");

        var yearValues = new List<int>();
        var yearOrd = new Dictionary<int, int>();
        var profiles = new Combinations();
        var agencySets = new Combinations();
        var reviewOf = new int[docs];
        var yearOf = new int[docs];
        var profileOf = new int[docs];
        var agencySetOf = new int[docs];
        _kind = new byte[docs];
        var ords = new List<int>(8);
        for (var doc = 0; doc < docs; doc++)
        {
            reviewOf[doc] = (review?.GetOrd(doc) ?? -1) + 1;
            if (years is not null && hasYear is not null && hasYear.Get(doc))
            {
                var value = (int)years.Get(doc);
                if (!yearOrd.TryGetValue(value, out var ord))
                {
                    yearOrd[value] = ord = yearValues.Count;
                    yearValues.Add(value);
                }
                yearOf[doc] = ord + 1;
            }
            var kindOrd = (kind?.GetOrd(doc) ?? -1) + 1;
            _kind[doc] = (byte)kindOrd;
            ords.Clear();
            ords.Add(kindOrd);
            Add(themes, doc, ords);
            profileOf[doc] = profiles.IdOf(ords);
            ords.Clear();
            Add(agencies, doc, ords);
            agencySetOf[doc] = agencySets.IdOf(ords);
        }

        _profile = Field.After(null, profiles.Count);
        _agencySet = Field.After(_profile, agencySets.Count);
        var bits = _agencySet.Shift + _agencySet.Bits;
        if (bits > 64)
            throw new InvalidDataException($"A segment has too many different facet values to count ({profiles.Count} kind and theme combinations, {agencySets.Count} agency combinations).");
        if (bits <= 32) _packed32 = new uint[docs];
        else _packed64 = new ulong[docs];
        for (var doc = 0; doc < docs; doc++)
        {
            var word = _profile.Pack(profileOf[doc]) | _agencySet.Pack(agencySetOf[doc]);
            if (_packed32 is not null) _packed32[doc] = (uint)word;
            else _packed64![doc] = word;
        }

        var runStart = new List<int>();
        var runReview = new List<int>();
        var runYear = new List<int>();
        for (var doc = 0; doc < docs; doc++)
        {
            if (doc > 0 && reviewOf[doc] == reviewOf[doc - 1] && yearOf[doc] == yearOf[doc - 1]) continue;
            runStart.Add(doc);
            runReview.Add(reviewOf[doc]);
            runYear.Add(yearOf[doc]);
        }
        runStart.Add(docs);
        _runStart = runStart.ToArray();
        _runReview = runReview.ToArray();
        _runYear = runYear.ToArray();

        (_profileStart, _profileValues) = profiles.Flatten();
        (_agencySetStart, _agencySetOrds) = agencySets.Flatten();

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

    /// <summary>Reads a segment's facet values from its doc values (some 40 ms per 100,000 units).</summary>
    public static SegmentFacets Of(AtomicReader reader) => new(reader);

    /// <summary>The ordinal of the document's review in <see cref="Reviews"/>, or -1.</summary>
    public int ReviewOf(int doc)
    {
        var run = Array.BinarySearch(_runStart, doc);
        return _runReview[run >= 0 ? run : ~run - 1] - 1;
    }

    /// <summary>The ordinal of the document's kind in <see cref="Kinds"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int KindOf(int doc) => _kind[doc] - 1;

    /// <summary>The ordinals of the document's themes in <see cref="Themes"/>.</summary>
    public ReadOnlySpan<int> ThemesOf(int doc)
    {
        var profile = _profile.Unpack(_packed32 is not null ? _packed32[doc] : _packed64![doc]);
        return _profileValues.AsSpan(_profileStart[profile] + 1, _profileStart[profile + 1] - _profileStart[profile] - 1);
    }

    /// <summary>The ordinals of the document's agencies in <see cref="Agencies"/>.</summary>
    public ReadOnlySpan<int> AgenciesOf(int doc)
    {
        var set = _agencySet.Unpack(_packed32 is not null ? _packed32[doc] : _packed64![doc]);
        return _agencySetOrds.AsSpan(_agencySetStart[set], _agencySetStart[set + 1] - _agencySetStart[set]);
    }

    /// <summary>
    /// Adds the documents set in <paramref name="matches"/> to index-wide counts (see <see cref="FacetOrdinals"/>):
    /// <paramref name="to"/> says which index-wide number each of this segment's ordinals has. The matches are walked
    /// in document order, so the packed words are read front to back.
    /// </summary>
    public void Count(FixedBitSet matches, FacetOrdinals.Segment to, int[] reviews, int[] kinds, int[] years, int[] themes, int[] agencies)
    {
        var profileCounts = Rent(_profile.Size);
        var agencySetCounts = Rent(_agencySet.Size);
        try
        {
            var words = matches.GetBits();
            if (_packed32 is not null) CountPacked(_packed32, words, profileCounts, agencySetCounts);
            else CountPacked(_packed64!, words, profileCounts, agencySetCounts);

            for (var run = 0; run < _runReview.Length; run++)
            {
                if (_runReview[run] == 0 && _runYear[run] == 0) continue;
                var count = CountBits(words, _runStart[run], _runStart[run + 1]);
                if (count == 0) continue;
                if (_runReview[run] > 0) reviews[to.Reviews[_runReview[run] - 1]] += count;
                if (_runYear[run] > 0) years[to.Years[_runYear[run] - 1]] += count;
            }
            for (var p = 0; p < _profile.Size; p++)
            {
                var count = profileCounts[p];
                if (count == 0) continue;
                var kind = _profileValues[_profileStart[p]];
                if (kind > 0) kinds[to.Kinds[kind - 1]] += count;
                for (var i = _profileStart[p] + 1; i < _profileStart[p + 1]; i++) themes[to.Themes[_profileValues[i]]] += count;
            }
            for (var s = 0; s < _agencySet.Size; s++)
            {
                var count = agencySetCounts[s];
                if (count == 0) continue;
                for (var i = _agencySetStart[s]; i < _agencySetStart[s + 1]; i++) agencies[to.Agencies[_agencySetOrds[i]]] += count;
            }
        }
        finally
        {
            foreach (var counts in new[] { profileCounts, agencySetCounts }) ArrayPool<int>.Shared.Return(counts);
        }
    }

    private void CountPacked<TWord>(TWord[] packed, long[] words, int[] profileCounts, int[] agencySetCounts)
        where TWord : unmanaged, IBinaryInteger<TWord>
    {
        var (profile, agencySet) = (_profile, _agencySet);
        var wordCount = Math.Min(words.Length, (packed.Length + 63) >> 6);
        for (var w = 0; w < wordCount; w++)
        {
            var bits = (ulong)words[w];
            while (bits != 0)
            {
                var value = ulong.CreateTruncating(packed[(w << 6) + BitOperations.TrailingZeroCount(bits)]);
                bits &= bits - 1;
                profileCounts[profile.Unpack(value)]++;
                agencySetCounts[agencySet.Unpack(value)]++;
            }
        }
    }

    /// <summary>How many bits are set in documents [from, to).</summary>
    private static int CountBits(long[] words, int from, int to)
    {
        if (from >= to) return 0;
        var (first, last) = (from >> 6, (to - 1) >> 6);
        var firstMask = ulong.MaxValue << (from & 63);
        var lastMask = ulong.MaxValue >> (63 - ((to - 1) & 63));
        if (first == last) return BitOperations.PopCount((ulong)words[first] & firstMask & lastMask);
        var count = BitOperations.PopCount((ulong)words[first] & firstMask);
        for (var w = first + 1; w < last; w++) count += BitOperations.PopCount((ulong)words[w]);
        return count + BitOperations.PopCount((ulong)words[last] & lastMask);
    }

    // Scratch counts come from a pool: a search would otherwise allocate and clear some 100 KB of them per segment.
    private static int[] Rent(int size)
    {
        var counts = ArrayPool<int>.Shared.Rent(size);
        Array.Clear(counts, 0, size);
        return counts;
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

    /// <summary>One value's place in a document's packed word: which bits, and how many values it can take.</summary>
    private readonly record struct Field(int Shift, int Bits, int Size)
    {
        public static Field After(Field? previous, int size)
        {
            var bits = size <= 1 ? 0 : 32 - BitOperations.LeadingZeroCount((uint)(size - 1));
            return new Field(previous is { } p ? p.Shift + p.Bits : 0, bits, Math.Max(1, size));
        }

        public ulong Pack(int value) => (ulong)value << Shift;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Unpack(ulong word) => (int)((word >> Shift) & ((1UL << Bits) - 1));
    }

    /// <summary>Distinct lists of ordinals, each given an id in order of first appearance.</summary>
    private sealed class Combinations
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<int[]> _lists = [];

        public int Count => _lists.Count;

        public int IdOf(List<int> ordinals)
        {
            var key = string.Join(',', ordinals);
            if (_ids.TryGetValue(key, out var id)) return id;
            _ids[key] = id = _lists.Count;
            _lists.Add([.. ordinals]);
            return id;
        }

        /// <summary>Every list end to end, and where each starts (one more start than lists, for the end of the last).</summary>
        public (int[] Start, int[] Values) Flatten()
        {
            var start = new int[_lists.Count + 1];
            var values = new List<int>();
            for (var i = 0; i < _lists.Count; i++)
            {
                start[i] = values.Count;
                values.AddRange(_lists[i]);
            }
            start[_lists.Count] = values.Count;
            return (start, values.ToArray());
        }
    }
}
