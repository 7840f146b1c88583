using LearningSearch.Index.Schema;
using LearningSearch.Index.Units;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace LearningSearch.Bench.Measuring;

/// <summary>One unit as the peers are given it: the text Lucene searches, its facet values and its stored JSON.</summary>
public sealed record IndexedUnit(long Id, string Text, IReadOnlyList<string> Themes, string Review, string Kind, int? Year, IReadOnlyList<string> Agencies, string Json);

/// <summary>
/// The units of an index generation, the very units LearningSearch serves, numbered from 1 in index order, so that
/// every peer (SQLite FTS5, Java Lucene) is loaded with the same ones.
/// </summary>
public static class IndexedUnits
{
    public static IEnumerable<IndexedUnit> Read(string indexGeneration)
    {
        using var directory = new SimpleFSDirectory(new DirectoryInfo(indexGeneration));
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var years = searcher.Search(IndexFields.Reviews(), Math.Max(1, reader.MaxDoc)).ScoreDocs
            .Select(d => UnitDocuments.ReadReview(searcher.Doc(d.Doc)).Review)
            .ToDictionary(r => r.Id, r => r.Year, StringComparer.Ordinal);

        long id = 0;
        var live = MultiFields.GetLiveDocs(reader);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc)) continue;
            var stored = reader.Document(doc);
            if (stored.Get(IndexFields.Id.Name).StartsWith("review:", StringComparison.Ordinal)) continue;
            var json = UnitDocuments.StoredText(stored);
            var u = UnitDocuments.ReadUnit(stored);
            id++;
            yield return new IndexedUnit(id, u.FullText, u.Themes.Select(t => t.ThemeId).Distinct(StringComparer.Ordinal).ToList(), u.ReviewId, u.Kind.Name(),
                years.GetValueOrDefault(u.ReviewId), u.Agencies.Distinct(StringComparer.Ordinal).ToList(), json);
        }
    }
}
