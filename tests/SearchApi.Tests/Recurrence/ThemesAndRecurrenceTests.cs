using System.Text.Json;

namespace LearningSearch.SearchApi.Tests.Recurrence;

[Collection(SampleCorpusCollection.Name)]
public sealed class ThemesAndRecurrenceTests(SampleCorpusHost host)
{
    [Fact]
    public async Task TheThemesList_ShouldGiveEveryThemeWithItsCorpusCounts()
    {
        var themes = (await host.GetJson("/api/themes")).EnumerateArray().ToList();
        Assert.True(themes.Count >= 33);
        var wnb = themes.Single(t => t.GetProperty("id").GetString() == "was-not-brought");
        Assert.False(string.IsNullOrWhiteSpace(wnb.GetProperty("definition").GetString()));
        Assert.True(wnb.GetProperty("reviews").GetInt32() >= 3);
        Assert.True(wnb.GetProperty("firstYear").GetInt32() <= 2017 && wnb.GetProperty("lastYear").GetInt32() >= 2020);
    }

    [Fact]
    public async Task AThemePage_ShouldListTheReviewsThatRaiseItAndItsUnits()
    {
        var theme = await host.GetJson("/api/themes/fathers-hidden-men");
        var reviews = theme.GetProperty("reviews").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Contains("ads14", reviews);
        Assert.Contains(theme.GetProperty("units").EnumerateArray(), u => u.GetProperty("id").GetString() == "ads14/rec-5");
        Assert.All(theme.GetProperty("units").EnumerateArray(), u => Assert.Contains(u.GetProperty("themes").EnumerateArray(), t => t.GetProperty("id").GetString() == "fathers-hidden-men"));
    }

    [Fact]
    public async Task WasNotBrought_ShouldRecurInAtLeastThreeReviewsOverSeveralYears()
    {
        var recurrence = await host.GetJson("/api/recurrence");
        var years = recurrence.GetProperty("reviews").EnumerateArray().Select(r => r.GetProperty("year").GetInt32()).ToList();
        Assert.Equal(years.Order(), years);
        var wnb = recurrence.GetProperty("themes").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "was-not-brought");
        Assert.True(wnb.GetProperty("recurs").GetBoolean());
        Assert.True(wnb.GetProperty("reviewCount").GetInt32() >= 3);
        // A cell for each review that raises the theme (a national collection has thousands of reviews).
        Assert.Equal(wnb.GetProperty("reviewCount").GetInt32(), wnb.GetProperty("cells").GetArrayLength());
        Assert.All(wnb.GetProperty("cells").EnumerateArray(), c => Assert.True(c.GetProperty("count").GetInt32() > 0));
    }

    [Fact]
    public async Task ALaterRecommendation_ShouldShowTheEarlierOneOnTheSameThemeAndWhetherItWasCompleted()
    {
        var recurrence = await host.GetJson("/api/recurrence");
        var repeat = recurrence.GetProperty("repeats").EnumerateArray()
            .Single(r => r.GetProperty("recommendation").GetProperty("id").GetString() == "family-y/rec-8.2");
        var earlier = repeat.GetProperty("earlier").EnumerateArray().ToList();
        var ads14 = earlier.Single(e => e.GetProperty("id").GetString() == "ads14/rec-8");
        Assert.Equal(2017, ads14.GetProperty("year").GetInt32());
        Assert.Contains("was-not-brought", repeat.GetProperty("themeIds").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(JsonValueKind.True is var _ ? ads14.GetProperty("completed").ValueKind : default, ads14.GetProperty("completed").ValueKind);
        Assert.False(string.IsNullOrWhiteSpace(ads14.GetProperty("progress").GetString()));
    }

    [Fact]
    public async Task RepeatedRecommendations_ShouldComeAPageAtATimeWithTheTotal()
    {
        var first = await host.GetJson("/api/recurrence?repeatsLimit=5");
        var total = first.GetProperty("repeatsTotal").GetInt32();
        Assert.True(total > 5, $"only {total} repeats");
        Assert.Equal(5, first.GetProperty("repeats").GetArrayLength());
        var second = await host.GetJson("/api/recurrence?repeatsFrom=5&repeatsLimit=5");
        Assert.Equal(5, second.GetProperty("repeatsFrom").GetInt32());
        var ids = (JsonElement r) => r.GetProperty("repeats").EnumerateArray().Select(x => x.GetProperty("recommendation").GetProperty("id").GetString()).ToList();
        Assert.Empty(ids(first).Intersect(ids(second)));

        // Those repeating a recommendation marked complete come first, as many as repeatsAfterCompletion says.
        var all = await host.GetJson($"/api/recurrence?repeatsLimit={Math.Min(total, 500)}");
        var completedFirst = all.GetProperty("repeats").EnumerateArray()
            .Select(r => r.GetProperty("earlier").EnumerateArray().Any(e => e.GetProperty("completed").GetBoolean())).ToList();
        var after = all.GetProperty("repeatsAfterCompletion").GetInt32();
        Assert.All(completedFirst.Take(after), Assert.True);
        Assert.All(completedFirst.Skip(after), Assert.False);
    }

    [Theory]
    [InlineData("/api/recurrence?repeatsLimit=0", "repeatsLimit must be between 1 and 500")]
    [InlineData("/api/recurrence?repeatsLimit=501", "repeatsLimit must be between 1 and 500")]
    [InlineData("/api/recurrence?repeatsFrom=-1", "repeatsFrom must be 0 or more")]
    public async Task ABadRecurrencePage_ShouldBeExplained(string url, string expected)
    {
        using var response = await host.CreateClient().GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
