using System.Net;
using System.Text.Json;
using LearningSearch.Indexer.Corpus;

namespace LearningSearch.SearchApi.Tests.HostileCorpora;

/// <summary>A training lead saves the manifest half-edited and the service restarts: the index already built is served.</summary>
public sealed class MalformedManifestTests : IDisposable
{
    private readonly string _corpus = Directory.CreateTempSubdirectory("ls-corpus-").FullName;
    private readonly string _index = Directory.CreateTempSubdirectory("ls-index-").FullName;

    public MalformedManifestTests()
    {
        File.Copy(Path.Combine(LearningSearchHost.RepositoryRoot(), "corpus", "derby-derbyshire-lcspr-rds20-action-plan.txt"), Path.Combine(_corpus, "rds20.txt"));
        new Manifest([new ManifestEntry { File = "rds20.txt", Id = "rds20", Title = "RDS 20 action plan", Year = 2023 }]).Save(_corpus);
    }

    private LearningSearchHost Host() => new(_corpus, new Dictionary<string, string?> { ["Index:Path"] = _index });

    [Fact]
    public async Task AManifestBrokenBeforeARestart_ShouldLeaveTheIndexServedAndHealthNamingTheMistake()
    {
        using (var first = Host()) Assert.True((await first.GetJson("/api/search?q=think+family")).GetProperty("total").GetInt32() > 0);
        File.WriteAllText(Path.Combine(_corpus, Manifest.FileName), """{ "reviews": [ { "file": "rds20.txt", "title": "RDS 20 action plan" """);

        using var host = Host();

        var result = await host.GetJson("/api/search?q=think+family");
        Assert.True(result.GetProperty("total").GetInt32() > 0);
        var review = await host.GetJson("/api/reviews/rds20");
        Assert.Equal("RDS 20 action plan", review.GetProperty("review").GetProperty("title").GetString());
        using var health = await host.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var answer = JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Degraded", answer.GetProperty("status").GetString());
        Assert.Contains("manifest.json is not valid JSON", answer.GetProperty("checks")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AServiceStartedOnACorpusWithABrokenManifest_ShouldIndexTheDocumentsFromTheirText()
    {
        File.WriteAllText(Path.Combine(_corpus, Manifest.FileName), "{ not json");

        using var host = Host();

        var reviews = (await host.GetJson("/api/reviews")).EnumerateArray().ToList();
        Assert.Equal("rds20.txt", Assert.Single(reviews).GetProperty("sourceFile").GetString());
        Assert.True((await host.GetJson("/api/search?q=think+family")).GetProperty("total").GetInt32() > 0);
        Assert.Contains("manifest.json is not valid JSON", await host.CreateClient().GetStringAsync("/health"), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Directory.Delete(_corpus, true);
        Directory.Delete(_index, true);
    }
}
