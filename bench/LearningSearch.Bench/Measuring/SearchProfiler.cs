using System.Diagnostics;
using System.Text.Json;
using LearningSearch.Index.Schema;
using LearningSearch.Indexer.Indexing;
using LearningSearch.SearchApi.Contracts;
using LearningSearch.SearchApi.Search;
using Lucene.Net.Search;

namespace LearningSearch.Bench.Measuring;

/// <summary>
/// Mean milliseconds per search spent in each step of <see cref="UnitSearch"/>, the size of its JSON answer, and the
/// kilobytes each step allocates on the searching thread (by step name).
/// </summary>
public sealed record SearchBreakdown(int Searches, double PlanMs, double CountOnlyMs, double FacetsOnlyMs, double TopOnlyMs, double CollectMs, double LoadHitsMs, double ParentsMs, double HighlightMs, double MapMs, double WholeMs, double JsonMs, double JsonKb, IReadOnlyDictionary<string, double> AllocatedKb);

/// <summary>
/// Runs the steps of a search one by one, as <see cref="UnitSearch.Search"/> does them, with a Stopwatch around
/// each: building the query (parsing, synonyms), collecting the top hits and facets in one pass, reading the 20
/// stored units, looking up their parent recommendations, highlighting, mapping; and serialising the answer.
/// </summary>
public static class SearchProfiler
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static SearchBreakdown Profile(ProductSearch product, IReadOnlyList<BenchQuery> queries, int rounds)
    {
        var ms = new Dictionary<string, double>();
        var allocated = new Dictionary<string, long>();
        double bytes = 0;
        var n = 0;
        var (clock, mark) = (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());
        // Adds the time and the bytes since the last lap to the step's totals.
        void Lap(string step)
        {
            var (now, allocatedNow) = (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());
            ms[step] = ms.GetValueOrDefault(step) + Stopwatch.GetElapsedTime(clock, now).TotalMilliseconds;
            allocated[step] = allocated.GetValueOrDefault(step) + allocatedNow - mark;
            (clock, mark) = (now, allocatedNow);
        }
        for (var round = 0; round < rounds; round++)
        {
            foreach (var query in queries)
            {
                var request = new SearchRequest { Q = query.Q, Theme = query.Theme is null ? null : [query.Theme], PageSize = 20 };
                Lap("other");
                var built = product.Queries.Build(request).Answer;
                Lap("plan");

                using var lease = product.Index.Acquire();
                var searcher = lease.Searcher;
                Lap("other");
                searcher.Search(built.LuceneQuery, built.Filter, new TotalHitCountCollector());
                Lap("count");
                searcher.Search(built.LuceneQuery, built.Filter, new FacetCounter(lease.Generation.Facets));
                Lap("facetsOnly");
                searcher.Search(built.LuceneQuery, built.Filter, TopScoreDocCollector.Create(20, docsScoredInOrder: false));
                Lap("topOnly");

                var collected = UnitSearch.Collect(searcher, built, inParallel: true).Answer;
                Lap("collect");

                var units = collected.Page(0, 20).Select(d => (Unit: UnitDocuments.ReadUnit(searcher.Doc(d.Doc)), d.Score)).ToList();
                Lap("read");

                foreach (var (unit, _) in units)
                    if (unit.RecommendationId is not null) HitMapper.FindUnit(searcher, unit.RecommendationId);
                Lap("parents");

                foreach (var (unit, _) in units) product.Highlighter.Highlight(unit.FullText, built.MatchTerms);
                Lap("highlight");

                foreach (var (unit, score) in units) product.Mapper.Map(searcher, unit, score, built.MatchTerms);
                Lap("map");

                var response = product.Run(query);
                Lap("whole");

                var text = JsonSerializer.SerializeToUtf8Bytes(response, Web);
                Lap("json");
                bytes += text.Length;
                n++;
            }
        }
        double Mean(string step) => R(ms.GetValueOrDefault(step) / n);
        var kb = allocated.Where(a => a.Key != "other").ToDictionary(a => a.Key, a => R(a.Value / 1024.0 / n));
        return new SearchBreakdown(n, Mean("plan"), Mean("count"), Mean("facetsOnly"), Mean("topOnly"), Mean("collect"), Mean("read"), Mean("parents"), Mean("highlight"), Mean("map"), Mean("whole"), Mean("json"), R(bytes / n / 1024), kb);
    }

    private static double R(double value) => Math.Round(value, 3);
}
