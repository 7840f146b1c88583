using System.Net;
using LearningSearch.Indexer.Corpus;

namespace LearningSearch.SearchApi.Tests.Apis;

/// <summary>
/// A trainer quotes a recommendation and wants the way back to the review: the page it is published on (from the
/// manifest) and the original file the service read, with the unit's lines.
/// </summary>
public sealed class PublishedDocumentTests : IDisposable
{
    private const string Address = "https://www.example.org/reviews/rds20-action-plan.pdf";

    private readonly string _corpus = Directory.CreateTempSubdirectory("ls-corpus-").FullName;

    public PublishedDocumentTests()
    {
        File.Copy(Path.Combine(LearningSearchHost.RepositoryRoot(), "corpus", "derby-derbyshire-lcspr-rds20-action-plan.txt"), Path.Combine(_corpus, "rds20.txt"));
        File.Copy(Path.Combine(LearningSearchHost.RepositoryRoot(), "corpus", "derbyshire-scr-ads14-action-plan-2017.txt"), Path.Combine(_corpus, "ads14.txt"));
        new Manifest([
            new ManifestEntry { File = "rds20.txt", Id = "rds20", Title = "RDS 20 action plan", Year = 2023, Url = Address },
            new ManifestEntry { File = "ads14.txt", Id = "ads14", Title = "ADS14 action plan", Year = 2017, Url = "javascript:alert(1)" },
        ]).Save(_corpus);
    }

    [Fact]
    public async Task AReviewWithItsAddressInTheManifest_ShouldLinkToItFromTheReviewEveryHitAndTheCsv()
    {
        using var host = new LearningSearchHost(_corpus);

        var review = await host.GetJson("/api/reviews/rds20");
        Assert.Equal(Address, review.GetProperty("review").GetProperty("publishedAddress").GetString());
        Assert.Equal("manifest", review.GetProperty("review").GetProperty("metadataSources").GetProperty("url").GetString());
        var hits = (await host.GetJson("/api/search?q=think+family&review=rds20")).GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal(Address, h.GetProperty("review").GetProperty("publishedAddress").GetString()));
        var csv = await host.CreateClient().GetStringAsync("/api/export?q=think+family&review=rds20");
        var header = csv.Split('\n')[0];
        Assert.EndsWith("\"Published at\"", header.TrimEnd('\r'), StringComparison.Ordinal);
        Assert.Contains($"\"{Address}\"", csv.Split('\n')[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAddressThatIsNotAWebAddress_ShouldBeLeftOutWithAWarningSayingWhy()
    {
        using var host = new LearningSearchHost(_corpus);

        var review = (await host.GetJson("/api/reviews/ads14")).GetProperty("review");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, review.GetProperty("publishedAddress").ValueKind);
        Assert.Contains(review.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("'javascript:alert(1)' is not a web address", StringComparison.Ordinal));
        var hit = (await host.GetJson("/api/search?q=recommendation&review=ads14")).GetProperty("hits")[0];
        Assert.Equal(System.Text.Json.JsonValueKind.Null, hit.GetProperty("review").GetProperty("publishedAddress").ValueKind);
    }

    [Fact]
    public async Task TheOriginalDocument_ShouldBeServedAsTheCorpusHoldsItAndNamedOnTheUnit()
    {
        using var host = new LearningSearchHost(_corpus);
        var unit = await host.GetJson("/api/units/rds20/rec-a");

        Assert.Equal("/api/reviews/rds20/document", unit.GetProperty("document").GetString());
        using var response = await host.CreateClient().GetAsync(unit.GetProperty("document").GetString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(_corpus, "rds20.txt")), await response.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("sandbox", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var lines = unit.GetProperty("lines").GetString()!.Split('-').Select(int.Parse).ToArray();
        var text = File.ReadAllLines(Path.Combine(_corpus, "rds20.txt"));
        Assert.Contains("Recommendation A", string.Join("\n", text[(lines[0] - 1)..lines[^1]]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADocumentThatHasLeftTheCorpusOrAReviewThatDoesNotExist_ShouldBeA404ProblemNeverAFileOutsideIt()
    {
        using var host = new LearningSearchHost(_corpus);
        await host.GetJson("/api/reviews/rds20");
        var client = host.CreateClient();

        foreach (var url in new[] { "/api/reviews/no-such-review/document", "/api/reviews/..%2F..%2Fetc%2Fpasswd/document", "/api/reviews/%2Fetc%2Fpasswd/document" })
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        }

        File.Delete(Path.Combine(_corpus, "rds20.txt"));
        using var gone = await client.GetAsync("/api/reviews/rds20/document");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("application/problem+json", gone.Content.Headers.ContentType!.MediaType);
        Assert.Contains("no longer in the corpus", await gone.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try { Directory.Delete(_corpus, true); }
        catch (IOException) { }
    }
}
