using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace LearningSearch.SearchApi.Search;

/// <summary>
/// The filters of searches (a theme, a review, a kind, years), each kept as one bit per document of a segment once
/// it has been used. People filter by the same few themes and reviews again and again; a bit set lets Lucene skip
/// non-matching documents as it scores instead of walking the filter's postings beside the words'. A segment's bits
/// go with the segment (Lucene keeps them by the segment's reader, so they go when its generation closes); at most
/// <see cref="Capacity"/> filters are kept (60 KB each at 500,000 units), by the query builder that made them.
/// </summary>
public sealed class RestrictionFilters
{
    public const int Capacity = 512;

    private readonly ConcurrentDictionary<string, Filter> _kept = new(StringComparer.Ordinal);

    public Filter For(Query restrictions)
    {
        var key = restrictions.ToString();
        if (_kept.TryGetValue(key, out var cached)) return cached;
        if (_kept.Count >= Capacity) _kept.Clear();
        return _kept.GetOrAdd(key, _ => new BitSetFilter(new QueryWrapperFilter(restrictions)));
    }

    /// <summary>Caches a filter's matches as a <see cref="FixedBitSet"/>, which offers random access, where the base class would compress them.</summary>
    private sealed class BitSetFilter(Filter filter) : CachingWrapperFilter(filter)
    {
        protected override DocIdSet CacheImpl(DocIdSetIterator iterator, AtomicReader reader)
        {
            var bits = new FixedBitSet(reader.MaxDoc);
            bits.Or(iterator);
            return bits;
        }
    }
}
