using System.Net;
using System.Text.Json;

namespace LearningSearch.SearchApi.Tests.Apis;

[Collection(SampleCorpusCollection.Name)]
public sealed class ErrorAnswerTests(SampleCorpusHost host)
{
    [Theory]
    [InlineData("/api/search?q=%22unbalanced", "opening quote")]
    [InlineData("/api/search?q=*abuse", "three letters")]
    [InlineData("/api/search?q=ab*", "three letters")]
    [InlineData("/api/search?q=/reg.*ex/", "regular expressions")]
    [InlineData("/api/search?q=(supervision", "brackets")]
    [InlineData("/api/search?q=supervision+AND", "AND, OR or NOT")]
    [InlineData("/api/search?theme=not-a-theme", "no theme 'not-a-theme'")]
    [InlineData("/api/search?review=..%2Fetc", "not a review id")]
    [InlineData("/api/search?kind=policy", "recommendation, action or finding")]
    [InlineData("/api/search?page=0", "page must be 1 or more")]
    [InlineData("/api/search?page=abc", "page must be a whole number")]
    [InlineData("/api/search?pageSize=101", "between 1 and 100")]
    [InlineData("/api/search?facetLimit=0", "facetLimit must be between 1 and 1000")]
    [InlineData("/api/search?page=999&pageSize=100", "Only the first 10000")]
    [InlineData("/api/search?q=supervision&page=50", "beyond the last page")]
    [InlineData("/api/search?yearFrom=2020&yearTo=2010", "swap them")]
    [InlineData("/api/search?yearFrom=1066", "between 1990 and 2100")]
    [InlineData("/api/export?q=%22unbalanced", "opening quote")]
    public async Task ABadRequest_ShouldGetA400ProblemThatSaysWhatToFix(string url, string expected)
    {
        using var response = await host.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(expected, problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AVeryLongQuery_ShouldBeRefusedWithItsLength()
    {
        using var response = await host.CreateClient().GetAsync("/api/search?q=" + new string('a', 600));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("600 characters", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/units/ads14/rec-99", "There is no unit 'ads14/rec-99'. Unit ids look like ads14/rec-8 or ads14/rec-8/action-2; a search shows them.")]
    [InlineData("/api/units/ads14/rec-99/similar", "There is no unit 'ads14/rec-99'. Unit ids look like ads14/rec-8 or ads14/rec-8/action-2; a search shows them.")]
    [InlineData("/api/themes/not-a-theme", "There is no theme 'not-a-theme'. GET /api/themes lists the theme ids.")]
    [InlineData("/api/reviews/not-a-review", "There is no review 'not-a-review'. GET /api/reviews lists the review ids.")]
    [InlineData("/api/no-such-endpoint", "There is no such API endpoint; /swagger lists them.")]
    public async Task AnUnknownThing_ShouldGetA404ProblemSayingWhereTheIdsAre(string url, string detail)
    {
        using var response = await host.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Not found", problem.GetProperty("title").GetString());
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AdminReindex_ShouldBeOffWithoutAConfiguredKey()
    {
        using var response = await host.CreateClient().PostAsync("/api/admin/reindex", null);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
