using System.Collections.Concurrent;
using LearningSearch.Index.Generations;
using LearningSearch.SearchApi.Contracts;
using Lucene.Net.Search;

namespace LearningSearch.SearchApi.Search;

/// <summary>
/// The recommendations that actions answer, as a hit shows them, kept for one generation. A page of actions often
/// shares one recommendation, and the same recommendations come back search after search: each is read (a search and
/// a JSON parse) once per generation, up to a bound, rather than all of them (100,000 at 5,000 reviews) at publish.
/// </summary>
public sealed class ParentRecommendations
{
    private const int Kept = 50_000;
    private readonly ConcurrentDictionary<string, ParentRecommendation?> _known = new(StringComparer.Ordinal);

    /// <summary>The recommendation with this id in the generation <paramref name="searcher"/> searches, or null.</summary>
    public ParentRecommendation? Of(IndexSearcher searcher, string id)
    {
        if (_known.TryGetValue(id, out var parent)) return parent;
        parent = HitMapper.FindUnit(searcher, id) is { } rec ? new ParentRecommendation(rec.Id, rec.Number, Shorten(rec.Text, 240)) : null;
        if (_known.Count < Kept) _known.TryAdd(id, parent);
        return parent;
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "\u2026";

    /// <summary>An empty lookup for each generation published, filled as its hits are shown.</summary>
    public sealed class Part : GenerationPart<ParentRecommendations>
    {
        public override ParentRecommendations Build(Generation generation, IndexSearcher searcher) => new();
    }
}
