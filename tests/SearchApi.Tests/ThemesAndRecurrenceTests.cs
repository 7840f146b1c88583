using System.Text.Json;

namespace LearningSearch.SearchApi.Tests;

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
        Assert.Equal(years.Count, wnb.GetProperty("cells").GetArrayLength());
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
}
