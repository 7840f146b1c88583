using System.Net;
using System.Text.Json;

namespace LearningSearch.SearchApi.Tests.HostileCorpora;

/// <summary>
/// A training lead drops the Word and the PDF of the same action plan into the corpus: both are named "plan", so
/// both would be review "plan". Every endpoint still answers, and each document is a review of its own.
/// </summary>
public sealed class SameReviewIdTests : IClassFixture<SameReviewIdTests.TwoPlansHost>
{
    private readonly TwoPlansHost _host;

    public SameReviewIdTests(TwoPlansHost host) => _host = host;

    public sealed class TwoPlansHost() : LearningSearchHost(MakeCorpus());

    private static string MakeCorpus()
    {
        var folder = Directory.CreateTempSubdirectory("ls-twoplans-").FullName;
        File.WriteAllText(Path.Combine(folder, "plan.md"), "# Plan\n\nRecommendation 1\n\nSupervision of staff must be recorded in every case.\n");
        File.WriteAllText(Path.Combine(folder, "plan.txt"), "Plan\n\nRecommendation 1\n\nAgencies should ensure fathers are included in assessments and supervision.\n");
        return folder;
    }

    [Theory]
    [InlineData("/api/search?q=supervision")]
    [InlineData("/api/reviews")]
    [InlineData("/api/themes")]
    [InlineData("/api/recurrence")]
    [InlineData("/api/export?q=supervision")]
    public async Task TwoDocumentsNamedAlike_ShouldNeverMakeAnEndpointFail(string url)
    {
        using var response = await _host.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TheSecondPlan_ShouldBeAReviewOfItsOwnWithAWarningNamingBothFiles()
    {
        var reviews = (await _host.GetJson("/api/reviews")).EnumerateArray().ToList();
        var ids = reviews.Select(r => r.GetProperty("id").GetString()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["plan", "plan-2"], ids);
        var second = reviews.Single(r => r.GetProperty("id").GetString() == "plan-2");
        Assert.Equal("plan.txt", second.GetProperty("sourceFile").GetString());
        var warnings = string.Join("\n", second.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
        Assert.Contains("'plan' is already the id of plan.md", warnings, StringComparison.Ordinal);
        Assert.Contains("plan.txt", warnings, StringComparison.Ordinal);

        var detail = await _host.GetJson("/api/reviews/plan-2");
        Assert.Contains("fathers", detail.GetRawText(), StringComparison.Ordinal);
    }
}
