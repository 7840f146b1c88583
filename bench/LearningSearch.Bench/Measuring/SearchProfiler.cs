using System.Diagnostics;
using System.Text.Json;
using LearningSearch.Indexer.Indexing;
using LearningSearch.SearchApi.Contracts;
using LearningSearch.SearchApi.Search;
using Lucene.Net.Search;

namespace LearningSearch.Bench.Measuring;

/// <summary>Mean milliseconds per search spent in each step of <see cref="UnitSearch"/>, and the size of its JSON answer.</summary>
public sealed record SearchBreakdown(int Searches, double PlanMs, double CountOnlyMs, double FacetsOnlyMs, double TopOnlyMs, double CollectMs, double LoadHitsMs, double ParentsMs, double HighlightMs, double MapMs, double WholeMs, double JsonMs, double JsonKb);

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
        double plan = 0, countOnly = 0, facetsOnly = 0, topOnly = 0, collect = 0, load = 0, parents = 0, highlight = 0, map = 0, whole = 0, json = 0, bytes = 0;
        var n = 0;
        var allocated = new Dictionary<string, long>();
        var mark = GC.GetAllocatedBytesForCurrentThread();
        void Step(string name)
        {
            var now = GC.GetAllocatedBytesForCurrentThread();
            allocated[name] = allocated.GetValueOrDefault(name) + now - mark;
            mark = now;
        }
        for (var round = 0; round < rounds; round++)
        {
            foreach (var query in queries)
            {
                var request = new SearchRequest { Q = query.Q, Theme = query.Theme is null ? null : [query.Theme], PageSize = 20 };
                var t = Stopwatch.GetTimestamp();
                var built = product.Queries.Build(request);
                plan += Ms(ref t); Step("plan");

                using var lease = product.Index.Acquire();
                var searcher = lease.Searcher;
                Ms(ref t); Step("lease");
                searcher.Search(built.LuceneQuery, built.Filter, new TotalHitCountCollector());
                countOnly += Ms(ref t); Step("count");
                searcher.Search(built.LuceneQuery, built.Filter, new FacetCounter());
                facetsOnly += Ms(ref t); Step("facetsOnly");
                searcher.Search(built.LuceneQuery, built.Filter, TopScoreDocCollector.Create(20, docsScoredInOrder: false));
                topOnly += Ms(ref t); Step("topOnly");

                var collected = UnitSearch.Collect(searcher, built, inParallel: true);
                collect += Ms(ref t); Step("collect");

                var units = collected.Page(0, 20).Select(d => (Unit: UnitDocuments.ReadUnit(searcher.Doc(d.Doc)), d.Score)).ToList();
                load += Ms(ref t); Step("read");

                foreach (var (unit, _) in units)
                    if (unit.RecommendationId is not null) HitMapper.FindUnit(searcher, unit.RecommendationId);
                parents += Ms(ref t); Step("parents");

                foreach (var (unit, _) in units) product.Highlighter.Highlight(unit.FullText, built.MatchTerms);
                highlight += Ms(ref t); Step("highlight");

                foreach (var (unit, score) in units) product.Mapper.Map(searcher, unit, score, built.MatchTerms);
                map += Ms(ref t); Step("map");

                var response = product.Run(query);
                whole += Ms(ref t); Step("whole");

                var text = JsonSerializer.SerializeToUtf8Bytes(response, Web);
                json += Ms(ref t); Step("json");
                bytes += text.Length;
                n++;
            }
        }
        Console.Error.WriteLine("  KB allocated a search: " + string.Join("  ", allocated.Select(a => $"{a.Key} {a.Value / 1024.0 / Math.Max(1, n):F0}")));
        return new SearchBreakdown(n, R(plan / n), R(countOnly / n), R(facetsOnly / n), R(topOnly / n), R(collect / n), R(load / n), R(parents / n), R(highlight / n), R(map / n), R(whole / n), R(json / n), R(bytes / n / 1024));
    }

    private static double Ms(ref long started)
    {
        var now = Stopwatch.GetTimestamp();
        var ms = Stopwatch.GetElapsedTime(started, now).TotalMilliseconds;
        started = now;
        return ms;
    }

    private static double R(double value) => Math.Round(value, 3);
}
