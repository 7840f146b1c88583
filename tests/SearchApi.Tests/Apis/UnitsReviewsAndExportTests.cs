using System.Net;
using System.Text.Json;

namespace LearningSearch.SearchApi.Tests.Apis;

[Collection(SampleCorpusCollection.Name)]
public sealed class UnitsReviewsAndExportTests(SampleCorpusHost host)
{
    [Fact]
    public async Task AnAction_ShouldOpenWithItsRecommendationAndTheOtherActions()
    {
        var detail = await host.GetJson("/api/units/ads14/rec-8/action-2");
        Assert.Equal("ads14/rec-8", detail.GetProperty("recommendation").GetProperty("id").GetString());
        Assert.Equal(10, detail.GetProperty("actions").GetArrayLength());
        Assert.Equal("derbyshire-scr-ads14-action-plan-2017.txt", detail.GetProperty("sourceFile").GetString());
        Assert.Matches(@"^\d+(-\d+)?$", detail.GetProperty("lines").GetString());
    }

    [Fact]
    public async Task ARecommendation_ShouldOpenWithTheFindingsThatCiteIt()
    {
        var detail = await host.GetJson("/api/units/cqc-derby-2015/rec-4.8");
        var findings = detail.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()).ToList();
        Assert.Contains("cqc-derby-2015/finding-5.3.3", findings);
        Assert.Contains("cqc-derby-2015/finding-5.3.7", findings);
    }

    [Fact]
    public async Task SimilarUnits_ShouldComeFromOtherReviewsWithScores()
    {
        var similar = await host.GetJson("/api/units/ads14/rec-8/similar");
        var hits = similar.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.NotEqual("ads14", h.GetProperty("review").GetProperty("id").GetString()));
        Assert.All(hits, h => Assert.True(h.GetProperty("score").GetDouble() > 0));
        Assert.Contains(hits.Take(5), h => h.GetProperty("id").GetString()!.StartsWith("family-y/rec-8", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheReviews_ShouldListAllFiveInYearOrderWithMetadataSources()
    {
        var reviews = (await host.GetJson("/api/reviews")).EnumerateArray().ToList();
        Assert.Equal(["an09", "cqc-derby-2015", "ads14", "family-y", "rds20"], reviews.Select(r => r.GetProperty("id").GetString()));
        Assert.All(reviews, r => Assert.True(r.GetProperty("coverage").GetDouble() >= 0.98));
        Assert.Equal("manifest", reviews[2].GetProperty("metadataSources").GetProperty("title").GetString());
    }

    [Fact]
    public async Task AReview_ShouldShowItsRecommendationsWithTheirActions()
    {
        var review = await host.GetJson("/api/reviews/ads14");
        var recs = review.GetProperty("recommendations").EnumerateArray().ToList();
        Assert.Equal(9, recs.Count);
        Assert.Equal(10, recs[7].GetProperty("actions").GetArrayLength());
    }

    [Fact]
    public async Task Export_ShouldDownloadTheSameHitsAsCsvWithCitations()
    {
        var search = await host.GetJson("/api/search?q=was+not+brought&pageSize=100");
        using var response = await host.CreateClient().GetAsync("/api/export?q=was+not+brought");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n".Contains('\r') ? '\n' : '\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("\"Citation\",\"Review\"", lines[0], StringComparison.Ordinal);
        var ids = search.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList();
        Assert.Contains(ids[0], lines[1], StringComparison.Ordinal);
        Assert.Equal(search.GetProperty("total").GetInt32(), ids.Count(id => lines.Any(l => l.Contains($"\"{id}\"", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task TheOpenApiDocument_ShouldDescribeEveryParameterOfSearch()
    {
        var doc = await host.GetJson("/openapi/v1.json");
        var search = doc.GetProperty("paths").GetProperty("/api/search").GetProperty("get");
        var parameters = search.GetProperty("parameters").EnumerateArray().ToList();
        foreach (var name in new[] { "q", "theme", "review", "kind", "agency", "status", "yearFrom", "yearTo", "page", "pageSize" })
        {
            var p = parameters.Single(x => string.Equals(x.GetProperty("name").GetString(), name, StringComparison.OrdinalIgnoreCase));
            Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("description").GetString()), name);
        }
        using var swagger = await host.CreateClient().GetAsync("/swagger/index.html");
        Assert.Equal(HttpStatusCode.OK, swagger.StatusCode);
    }

    [Fact]
    public async Task Health_ShouldAnswerOkOnceTheIndexIsOpen()
    {
        using var response = await host.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ThePage_ShouldBeServedWithASecurityPolicyOnEveryViewPath()
    {
        foreach (var path in new[] { "/", "/themes", "/themes/neglect", "/recurrence", "/units/ads14/rec-8" })
        {
            using var response = await host.CreateClient().GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/units/ads14/rec-999")]
    [InlineData("/reviews/no-such-review")]
    [InlineData("/themes/no-such-theme")]
    public async Task AnAddressThatNamesNothing_ShouldGetThePageSayingNotFound_WithStatus404(string path)
    {
        using var response = await host.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/reviews")]
    [InlineData("/reviews/ads14")]
    [InlineData("/units/ads14/rec-8")]
    public async Task AnAddressOfSomethingThatExists_ShouldGetThePage(string path)
    {
        using var response = await host.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AnUnknownApiAddress_ShouldStillBeAProblemInJson()
    {
        using var response = await host.CreateClient().GetAsync("/api/no-such-endpoint");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
