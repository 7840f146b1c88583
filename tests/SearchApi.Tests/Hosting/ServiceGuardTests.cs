using System.Net;

namespace LearningSearch.SearchApi.Tests.Hosting;

/// <summary>Write access is closed and search is rate-limited per client.</summary>
public sealed class ServiceGuardTests
{
    private static string SmallCorpus()
    {
        var folder = Directory.CreateTempSubdirectory("ls-small-").FullName;
        File.Copy(Path.Combine(LearningSearchHost.RepositoryRoot(), "corpus", "derby-derbyshire-lcspr-rds20-action-plan.txt"), Path.Combine(folder, "rds20.txt"));
        return folder;
    }

    [Fact]
    public async Task SearchingTooFast_ShouldGet429WithRetryAfter()
    {
        using var host = new LearningSearchHost(SmallCorpus(), new Dictionary<string, string?> { ["RateLimit:PermitsPerMinute"] = "3" });
        var client = host.CreateClient();
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=family")).StatusCode);
        using var refused = await client.GetAsync("/api/search?q=family");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single()) > 0);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/themes")).StatusCode); // browsing themes is not a search
    }

    [Fact]
    public async Task Reindex_ShouldNeedTheConfiguredKey()
    {
        using var host = new LearningSearchHost(SmallCorpus(), new Dictionary<string, string?> { ["Admin:ApiKey"] = "correct horse battery staple" });
        var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/admin/reindex", null)).StatusCode);
        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/admin/reindex") { Headers = { { "X-Api-Key", "correct horse battery" } } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(wrong)).StatusCode);
        using var right = new HttpRequestMessage(HttpMethod.Post, "/api/admin/reindex") { Headers = { { "X-Api-Key", "correct horse battery staple" } } };
        using var response = await client.SendAsync(right);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"units\":44", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void KeysShouldBeComparedWholly()
    {
        Assert.True(LearningSearch.SearchApi.Apis.AdminEndpoints.KeyMatches("s3cret", "s3cret"));
        Assert.False(LearningSearch.SearchApi.Apis.AdminEndpoints.KeyMatches("s3cre", "s3cret"));
        Assert.False(LearningSearch.SearchApi.Apis.AdminEndpoints.KeyMatches("", "s3cret"));
    }
}
