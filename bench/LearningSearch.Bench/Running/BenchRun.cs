using System.Diagnostics;
using LearningSearch.Bench.Generation;
using LearningSearch.Bench.Measuring;
using LearningSearch.Index;
using LearningSearch.Indexer.Indexing;
using LearningSearch.Themes;

namespace LearningSearch.Bench.Running;

/// <summary>
/// One benchmark run on one corpus size, start to finish in one process: generate (or reuse) the corpus, build
/// the index with the product's builder, search in process and with SQLite FTS5 on the same units, then load
/// the real host over loopback HTTP.
/// </summary>
public sealed class BenchRun(RunOptions options, TextWriter log)
{
    public async Task<BenchResult> Execute(CancellationToken cancel)
    {
        var started = DateTimeOffset.Now;
        var machine = MachineInfo.Read();
        log.WriteLine($"Load average at start: {machine.LoadAtStart} on {machine.Processors} cores");
        var notes = new List<string>();
        var work = Path.GetFullPath(options.WorkFolder);
        Directory.CreateDirectory(work);
        var name = $"r{options.Reviews}-s{options.Seed}";

        var corpusFolder = Path.Combine(work, "corpus-" + name);
        var corpus = Generate(corpusFolder);

        var indexFolder = Path.Combine(work, "index-" + name);
        var (build, generation) = Build(corpusFolder, indexFolder, notes);
        if (build.Units == 0) throw new InvalidOperationException("The build indexed no units; nothing to measure.");

        log.WriteLine("Loading the same units into SQLite FTS5...");
        var databasePath = Path.Combine(work, $"fts5-{name}.db");
        using var fts5 = Fts5Baseline.Load(generation, databasePath);
        log.WriteLine($"  {fts5.Units:N0} units in {fts5.LoadTime.TotalSeconds:F1} s, {Mb(new FileInfo(databasePath).Length)} MB; mmap_size {Mb(fts5.MmapBytes)} MB, page cache {fts5.CacheKb / 1024} MB");

        var (inProcess, fts5Figures, peerQueries) = await Search(corpusFolder, indexFolder, fts5, databasePath, cancel);
        fts5.Dispose();

        LuceneJavaFigures? java = null;
        if (options.LuceneJava)
        {
            java = await LuceneJavaPeer.Run(IndexedUnits.Read(generation), peerQueries, Path.Combine(work, "lucene-java-" + name), options.Iterations, log, cancel);
            if (!java.Ran) notes.Add($"Java Lucene skipped: {java.SkippedBecause}.");
        }
        var comparison = QueryMix.Classes.Select(c => Compare(c, inProcess, fts5Figures, java))
            .Append(new ClassComparison("RecurrenceCold", inProcess.RecurrenceColdMs, fts5Figures.RecurrenceColdMs,
                fts5Figures.RecurrenceColdMs > 0 ? Math.Round(inProcess.RecurrenceColdMs / fts5Figures.RecurrenceColdMs, 3) : double.NaN))
            .ToList();

        HttpFigures? http = null;
        if (options.HttpSeconds > 0) http = await Http(corpusFolder, indexFolder, cancel);
        else notes.Add("HTTP phase skipped (--http-seconds 0).");

        return new BenchResult(started, options.Command, machine with { LoadAtEnd = MachineInfo.LoadAverage() }, corpus, build, inProcess, fts5Figures, java, http, comparison, notes);
    }

    private CorpusFigures Generate(string folder)
    {
        var clock = Stopwatch.StartNew();
        var existing = GeneratedCorpus.Read(folder);
        var reuse = existing is not null && existing.Reviews == options.Reviews && existing.Seed == options.Seed && existing.Version == SyntheticCorpus.Version;
        log.WriteLine(reuse ? $"Reusing the corpus in {folder}" : $"Generating {options.Reviews} reviews (seed {options.Seed}) into {folder}...");
        var samples = SampleUnits.Read(options.SamplesFolder ?? Path.Combine(RepositoryRoot.Find(), "corpus"));
        var corpus = new SyntheticCorpus(samples, Taxonomy.LoadDefault()).Ensure(options.Reviews, options.Seed, folder);
        log.WriteLine($"  {corpus.Reviews:N0} reviews, {corpus.PlannedUnits:N0} units written, {Mb(corpus.Bytes)} MB, {clock.Elapsed.TotalSeconds:F1} s");
        return new CorpusFigures(corpus.Reviews, corpus.Seed, corpus.PlannedUnits, corpus.Bytes, corpus.Layouts, Math.Round(clock.Elapsed.TotalSeconds, 2), reuse);
    }

    private (BuildFigures, string Generation) Build(string corpus, string index, List<string> notes)
    {
        if (Directory.Exists(index)) Directory.Delete(index, recursive: true);
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var peakReset = PeakMemory.Reset();
        if (!peakReset) notes.Add("The build's peak working set includes what the process used before the build (VmHWM could not be reset).");
        log.WriteLine("Building the index with the product's IndexBuilder...");
        var report = IndexerServices.CreateBuilder().Build(corpus, new IndexLocation(index));
        var peak = PeakMemory.Read();
        var seconds = report.Elapsed.TotalSeconds;
        var size = new DirectoryInfo(report.Generation).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        var skipped = report.Count(DocumentStatus.Skipped);
        log.WriteLine($"  {report.Units:N0} units from {report.Documents.Count:N0} documents ({skipped} skipped) in {seconds:F1} s = {report.Units / seconds:N0} units/s; index {Mb(size)} MB; peak {Mb(peak)} MB");
        foreach (var d in report.Documents.Where(d => d.Status == DocumentStatus.Skipped).Take(5)) notes.Add($"Skipped {d.SourceFile}: {d.Message}");

        BuildBreakdown? breakdown = null;
        if (options.ProfileDocuments > 0)
        {
            breakdown = BuildProfiler.Profile(corpus, options.ProfileDocuments);
            var total = breakdown.ReadMs + breakdown.LayoutMs + breakdown.TagMs + breakdown.IndexMs;
            log.WriteLine($"  breakdown on {breakdown.Documents} documents ({breakdown.Units} units): read {breakdown.ReadMs:F0} ms, layouts {breakdown.LayoutMs:F0} ms, " +
                          $"themes {breakdown.TagMs:F0} ms, Lucene {breakdown.IndexMs:F0} ms ({breakdown.TagMs / total:P0} tagging)");
        }
        return (new BuildFigures(report.Documents.Count, skipped, report.Units, Math.Round(seconds, 2), Math.Round(report.Units / seconds, 0), size, peak, peakReset, breakdown), report.Generation);
    }

    private async Task<(SearchFigures, Fts5Figures, List<(BenchQuery, string, string)>)> Search(string corpus, string index, Fts5Baseline fts5, string databasePath, CancellationToken cancel)
    {
        log.WriteLine("Searching in process (LearningSearch and FTS5 interleaved)...");
        var clock = Stopwatch.StartNew();
        await using var product = await ProductSearch.Open(corpus, index, cancel);
        var open = clock.Elapsed.TotalSeconds;

        // The generation computed recurrence from scratch when it was opened, before it served: that is the cold cost
        // (asking the product for the matrix now would only time its answer kept with the generation).
        double recurrenceCold;
        using (var lease = product.Index.Acquire())
            recurrenceCold = lease.Generation.BuildTimes.Where(p => p.Part == nameof(LearningSearch.SearchApi.Recurrence.RecurrenceFacts)).Sum(p => p.Took.TotalMilliseconds);
        log.WriteLine($"  index opened in {open:F2} s, of which recurrence computed from scratch (matrix and repeated recommendations) {recurrenceCold:F0} ms");

        clock.Restart();
        product.Run(QueryMix.All[0]);
        var firstSearch = clock.Elapsed.TotalMilliseconds;

        clock.Restart();
        fts5.RecurrenceMatrix();
        var ftsRecurrenceCold = clock.Elapsed.TotalMilliseconds;

        // Same questions to every engine: the FTS5 query is made from the expansion LearningSearch ran; Java Lucene
        // gets the same expression (it is classic Lucene syntax too) with the theme filter apart, as a filter clause.
        var matches = new Dictionary<BenchQuery, string>();
        var peerQueries = new List<(BenchQuery, string, string)>();
        foreach (var q in QueryMix.All)
        {
            var answer = product.Run(q);
            matches[q] = Fts5Query.From(answer.ExpandedQuery, q.Theme, answer.CommonWords);
            peerQueries.Add((q, Label(q), Fts5Query.From(answer.ExpandedQuery, null, answer.CommonWords)));
        }
        var totals = new Dictionary<string, int>();
        var ftsTotals = new Dictionary<string, int>();
        // Until LearningSearch's round medians settle (FTS5 warmed alongside), so the JIT has moved the hot code to its optimised tier.
        var warmUp = WarmUp.UntilSettled(() =>
        {
            var round = new List<double>(QueryMix.All.Count);
            foreach (var q in QueryMix.All)
            {
                var t = Stopwatch.GetTimestamp();
                totals[Label(q)] = product.Run(q).Total;
                round.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                fts5.Top(matches[q]);
                ftsTotals[Label(q)] = fts5.Search(matches[q]).Total;
            }
            return round;
        }, mostRounds: 15, mostSeconds: 90);
        log.WriteLine("  " + warmUp.Describe());

        var ours = new Dictionary<QueryClass, Latencies>();
        var theirs = new Dictionary<QueryClass, Latencies>();
        var theirsTop = new Dictionary<QueryClass, Latencies>();
        foreach (var queryClass in QueryMix.Classes)
        {
            var queries = QueryMix.Of(queryClass);
            var a = new List<double>(options.Iterations);
            var b = new List<double>(options.Iterations);
            var c = new List<double>(options.Iterations);
            for (var i = 0; i < options.Iterations; i++)
            {
                var q = queries[i % queries.Count];
                var t = Stopwatch.GetTimestamp();
                product.Run(q);
                a.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                t = Stopwatch.GetTimestamp();
                fts5.Top(matches[q]);
                c.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                t = Stopwatch.GetTimestamp();
                fts5.Search(matches[q]);
                b.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
            ours[queryClass] = Latencies.Of(a);
            theirs[queryClass] = Latencies.Of(b);
            theirsTop[queryClass] = Latencies.Of(c);
            log.WriteLine($"  {queryClass,-12} LearningSearch p50 {ours[queryClass].P50,7:F2} p95 {ours[queryClass].P95,7:F2} p99 {ours[queryClass].P99,7:F2} ms | " +
                          $"FTS5 top 20 p50 {theirsTop[queryClass].P50,7:F2}, with facets p50 {theirs[queryClass].P50,7:F2} p99 {theirs[queryClass].P99,7:F2} ms");
        }

        var cached = new List<double>();
        var ftsRepeated = new List<double>();
        for (var i = 0; i < Math.Max(20, options.Iterations / 10); i++)
        {
            var t = Stopwatch.GetTimestamp();
            product.Recurrence.Matrix(new LearningSearch.SearchApi.Contracts.RecurrenceRequest());
            cached.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            t = Stopwatch.GetTimestamp();
            fts5.RecurrenceMatrix();
            ftsRepeated.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
        var fromScratch = RecurrenceFromScratch.Time(product, recurrenceCold);
        log.WriteLine($"  Recurrence   LearningSearch cold {recurrenceCold:F0} ms, again from scratch p50 {(fromScratch is null ? "-" : fromScratch.P50.ToString("F0", System.Globalization.CultureInfo.InvariantCulture))} ms, cached p50 {Latencies.Of(cached).P50:F3} ms | " +
                      $"FTS5 GROUP BY cold {ftsRecurrenceCold:F0} ms, again p50 {Latencies.Of(ftsRepeated).P50:F1} ms");

        var breakdown = SearchProfiler.Profile(product, QueryMix.All, rounds: 3);
        log.WriteLine($"  breakdown per search (mean of {breakdown.Searches}): query {breakdown.PlanMs:F2} ms, count only {breakdown.CountOnlyMs:F2}, top 20 only {breakdown.TopOnlyMs:F2}, top 20 + facets {breakdown.CollectMs:F2}, read 20 units {breakdown.LoadHitsMs:F2}, " +
                      $"parent lookups {breakdown.ParentsMs:F2}, highlight {breakdown.HighlightMs:F2}, map (parents+highlight+labels) {breakdown.MapMs:F2}; whole search {breakdown.WholeMs:F2}; " +
                      $"JSON {breakdown.JsonMs:F2} ms for {breakdown.JsonKb:F0} KB");
        var figures = new SearchFigures(Math.Round(open, 3), Math.Round(recurrenceCold, 1), fromScratch, Latencies.Of(cached), warmUp, Math.Round(firstSearch, 2), ours, totals, PeakMemory.Read(), breakdown);
        var ftsFigures = new Fts5Figures(fts5.Units, Math.Round(fts5.LoadTime.TotalSeconds, 2), new FileInfo(databasePath).Length, fts5.MmapBytes, fts5.CacheKb,
            Math.Round(ftsRecurrenceCold, 1), Latencies.Of(ftsRepeated), theirs, theirsTop, ftsTotals);
        return (figures, ftsFigures, peerQueries);
    }

    /// <summary>The HTTP phase alone, on the corpus and index an earlier run left in the work folder.</summary>
    public Task<HttpFigures> HttpOnly(CancellationToken cancel)
    {
        var work = Path.GetFullPath(options.WorkFolder);
        var name = $"r{options.Reviews}-s{options.Seed}";
        return Http(Path.Combine(work, "corpus-" + name), Path.Combine(work, "index-" + name), cancel);
    }

    private async Task<HttpFigures> Http(string corpus, string index, CancellationToken cancel)
    {
        log.WriteLine($"Starting the SearchApi host on loopback and loading it for {options.HttpSeconds:F0} s with {options.HttpWorkers} workers...");
        using var server = await SearchApiServer.Start(corpus, index, TimeSpan.FromMinutes(5), cancel);
        // The host's CPU time for the whole load (its warm-up too), per answer: steadier than req/s on a shared machine.
        var cpuBefore = server.CpuTime;
        var load = await HttpLoad.Run(server.Address, QueryMix.All, options.HttpWorkers, TimeSpan.FromSeconds(options.HttpSeconds), maxRequests: 1_000_000, cancel);
        var (peak, workingSet) = (server.PeakWorkingSet, server.WorkingSet);
        var cpuPerRequest = (server.CpuTime - cpuBefore).TotalMilliseconds / Math.Max(1, load.Requests + load.WarmUpRequests);
        log.WriteLine($"  host started in {server.StartTime.TotalSeconds:F1} s; {load.Requests:N0} requests in {load.Seconds:F1} s = {load.RequestsPerSecond:N0} req/s, " +
                      $"p50 {load.Latency.P50:F1} ms, p99 {load.Latency.P99:F1} ms, {load.Errors} errors; host peak {Mb(peak)} MB, host CPU {cpuPerRequest:F1} ms a request");
        foreach (var (kind, count) in load.ErrorKinds) log.WriteLine($"    {count} x {kind}");
        foreach (var (kind, latency) in load.ByClass) log.WriteLine($"    {kind,-12} p50 {latency.P50,6:F1}  p95 {latency.P95,6:F1}  p99 {latency.P99,6:F1}  max {latency.Max,6:F1} ms ({latency.Count:N0})");

        var cold = await HttpLoad.Time(server.Address, "/api/recurrence", TimeSpan.FromMinutes(5), cancel);
        var warm = new List<double>();
        for (var i = 0; i < 3; i++) warm.Add((await HttpLoad.Time(server.Address, "/api/recurrence", TimeSpan.FromMinutes(5), cancel)).Ms);
        var figures = new HttpFigures(Math.Round(server.StartTime.TotalSeconds, 2), peak, workingSet, load, Math.Round(cpuPerRequest, 2),
            cold.Ms, warm.Order().ElementAt(1), cold.Bytes, cold.Status, server.PeakWorkingSet);
        log.WriteLine($"  /api/recurrence: HTTP {cold.Status}, {Mb(cold.Bytes)} MB, cold {cold.Ms:F0} ms, warm {figures.RecurrenceWarmMs:F0} ms; host peak after it {Mb(figures.ServerPeakAfterRecurrenceBytes)} MB");
        return figures;
    }

    private static ClassComparison Compare(QueryClass c, SearchFigures ours, Fts5Figures fts5, LuceneJavaFigures? java)
    {
        var (p50, fts) = (ours.Classes[c].P50, fts5.Classes[c].P50);
        var javaFacets = java is { Ran: true } ? java.WithFacets[c].P50 : (double?)null;
        return new ClassComparison(c.ToString(), p50, fts, fts > 0 ? Math.Round(p50 / fts, 3) : double.NaN, fts5.TopOnly[c].P50,
            javaFacets, java is { Ran: true } ? java.TopOnly[c].P50 : null, javaFacets > 0 ? Math.Round(p50 / javaFacets.Value, 3) : null);
    }

    private static string Label(BenchQuery q) => q.Theme is null ? q.Q : $"{q.Q} [theme={q.Theme}]";

    public static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F1");
}
