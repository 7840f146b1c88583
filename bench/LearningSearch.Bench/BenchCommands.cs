using System.Globalization;
using LearningSearch.Bench.Generation;
using LearningSearch.Bench.Measuring;
using LearningSearch.Bench.Running;
using LearningSearch.Themes;

namespace LearningSearch.Bench;

/// <summary>The benchmark's commands: generate a corpus, or run the whole benchmark on one corpus size.</summary>
public static class BenchCommands
{
    public static int Generate(Arguments args, TextWriter output)
    {
        var reviews = Int(args, "reviews", null);
        var seed = Int(args, "seed", 42);
        var folder = args.Get("out") ?? throw new ArgumentException("generate needs --out DIR.");
        var samples = SampleUnits.Read(args.Get("samples") ?? Path.Combine(RepositoryRoot.Find(), "corpus"));
        var corpus = new SyntheticCorpus(samples, Taxonomy.LoadDefault()).Generate(reviews, seed, folder);
        output.WriteLine($"{corpus.Reviews:N0} reviews, {corpus.PlannedUnits:N0} units, {corpus.Bytes / 1048576.0:F1} MB written to {Path.GetFullPath(folder)}");
        foreach (var (layout, count) in corpus.Layouts) output.WriteLine($"  {layout}: {count}");
        return 0;
    }

    public static async Task<int> Run(Arguments args, TextWriter output, CancellationToken cancel)
    {
        var options = Options(args);
        var result = await new BenchRun(options, output).Execute(cancel);
        var (json, markdown) = ResultReport.Save(result, options.OutFolder);
        output.WriteLine();
        output.WriteLine(ResultReport.Markdown(result));
        output.WriteLine($"Results: {json}, {markdown}");
        return 0;
    }

    /// <summary>Search by meaning at one size: build with the model, fill the vectors, time questions with and without it; saved beside the run's results.</summary>
    public static async Task<int> Hybrid(Arguments args, TextWriter output, CancellationToken cancel)
    {
        var reviews = Int(args, "reviews", null);
        var table = await new HybridRun(reviews, Int(args, "seed", 42), Int(args, "iterations", 50), args.Get("work", ".bench"), output).Execute(cancel);
        var folder = args.Get("out", Path.Combine("docs", "bench-results"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, $"hybrid-r{reviews}-s{Int(args, "seed", 42)}.md"), table + "\n");
        return 0;
    }

    /// <summary>Only the HTTP phase, on what a previous run left in the work folder; printed, not saved.</summary>
    public static async Task<int> Http(Arguments args, TextWriter output, CancellationToken cancel)
    {
        await new BenchRun(Options(args), output).HttpOnly(cancel);
        return 0;
    }

    private static RunOptions Options(Arguments args) =>
        new RunOptions
        {
            Reviews = Int(args, "reviews", null),
            Seed = Int(args, "seed", 42),
            HttpSeconds = Double(args, "http-seconds", 20),
            HttpWorkers = Int(args, "http-workers", 4),
            Iterations = Int(args, "iterations", 400),
            LuceneJava = !args.Has("no-java"),
            OutFolder = args.Get("out", Path.Combine("docs", "bench-results")),
            WorkFolder = args.Get("work", ".bench"),
            SamplesFolder = args.Get("samples"),
            ProfileDocuments = Int(args, "profile-documents", 100),
            Command = "dotnet run -c Release --project bench/LearningSearch.Bench -- run " + string.Join(" ", Environment.GetCommandLineArgs().Skip(2)),
        };

    /// <summary>The search breakdown per query class on a corpus and index a previous run left in the work folder.</summary>
    public static async Task<int> Profile(Arguments args, TextWriter output, CancellationToken cancel)
    {
        var name = $"r{Int(args, "reviews", null)}-s{Int(args, "seed", 42)}";
        var work = Path.GetFullPath(args.Get("work", ".bench"));
        var corpus = Path.Combine(work, "corpus-" + name);
        if (!Directory.Exists(corpus))
            throw new ArgumentException($"There is no corpus at {corpus}: generate it first (generate --reviews N --out {corpus}) or run the benchmark on this size.");
        // The index is built as the host builds it when there is none, or when the extractor changed since.
        await using var product = await ProductSearch.Open(corpus, Path.Combine(work, "index-" + name), cancel, mayBuild: true);
        // Warmed until two rounds in a row agree (a fixed three rounds and 2 s left p50 drifting 4.8 -> 1.3 ms within a run).
        var warmUp = WarmUp.UntilSettled(() => WarmUp.Time(QueryMix.All, q => product.Run(q)));
        output.WriteLine(warmUp.Describe());
        if (args.Has("latency"))
        {
            // LearningSearch alone, as the run times it (whole searches through UnitSearch), without FTS5 or HTTP.
            // With --threads N, N searches at a time (as under HTTP load: each then runs segment after segment).
            var iterations = Int(args, "iterations", 200);
            var threads = Math.Max(1, Int(args, "threads", 1));
            var only = args.Get("class");
            foreach (var queryClass in QueryMix.Classes.Where(c => only is null || string.Equals(c.ToString(), only, StringComparison.OrdinalIgnoreCase)))
            {
                var queries = QueryMix.Of(queryClass);
                var timings = new List<double>[threads];
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
                var (gen0, gen1, gen2, paused, allocated) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
                Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
                {
                    var mine = timings[t] = new List<double>(iterations);
                    for (var i = 0; i < iterations; i++)
                    {
                        var started = System.Diagnostics.Stopwatch.GetTimestamp();
                        product.Run(queries[(i + t) % queries.Count]);
                        mine.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }
                });
                var l = Latencies.Of(timings.SelectMany(x => x).ToList());
                var perSecond = threads * iterations / clock.Elapsed.TotalSeconds;
                var cpuPerSearch = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / (threads * iterations);
                output.WriteLine($"{queryClass,-12} p50 {l.P50,6:F2}  p95 {l.P95,6:F2}  p99 {l.P99,6:F2}  mean {l.Mean,6:F2} ms ({l.Count} searches, {threads} at a time: {perSecond:F0}/s, CPU {cpuPerSearch:F2} ms a search; GC {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}, paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms, {(GC.GetTotalAllocatedBytes() - allocated) / 1024.0 / (threads * iterations):F0} KB a search)");
            }
            return 0;
        }
        if (args.Has("queries"))
        {
            foreach (var q in QueryMix.All)
            {
                var b = SearchProfiler.Profile(product, [q], rounds: Int(args, "rounds", 5));
                var response = product.Run(q);
                output.WriteLine($"{q.Class,-12} {q.Q + (q.Theme is null ? "" : " [" + q.Theme + "]"),-45} hits {response.Total,7}  count {b.CountOnlyMs,6:F2}  top20+facets {b.CollectMs,6:F2}  whole {b.WholeMs,6:F2} ms  expanded: {response.ExpandedQuery[..Math.Min(120, response.ExpandedQuery.Length)]}");
            }
        }
        foreach (var queryClass in QueryMix.Classes)
        {
            var b = SearchProfiler.Profile(product, QueryMix.Of(queryClass), rounds: Int(args, "rounds", 5));
            output.WriteLine($"{queryClass,-12} query {b.PlanMs,6:F2}  count {b.CountOnlyMs,6:F2}  facets {b.FacetsOnlyMs,6:F2}  top20 {b.TopOnlyMs,6:F2}  top20+facets {b.CollectMs,6:F2}  read {b.LoadHitsMs,5:F2}  parents {b.ParentsMs,5:F2}  highlight {b.HighlightMs,5:F2}  map {b.MapMs,5:F2}  whole {b.WholeMs,6:F2}  json {b.JsonMs,5:F2} ms {b.JsonKb,4:F0} KB");
            output.WriteLine($"{"",-12} KB allocated a search: " + string.Join("  ", b.AllocatedKb.Select(a => $"{a.Key} {a.Value:F0}")));
        }
        return 0;
    }

    public static int Tagging(Arguments args, TextWriter output)
    {
        TaggingProfile.Run(args.Get("corpus") ?? throw new ArgumentException("tagging needs --corpus DIR."), Int(args, "documents", 100), output);
        return 0;
    }

    private static int Int(Arguments args, string name, int? fallback)
    {
        var text = args.Get(name);
        if (text is null) return fallback ?? throw new ArgumentException($"--{name} is required.");
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value : throw new ArgumentException($"--{name} must be a whole number; it was '{text}'.");
    }

    private static double Double(Arguments args, string name, double fallback)
    {
        var text = args.Get(name);
        if (text is null) return fallback;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value : throw new ArgumentException($"--{name} must be a number of seconds; it was '{text}'.");
    }
}
