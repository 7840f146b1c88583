using System.Diagnostics;
using System.Net;
using System.Text.Json;
using LearningSearch.Index;
using LearningSearch.Indexer.Indexing;

namespace LearningSearch.SearchApi.Tests.Reliability;

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
        var answered = 0;
        var searchers = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            var queries = new[] { "supervision", "think family", "was not brought", "early help" };
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                using var response = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(queries[(i + worker) % queries.Length])}");
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.OK || JsonDocument.Parse(body).RootElement.GetProperty("total").GetInt32() == 0)
                    lock (failures) failures.Add($"{(int)response.StatusCode}: {body[..Math.Min(200, body.Length)]}");
                Interlocked.Increment(ref answered);
            }
        })).ToList();

        // Rebuild while the searchers are busy, and keep them searching until well after the last swap.
        while (Volatile.Read(ref answered) < 20) await Task.Delay(20);
        for (var rebuild = 0; rebuild < 5; rebuild++)
        {
            File.AppendAllText(Path.Combine(corpus, "derby-derbyshire-lcspr-rds20-action-plan.txt"), $"\nRecommendation Z{rebuild}\n\nAgencies should review supervision again ({rebuild}).\n");
            using var reindex = new HttpRequestMessage(HttpMethod.Post, "/api/admin/reindex") { Headers = { { "X-Api-Key", "k" } } };
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(reindex)).StatusCode);
        }
        var afterRebuilds = Volatile.Read(ref answered);
        while (Volatile.Read(ref answered) < afterRebuilds + 20) await Task.Delay(20);
        await stop.CancelAsync();
        await Task.WhenAll(searchers);

        Assert.Empty(failures);
        Assert.True(answered >= 40, $"only {answered} searches ran");
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
        var progressed = false;
        while (await build.StandardOutput.ReadLineAsync() is { } line)
        {
            if (!line.StartsWith("[3/", StringComparison.Ordinal)) continue;
            progressed = true;
            build.Kill(entireProcessTree: true);
            break;
        }
        await build.WaitForExitAsync();

        Assert.True(progressed, "the build did not get going");
        Assert.Equal(served, location.Current());
        var after = await host.GetJson("/api/search?q=think+family&pageSize=1");
        Assert.Equal(before.GetProperty("total").GetInt32(), after.GetProperty("total").GetInt32());
    }
}
