namespace LearningSearch.SearchApi.Tests.Meaning;

/// <summary>The service with a question's themes read by the theme model switched on (off by default: docs/quality.md).</summary>
public sealed class ThemesByMeaningHost() : LearningSearchHost(Path.Combine(RepositoryRoot(), "corpus"), new Dictionary<string, string?>
{
    ["Search:Meaning"] = "true",
    ["Search:Hybrid:ThemesByMeaning"] = "true",
});

/// <summary>A question about a theme in other words gets that theme's clause, and the answer says why.</summary>
public sealed class ThemesByMeaningTests(ThemesByMeaningHost host) : IClassFixture<ThemesByMeaningHost>
{
    [Fact]
    public async Task AQuestionAboutAThemeInOtherWords_ShouldSearchThatThemeAndSaySo()
    {
        var question = "nobody actually spoke to the kids on their own";
        var deadline = DateTime.UtcNow.AddMinutes(3);
        System.Text.Json.JsonElement expansion = default;
        var found = false;
        while (!found && DateTime.UtcNow < deadline)
        {
            var result = await host.GetJson("/api/search?q=" + Uri.EscapeDataString(question));
            found = result.GetProperty("expansions").EnumerateArray().Any(e => e.GetProperty("kind").GetString() == "meaning");
            if (found) expansion = result.GetProperty("expansions").EnumerateArray().First(e => e.GetProperty("kind").GetString() == "meaning");
            else await Task.Delay(500); // the model loads in the background at start
        }
        Assert.True(found, "no theme was read in the question's meaning");
        Assert.Equal("voice-of-child", expansion.GetProperty("themeId").GetString());
        Assert.Empty(expansion.GetProperty("phrases").EnumerateArray());
    }

    [Fact]
    public async Task AnExactSearch_ShouldGetNoThemeByMeaning()
    {
        var result = await host.GetJson("/api/search?q=" + Uri.EscapeDataString("\"spoke to the kids\""));
        Assert.DoesNotContain(result.GetProperty("expansions").EnumerateArray(), e => e.GetProperty("kind").GetString() == "meaning");
    }
}
