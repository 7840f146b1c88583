using System.Net;
using System.Text.Json;
using LearningSearch.Index;
using LearningSearch.Index.Live;
using LearningSearch.Indexer.Indexing;
using LearningSearch.SearchApi.Hosting;
using LearningSearch.SearchApi.Search;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSearch.SearchApi.Tests.HostileCorpora;

/// <summary>
/// A disk fault damages a file of the index in service. The service, started afresh, never serves the damaged
/// generation: it rebuilds from the corpus, or falls back to the generation before, and /health says so.
/// </summary>
public sealed class DamagedIndexTests : IDisposable
{
    private readonly string _corpus = Directory.CreateTempSubdirectory("ls-corpus-").FullName;
    private readonly string _index = Directory.CreateTempSubdirectory("ls-index-").FullName;

    public DamagedIndexTests() =>
        File.Copy(Path.Combine(LearningSearchHost.RepositoryRoot(), "corpus", "derby-derbyshire-lcspr-rds20-action-plan.txt"), Path.Combine(_corpus, "rds20.txt"));

    private LearningSearchHost Host(string? corpus = null) =>
        new(corpus ?? _corpus, new Dictionary<string, string?> { ["Index:Path"] = _index, ["Admin:ApiKey"] = "k" });

    /// <summary>Flips bytes in the middle of the generation's largest file, where the stored units and postings are.</summary>
    internal static void Damage(string generation) => Damage(Directory.GetFiles(generation).MaxBy(f => new FileInfo(f).Length)!, places: 1);

    /// <summary>Flips 32 bytes in each of a number of places of a file (the middle first), the same places every run.</summary>
    private static void Damage(string file, int places)
    {
        // A disk fault asks no one's leave: the file may be open in the host serving it.
        using var stream = File.Open(file, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        var random = new Random(1);
        var bytes = new byte[32];
        for (var place = 0; place < places; place++)
        {
            var at = place == 0 ? stream.Length / 2 : random.NextInt64(100, stream.Length - 100);
            stream.Position = at;
            stream.ReadExactly(bytes);
            for (var i = 0; i < bytes.Length; i++) bytes[i] ^= 0x5A;
            stream.Position = at;
            stream.Write(bytes);
        }
    }

    private static async Task<JsonElement> Health(LearningSearchHost host)
    {
        using var response = await host.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static async Task AllSearchesAnswer(LearningSearchHost host)
    {
        foreach (var url in new[] { "/api/search?q=think+family", "/api/search?q=supervision&pageSize=50", "/api/reviews", "/api/reviews/rds20", "/api/recurrence", "/api/export?q=family" })
        {
            using var response = await host.CreateClient().GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        }
        var result = await host.GetJson("/api/search?q=think+family");
        Assert.True(result.GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public async Task ADamagedGenerationAtStart_ShouldBeRebuiltFromTheCorpusAndHealthSaySo()
    {
        using (var first = Host()) await AllSearchesAnswer(first);
        var damaged = new IndexLocation(_index).Current()!;
        Damage(damaged);

        using var host = Host();
        var health = await Health(host);

        Assert.Equal("Degraded", health.GetProperty("status").GetString());
        var why = health.GetProperty("checks")[0].GetProperty("description").GetString()!;
        Assert.Contains($"the index generation {Path.GetFileName(damaged)} is damaged", why, StringComparison.Ordinal);
        Assert.DoesNotContain(_index, why, StringComparison.Ordinal);
        Assert.NotEqual(damaged, new IndexLocation(_index).Current());
        await AllSearchesAnswer(host);
    }

    [Fact]
    public async Task ADamagedGenerationThatCannotBeRebuilt_ShouldGiveWayToTheOneBefore()
    {
        using (var first = Host())
        {
            using var reindex = new HttpRequestMessage(HttpMethod.Post, "/api/admin/reindex") { Headers = { { "X-Api-Key", "k" } } };
            Assert.Equal(HttpStatusCode.OK, (await first.CreateClient().SendAsync(reindex)).StatusCode);
        }
        Damage(new IndexLocation(_index).Current()!);

        using var host = Host(corpus: Path.Combine(_corpus, "gone"));
        var health = await Health(host);

        Assert.Equal("Degraded", health.GetProperty("status").GetString());
        Assert.Contains("serving the earlier generation gen-", health.GetProperty("checks")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        await AllSearchesAnswer(host);
    }

    [Fact]
    public async Task DamageWhileServing_ShouldBeAnswered503ThenRebuiltNever500()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(LearningSearchHost.RepositoryRoot(), "corpus")))
            File.Copy(file, Path.Combine(_corpus, Path.GetFileName(file)), overwrite: true);
        using var host = Host();
        var client = host.CreateClient();
        await AllSearchesAnswer(host);
        var damaged = new IndexLocation(_index).Current()!;
        foreach (var file in Directory.GetFiles(damaged).Where(f => new FileInfo(f).Length > 2000)) Damage(file, places: 20);

        var answers = new List<HttpStatusCode>();
        foreach (var q in new[] { "family", "supervision", "think family", "was not brought", "early help", "fathers", "mental health" })
        {
            foreach (var url in new[] { $"/api/search?q={q}&pageSize=50", $"/api/export?q={q}", "/api/reviews", "/api/recurrence", "/api/reviews/rds20", "/api/reviews/ads14" })
            {
                using var response = await client.GetAsync(url);
                answers.Add(response.StatusCode);
            }
        }

        Assert.DoesNotContain(HttpStatusCode.InternalServerError, answers);
        Assert.Contains(HttpStatusCode.ServiceUnavailable, answers);
        // The rebuild publishes the new generation on disk, then the host builds what it knows before serving it.
        await host.Services.GetRequiredService<IndexMaintenance>().Until(
            () => new IndexLocation(_index).Current() != damaged && host.Services.GetRequiredService<LiveIndex>().Folder is { } served && served != damaged,
            TimeSpan.FromSeconds(60), "the damaged generation to be rebuilt from the corpus and the new one served");
        Assert.NotEqual(damaged, new IndexLocation(_index).Current());
        Assert.NotEqual(damaged, host.Services.GetRequiredService<LiveIndex>().Folder);
        await AllSearchesAnswer(host);
        Assert.Contains($"the index generation {Path.GetFileName(damaged)} is damaged", (await Health(host)).GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADamagedGenerationPublishedByAnotherBuild_ShouldNotBeFollowed()
    {
        using var host = Host();
        await AllSearchesAnswer(host);
        var served = new IndexLocation(_index).Current()!;
        // Another build publishes a generation that a disk fault damages before the service moves to it.
        var published = Path.Combine(_index, "gen-99991231235959999-damaged");
        Directory.CreateDirectory(published);
        foreach (var file in Directory.GetFiles(served)) File.Copy(file, Path.Combine(published, Path.GetFileName(file)));
        Damage(published);
        File.WriteAllText(Path.Combine(_index, IndexLocation.PointerFile), Path.GetFileName(published));

        // The service looks for a published generation every two seconds.
        var maintenance = host.Services.GetRequiredService<IndexMaintenance>();
        await maintenance.Until(() => maintenance.DegradedBecause?.Contains("gen-99991231235959999-damaged", StringComparison.Ordinal) == true,
            TimeSpan.FromSeconds(30), "the service to refuse the damaged generation another build published");
        var health = await Health(host);
        Assert.Equal("Degraded", health.GetProperty("status").GetString());

        var why = health.GetProperty("checks")[0].GetProperty("description").GetString()!;
        Assert.Contains("the index generation gen-99991231235959999-damaged is damaged", why, StringComparison.Ordinal);
        Assert.Contains($"still serving {Path.GetFileName(served)}", why, StringComparison.Ordinal);
        await AllSearchesAnswer(host);
    }

    [Fact]
    public async Task TheIndexFolderDeletedUnderTheService_ShouldMakeHealthUnhealthy()
    {
        using var host = Host();
        await AllSearchesAnswer(host);
        Directory.Delete(_index, recursive: true);

        using var response = await host.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("deleted while the service ran", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Directory.Delete(_corpus, true);
        if (Directory.Exists(_index)) Directory.Delete(_index, true);
    }
}
