using System.Net;

namespace LearningSearch.SearchApi.Tests.HostileCorpora;

/// <summary>What an anonymous caller can learn or try: no server folders in any answer, and no fast guessing of the admin key.</summary>
public sealed class AnonymousCallerTests
{
    private static string SmallCorpus()
    {
        var folder = Directory.CreateTempSubdirectory("ls-small-").FullName;
        File.Copy(Path.Combine(LearningSearchHost.RepositoryRoot(), "corpus", "derby-derbyshire-lcspr-rds20-action-plan.txt"), Path.Combine(folder, "rds20.txt"));
        return folder;
    }

    [Fact]
    public async Task AnIndexNotReady_ShouldBeExplainedWithoutNamingAServerFolder()
    {
        var corpus = Path.Combine(Path.GetTempPath(), "no-such-corpus-" + Guid.NewGuid().ToString("N"));
        using var host = new LearningSearchHost(corpus);
        var client = host.CreateClient();

        using var search = await client.GetAsync("/api/search?q=supervision");
        using var health = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, search.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        foreach (var body in new[] { await search.Content.ReadAsStringAsync(), await health.Content.ReadAsStringAsync() })
        {
            Assert.Contains("the corpus folder does not exist", body, StringComparison.Ordinal);
            Assert.DoesNotContain(Path.GetTempPath().TrimEnd('/'), body, StringComparison.Ordinal);
            Assert.DoesNotContain(host.IndexFolder, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AHealthyService_ShouldNotNameItsIndexFolder()
    {
        using var host = new LearningSearchHost(SmallCorpus());
        var body = await host.CreateClient().GetStringAsync("/health");
        Assert.Contains("\"status\":\"Healthy\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain(host.IndexFolder, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GuessingTheAdminKey_ShouldBeStoppedAfterFiveWrongKeysAMinute()
    {
        using var host = new LearningSearchHost(SmallCorpus(), new Dictionary<string, string?> { ["Admin:ApiKey"] = "correct horse battery staple" });
        var client = host.CreateClient();
        HttpRequestMessage Reindex(string key) => new(HttpMethod.Post, "/api/admin/reindex") { Headers = { { "X-Api-Key", key } } };

        for (var guess = 0; guess < 5; guess++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Reindex($"guess {guess}"))).StatusCode);
        using var sixth = await client.SendAsync(Reindex("guess 6"));
        using var evenTheRightKey = await client.SendAsync(Reindex("correct horse battery staple"));

        Assert.Equal(HttpStatusCode.TooManyRequests, sixth.StatusCode);
        Assert.Equal("60", sixth.Headers.GetValues("Retry-After").Single());
        Assert.Equal(HttpStatusCode.TooManyRequests, evenTheRightKey.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=family")).StatusCode);
    }
}
