using System.Diagnostics;
using System.Globalization;
using LearningSearch.Bench.Generation;
using LearningSearch.Bench.Measuring;
using LearningSearch.Themes;

namespace LearningSearch.Bench.Running;

/// <summary>
/// Search by meaning at a corpus size: the build as the service runs it with its meaning model (the theme model tags),
/// the background fill of the generation's vectors (units a second, on the units' own texts), then questions searched
/// in process with meaning and, on the same index, with the meaning ranking off; and the host's memory.
/// </summary>
public sealed class HybridRun(int reviews, int seed, int iterations, string work, TextWriter log)
{
    public async Task<string> Execute(CancellationToken cancel)
    {
        var name = $"r{reviews}-s{seed}";
        var corpus = Path.Combine(Path.GetFullPath(work), "corpus-" + name);
        var samples = SampleUnits.Read(Path.Combine(RepositoryRoot.Find(), "corpus"));
        new SyntheticCorpus(samples, Taxonomy.LoadDefault()).Ensure(reviews, seed, corpus);
        var index = Path.Combine(Path.GetFullPath(work), "hybrid-index-" + name);
        if (Directory.Exists(index)) Directory.Delete(index, recursive: true);
        var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];

        log.WriteLine($"Building {name} as the service does with its meaning model (the theme model tags each unit)...");
        var clock = Stopwatch.StartNew();
        await using var hybrid = await ProductSearch.Open(corpus, index, cancel, mayBuild: true, "--Search:Meaning=true");
        var build = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var vectors = hybrid.Vectors();
        await vectors.Filled.WaitAsync(cancel);
        var fill = clock.Elapsed.TotalSeconds;
        var units = vectors.Readiness.Total;
        log.WriteLine($"  built in {build:F1} s; vectors of {units:N0} units filled in {fill:F1} s ({units / fill:F0} units/s); {vectors.Readiness.Describe()}");

        var questions = QueryMix.Of(QueryClass.Question);
        var withMeaning = Time(hybrid, questions);
        await using var firstStageOnly = await ProductSearch.Open(corpus, index, cancel, mayBuild: false, "--Search:Meaning=true", "--Search:SecondStage:Enabled=false");
        await firstStageOnly.Vectors().Filled.WaitAsync(cancel);
        var withoutSecondStage = Time(firstStageOnly, questions);
        await using var wordsOnly = await ProductSearch.Open(corpus, index, cancel, mayBuild: false, "--Search:Meaning=true", "--Search:Hybrid:MeaningDepth=0");
        await wordsOnly.Vectors().Filled.WaitAsync(cancel);
        var without = Time(wordsOnly, questions);
        var memory = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576;

        var table = string.Join('\n',
            $"### Search by meaning, {reviews:N0} reviews (seed {seed}), {DateTime.UtcNow:yyyy-MM-dd HH:mm}, load average {load} at start",
            "",
            $"`dotnet run -c Release --project bench/LearningSearch.Bench -- hybrid --reviews {reviews} --iterations {iterations}`",
            "",
            "| | figure |",
            "|---|---|",
            $"| build with the theme model (embeds each unit's text and details once) | {build:F1} s |",
            $"| meaning vectors filled after publishing | {fill:F1} s for {units:N0} units, {units / fill:F0} units/s |",
            $"| questions, with meaning: p50 / p95 / p99 ms | {F(withMeaning.P50)} / {F(withMeaning.P95)} / {F(withMeaning.P99)} |",
            $"| questions, with meaning, second stage off: p50 / p95 / p99 ms | {F(withoutSecondStage.P50)} / {F(withoutSecondStage.P95)} / {F(withoutSecondStage.P99)} |",
            $"| questions, meaning ranking off (same index, vectors loaded): p50 / p95 / p99 ms | {F(without.P50)} / {F(without.P95)} / {F(without.P99)} |",
            $"| process peak memory (the three hosts, the builds included) | {memory:N0} MB |",
            "",
            $"{iterations} searches of each of the {questions.Count} question-class queries, after one round of warm-up; a question asked again is remembered by the encoder, so these are the searches' own cost once a question has been read (reading a new question: docs/meaning.md).");
        log.WriteLine(table);
        return table;
    }

    private Latencies Time(ProductSearch product, IReadOnlyList<BenchQuery> questions)
    {
        foreach (var q in questions) product.Run(q);
        var timings = new List<double>(iterations * questions.Count);
        for (var i = 0; i < iterations; i++)
        {
            foreach (var q in questions)
            {
                var t = Stopwatch.GetTimestamp();
                product.Run(q);
                timings.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
        }
        return Latencies.Of(timings);
    }

    private static string F(double ms) => ms.ToString(ms < 10 ? "F2" : "F1", CultureInfo.InvariantCulture);
}
