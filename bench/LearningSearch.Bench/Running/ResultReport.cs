using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using LearningSearch.Bench.Measuring;

namespace LearningSearch.Bench.Running;

/// <summary>Writes a run's results as JSON (the record) and Markdown (the table docs/benchmarks.md is made of).</summary>
public static class ResultReport
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static (string Json, string Markdown) Save(BenchResult result, string folder)
    {
        Directory.CreateDirectory(folder);
        var name = $"r{result.Corpus.Reviews}-s{result.Corpus.Seed}";
        var json = Path.Combine(folder, name + ".json");
        var markdown = Path.Combine(folder, name + ".md");
        File.WriteAllText(json, JsonSerializer.Serialize(result, Json) + "\n");
        File.WriteAllText(markdown, Markdown(result));
        return (json, markdown);
    }

    public static BenchResult Load(string path) => JsonSerializer.Deserialize<BenchResult>(File.ReadAllText(path), Json)!;

    public static string Markdown(BenchResult r)
    {
        var md = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        void Line(string text) => md.Append(text).Append('\n');
        string Ms(double v) => v.ToString(v < 10 ? "F2" : "F1", inv);
        string Mb(long bytes) => (bytes / 1048576.0).ToString("F0", inv);

        Line($"### {r.Corpus.Reviews:N0} reviews (seed {r.Corpus.Seed})");
        Line("");
        Line($"`{r.Command}` — {r.Started:yyyy-MM-dd HH:mm}, {r.Machine.Processors} cores, {r.Machine.Cpu}, {r.Machine.Runtime}, {r.Machine.GcMode} GC, load average {r.Machine.LoadAtStart} at start and {r.Machine.LoadAtEnd} at end");
        Line("");
        Line("| Corpus | Build | Index | Peak (build) |");
        Line("|---|---|---|---|");
        Line($"| {r.Corpus.Reviews:N0} reviews, {r.Build.Units:N0} units indexed ({r.Corpus.PlannedUnits:N0} written), {Mb(r.Corpus.Bytes)} MB of text | " +
             $"{r.Build.Seconds.ToString("F1", inv)} s, {r.Build.UnitsPerSecond:N0} units/s | {Mb(r.Build.IndexBytes)} MB | {Mb(r.Build.PeakWorkingSetBytes)} MB |");
        if (r.Build.Breakdown is { } b)
        {
            var total = b.ReadMs + b.LayoutMs + b.TagMs + b.IndexMs;
            Line("");
            Line($"Build breakdown on the first {b.Documents} documents ({b.Units:N0} units): reading {Pct(b.ReadMs, total)}, layouts {Pct(b.LayoutMs, total)}, " +
                 $"theme tagging {Pct(b.TagMs, total)}, Lucene documents and indexing {Pct(b.IndexMs, total)}.");
        }
        Line("");
        var java = r.LuceneJava is { Ran: true } ? r.LuceneJava : null;
        string L(Latencies l) => $"{Ms(l.P50)} / {Ms(l.P95)} / {Ms(l.P99)}";
        Line("In-process searches, ms (p50 / p95 / p99): the 20 best, read and highlighted; \"+ facets\" adds the counts of theme, review, kind, year and agency over every match.");
        Line("");
        Line("| Query class | LearningSearch + facets | FTS5 top 20 | FTS5 + facets | Lucene (Java) top 20 | Lucene (Java) + facets | Median ratio LS / FTS5 | LS / Lucene |");
        Line("|---|---|---|---|---|---|---|---|");
        foreach (var c in QueryMix.Classes)
        {
            var cmp = r.Comparison.First(x => x.Class == c.ToString());
            Line($"| {c} | {L(r.InProcess.Classes[c])} | {L(r.Fts5.TopOnly[c])} | {L(r.Fts5.Classes[c])} | " +
                 $"{(java is null ? "–" : L(java.TopOnly[c]))} | {(java is null ? "–" : L(java.WithFacets[c]))} | {cmp.Ratio.ToString("F2", inv)} | {cmp.RatioToLuceneJava?.ToString("F2", inv) ?? "–"} |");
        }
        var cold = r.Comparison.First(x => x.Class == "RecurrenceCold");
        Line("");
        Line("| Recurrence, ms | LearningSearch (matrix and repeated recommendations) | FTS5 (matrix: one GROUP BY) | Ratio |");
        Line("|---|---|---|---|");
        Line($"| Cold: the first computation, from scratch | {Ms(r.InProcess.RecurrenceColdMs)} | {Ms(r.Fts5.RecurrenceColdMs)} | {cold.Ratio.ToString("F2", inv)} |");
        if (r.InProcess.RecurrenceFromScratch is { } again)
            Line($"| Again from scratch, pages warm (p50 of {again.Count} / {r.Fts5.RecurrenceFromScratch.Count}) | {Ms(again.P50)} | {Ms(r.Fts5.RecurrenceFromScratch.P50)} | {(again.P50 / r.Fts5.RecurrenceFromScratch.P50).ToString("F2", inv)} |");
        Line($"| Cached: LearningSearch's answer kept per index generation (what a second visitor waits; FTS5 keeps none) | {Ms(r.InProcess.RecurrenceCached.P50)} | – | |");
        Line("");
        Line($"{r.InProcess.Classes.Values.First().Count} timed searches per class for each engine, interleaved (LearningSearch and FTS5 in this process; Java Lucene in its own, after); " +
             $"warm-up: {r.InProcess.WarmUp.Describe()}; first search after opening the index {Ms(r.InProcess.FirstSearchMs)} ms. " +
             $"FTS5: {r.Fts5.Units:N0} units loaded in {r.Fts5.LoadSeconds.ToString("F1", inv)} s, database {Mb(r.Fts5.DatabaseBytes)} MB, mmap_size {Mb(r.Fts5.MmapBytes)} MB, page cache {r.Fts5.CacheKb / 1024} MB.");
        if (java is not null)
            Line($"\nJava Lucene {java.Version} (Java {java.Java}, EnglishAnalyzer, BM25, sorted-set doc-values facets): {java.Units:N0} units indexed in {java.IndexSeconds.ToString("F1", inv)} s " +
                 $"(of which merging to one segment {java.MergeSeconds.ToString("F1", inv)} s), index {Mb(java.IndexBytes)} MB; warmed in {java.WarmUpRounds} rounds ({(java.WarmUpSettled ? "settled" : "not settled")}). " +
                 "Its top 20 alone counts matches only up to 1,000 and skips blocks that cannot make the page (Lucene 8's default); with facets every match is counted.");
        else if (r.LuceneJava is { } skipped)
            Line($"\nJava Lucene skipped: {skipped.SkippedBecause}.");
        if (r.Http is { } h)
        {
            Line("");
            Line("| HTTP (loopback) | req/s | p50 ms | p99 ms | errors | host peak memory |");
            Line("|---|---|---|---|---|---|");
            Line($"| search mix: {h.Load.Workers} workers, {h.Load.Seconds.ToString("F0", inv)} s, {h.Load.Requests:N0} requests | {h.Load.RequestsPerSecond:N0} | {Ms(h.Load.Latency.P50)} | {Ms(h.Load.Latency.P99)} | {h.Load.Errors} | {Mb(h.ServerPeakWorkingSetBytes)} MB |");
            // Results saved before the HTTP figures were split by class have none.
            foreach (var (kind, latency) in h.Load.ByClass ?? new Dictionary<QueryClass, Latencies>())
                Line($"| &nbsp;&nbsp;{kind} ({latency.Count:N0} requests) | | {Ms(latency.P50)} | {Ms(latency.P99)} | | |");
            Line($"| /api/recurrence (HTTP {h.RecurrenceStatus}, {(h.RecurrenceBytes / 1048576.0).ToString("F1", inv)} MB): cold, then warm | | {Ms(h.RecurrenceColdMs)} / {Ms(h.RecurrenceWarmMs)} | | | {Mb(h.ServerPeakAfterRecurrenceBytes)} MB |");
            if (h.HostCpuMsPerRequest > 0)
                Line($"\nThe host's CPU time under the search load: {h.HostCpuMsPerRequest.ToString("F1", inv)} ms an answer (all its threads; warm-up included).");
        }
        foreach (var note in r.Notes) Line($"\n- {note}");
        return md.ToString();
    }

    private static string Pct(double part, double total) => total > 0 ? (part / total).ToString("P0", CultureInfo.InvariantCulture) : "-";
}
