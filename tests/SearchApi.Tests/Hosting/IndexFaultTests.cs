using System.Diagnostics;
using System.Net;
using System.Text.Json;
using LearningSearch.Index;
using LearningSearch.Indexer.Indexing;

namespace LearningSearch.SearchApi.Tests.Hosting;

/// <summary>Rebuilds, killed builds, a corrupt index and a missing corpus never cost an answer.</summary>
public sealed class IndexFaultTests
{
    private static string CopyOfCorpus(params string[] files)
    {
        var folder = Directory.CreateTempSubdirectory("ls-corpus-").FullName;
        var source = Path.Combine(LearningSearchHost.RepositoryRoot(), "corpus");
        foreach (var file in files.Length == 0 ? Directory.GetFiles(source).Select(Path.GetFileName).OfType<string>().ToArray() : files)
            File.Copy(Path.Combine(source, file), Path.Combine(folder, file));
        return folder;
    }

    [Fact]
    public async Task SearchesDuringRebuilds_ShouldAllBeAnsweredWithResults()
    {
        var corpus = CopyOfCorpus("derby-derbyshire-lcspr-rds20-action-plan.txt", "children-of-family-y-scr-response-plan.txt");
        using var host = new LearningSearchHost(corpus, new Dictionary<string, string?> { ["Admin:ApiKey"] = "k" });
        var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        using var stop = new CancellationTokenSource();
        var failures = new List<string>();
        var answered = new AnswerCount();
        var searchers = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            var queries = new[] { "supervision", "think family", "was not brought", "early help" };
            try
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    using var response = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(queries[(i + worker) % queries.Length])}");
                    var body = await response.Content.ReadAsStringAsync();
                    if (response.StatusCode != HttpStatusCode.OK || JsonDocument.Parse(body).RootElement.GetProperty("total").GetInt32() == 0)
                        lock (failures) failures.Add($"{(int)response.StatusCode}: {body[..Math.Min(200, body.Length)]}");
                    answered.Add();
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A searcher that stops must not leave the test waiting for answers that will never come.
                answered.Fail(e);
                throw;
            }
        })).ToList();

        // Rebuild while the searchers are busy, and keep them searching until well after the last swap.
        await answered.Reached(20).Within(TimeSpan.FromSeconds(60), "20 searches answered before the rebuilds");
        for (var rebuild = 0; rebuild < 5; rebuild++)
        {
            File.AppendAllText(Path.Combine(corpus, "derby-derbyshire-lcspr-rds20-action-plan.txt"), $"\nRecommendation Z{rebuild}\n\nAgencies should review supervision again ({rebuild}).\n");
            using var reindex = new HttpRequestMessage(HttpMethod.Post, "/api/admin/reindex") { Headers = { { "X-Api-Key", "k" } } };
            using var rebuilt = await client.SendAsync(reindex).Within(TimeSpan.FromSeconds(120), $"rebuild {rebuild + 1} of 5");
            Assert.Equal(HttpStatusCode.OK, rebuilt.StatusCode);
        }
        var afterRebuilds = answered.Count;
        await answered.Reached(afterRebuilds + 20).Within(TimeSpan.FromSeconds(60), "20 more searches answered after the last rebuild");
        await stop.CancelAsync();
        await Task.WhenAll(searchers).Within(TimeSpan.FromSeconds(30), "the searchers to stop");

        Assert.Empty(failures);
        Assert.True(answered.Count >= 40, $"only {answered.Count} searches ran");
        var latest = await host.GetJson("/api/search?q=%22review+supervision+again%22&pageSize=10");
        Assert.Equal(5, latest.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ACorruptIndexAtStart_ShouldBeRebuiltFromTheCorpus()
    {
        var corpus = CopyOfCorpus("derby-derbyshire-lcspr-rds20-action-plan.txt");
        using var host = new LearningSearchHost(corpus);
        var generation = Path.Combine(host.IndexFolder, "gen-corrupt");
        Directory.CreateDirectory(generation);
        File.WriteAllText(Path.Combine(generation, "segments_1"), "not an index");
        File.WriteAllText(Path.Combine(host.IndexFolder, IndexLocation.PointerFile), "gen-corrupt");

        Assert.Equal(HttpStatusCode.OK, (await host.CreateClient().GetAsync("/health")).StatusCode);
        var result = await host.GetJson("/api/search?q=think+family");
        Assert.True(result.GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public async Task AMissingCorpusAtStart_ShouldBeReportedNotCrash()
    {
        using var host = new LearningSearchHost(Path.Combine(Path.GetTempPath(), "no-such-corpus-" + Guid.NewGuid().ToString("N")));
        var client = host.CreateClient();
        using var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        using var search = await client.GetAsync("/api/search?q=supervision");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, search.StatusCode);
        Assert.Contains("does not exist", await search.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task ABuildKilledMidway_ShouldLeaveTheOldIndexServing()
    {
        var corpus = CopyOfCorpus("derby-derbyshire-lcspr-rds20-action-plan.txt");
        using var host = new LearningSearchHost(corpus);
        var before = await host.GetJson("/api/search?q=think+family&pageSize=1");
        var location = new IndexLocation(host.IndexFolder);
        var served = location.Current();

        // A corpus big enough that the build is still running when it is killed.
        var source = File.ReadAllText(Path.Combine(corpus, "derby-derbyshire-lcspr-rds20-action-plan.txt"));
        for (var i = 0; i < 60; i++) File.WriteAllText(Path.Combine(corpus, $"copy-{i:D2}.txt"), source.Replace("RDS 20", $"RDS {100 + i}", StringComparison.Ordinal));
        // The indexer runs from its own build output, where its own dependencies are.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var indexer = Path.Combine(LearningSearchHost.RepositoryRoot(), "src", "Indexer.Cli", "bin", configuration, "net10.0", "learningsearch-indexer.dll");
        Assert.True(File.Exists(indexer), indexer);
        using var build = Process.Start(new ProcessStartInfo("dotnet", ["exec", indexer, "build", "--corpus", corpus, "--index", host.IndexFolder]) { RedirectStandardOutput = true })!;
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var progressed = false;
        try
        {
            while (await build.StandardOutput.ReadLineAsync(patience.Token) is { } line)
            {
                if (!line.StartsWith("[3/", StringComparison.Ordinal)) continue;
                progressed = true;
                build.Kill(entireProcessTree: true);
                break;
            }
            await build.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            build.Kill(entireProcessTree: true);
            Assert.Fail($"The indexer's build neither reached step 3 nor ended within 3 minutes (reached step 3: {progressed}).");
        }

        Assert.True(progressed, "the build did not get going");
        Assert.Equal(served, location.Current());
        var after = await host.GetJson("/api/search?q=think+family&pageSize=1");
        Assert.Equal(before.GetProperty("total").GetInt32(), after.GetProperty("total").GetInt32());
    }
}

/// <summary>Answers counted as they come, and a wait for a number of them that ends when a searcher fails.</summary>
internal sealed class AnswerCount
{
    private readonly object _gate = new();
    private readonly List<(int Count, TaskCompletionSource Reached)> _waits = [];
    private Exception? _failure;

    public int Count { get; private set; }

    public void Add()
    {
        lock (_gate)
        {
            Count++;
            foreach (var wait in _waits.Where(w => Count >= w.Count)) wait.Reached.TrySetResult();
            _waits.RemoveAll(w => Count >= w.Count);
        }
    }

    public void Fail(Exception e)
    {
        lock (_gate)
        {
            _failure = e;
            foreach (var wait in _waits) wait.Reached.TrySetException(e);
            _waits.Clear();
        }
    }

    /// <summary>Completes once <paramref name="count"/> answers have come; fails if a searcher fails first.</summary>
    public Task Reached(int count)
    {
        lock (_gate)
        {
            if (_failure is not null) return Task.FromException(_failure);
            if (Count >= count) return Task.CompletedTask;
            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waits.Add((count, reached));
            return reached.Task;
        }
    }
}
