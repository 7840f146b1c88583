using System.Net;
using System.Text.Json;

namespace LearningSearch.SearchApi.Tests.Recurrence;

/// <summary>A board chair narrows the recurrence view to their partnership and years, quotes its summary and takes its CSV.</summary>
[Collection(SampleCorpusCollection.Name)]
public sealed class RecurrenceForABoardTests(SampleCorpusHost host)
{
    [Fact]
    public async Task AChairChoosingYears_ShouldSeeOnlyTheReviewsOfThoseYearsCountedAgain()
    {
        var all = await host.GetJson("/api/recurrence");
        var years = all.GetProperty("choices").GetProperty("years").EnumerateArray().Select(y => y.GetInt32()).ToList();
        Assert.True(years.Count >= 3, $"only {years.Count} years");
        var from = years[1];
        var some = await host.GetJson($"/api/recurrence?yearFrom={from}");
        var reviews = some.GetProperty("reviews").EnumerateArray().ToList();
        Assert.NotEmpty(reviews);
        Assert.All(reviews, r => Assert.True(r.GetProperty("year").GetInt32() >= from));
        Assert.True(reviews.Count < all.GetProperty("reviews").GetArrayLength());
        var inView = reviews.Select(r => r.GetProperty("id").GetString()).ToHashSet();
        Assert.All(some.GetProperty("themes").EnumerateArray(), t =>
        {
            Assert.All(t.GetProperty("cells").EnumerateArray(), c => Assert.Contains(c.GetProperty("reviewId").GetString(), inView));
            Assert.StartsWith(t.GetProperty("label").GetString() + ": raised in " + t.GetProperty("reviewCount").GetInt32() + " of " + reviews.Count, t.GetProperty("summary").GetString(), StringComparison.Ordinal);
        });
        Assert.All(some.GetProperty("repeats").EnumerateArray(), r => Assert.Contains(r.GetProperty("recommendation").GetProperty("reviewId").GetString(), inView));
    }

    [Fact]
    public async Task APartnershipAndATheme_ShouldNarrowTheViewToThem()
    {
        var all = await host.GetJson("/api/recurrence");
        var partnership = all.GetProperty("choices").GetProperty("partnerships").EnumerateArray().First().GetString()!;
        var view = await host.GetJson($"/api/recurrence?partnership={Uri.EscapeDataString(partnership)}&theme=was-not-brought");
        Assert.All(view.GetProperty("reviews").EnumerateArray(), r => Assert.Equal(partnership, r.GetProperty("partnership").GetString()));
        Assert.All(view.GetProperty("themes").EnumerateArray(), t => Assert.Equal("was-not-brought", t.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task EveryRecurringTheme_ShouldSayWhichPartOfTheRuleItMeets()
    {
        var view = await host.GetJson("/api/recurrence");
        Assert.Contains("three or more different years", view.GetProperty("rule").GetString(), StringComparison.Ordinal);
        var themes = view.GetProperty("themes").EnumerateArray().ToList();
        var recurring = themes.Where(t => t.GetProperty("recurs").GetBoolean()).ToList();
        Assert.NotEmpty(recurring);
        // The mark singles something out: it is not on nearly every theme raised twice, as "two or more reviews" was.
        Assert.True(recurring.Count < themes.Count(t => t.GetProperty("reviewCount").GetInt32() >= 2), $"{recurring.Count} of {themes.Count} recur");
        Assert.All(recurring, t =>
        {
            Assert.StartsWith("Recurs because ", t.GetProperty("recursBecause").GetString(), StringComparison.Ordinal);
            Assert.NotEmpty(t.GetProperty("recursReasons").EnumerateArray());
        });
        var wnb = themes.Single(t => t.GetProperty("id").GetString() == "was-not-brought");
        if (wnb.GetProperty("years").GetArrayLength() >= 3)
            Assert.Contains("threeOrMoreYears", wnb.GetProperty("recursReasons").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task EveryCell_ShouldGiveItsShareOfTheReviewsUnits()
    {
        var view = await host.GetJson("/api/recurrence");
        var units = view.GetProperty("reviews").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("units").GetInt32());
        foreach (var cell in view.GetProperty("themes").EnumerateArray().SelectMany(t => t.GetProperty("cells").EnumerateArray()))
        {
            var share = cell.GetProperty("share").GetDouble();
            Assert.InRange(share, 0.0001, 1);
            Assert.InRange(Math.Abs((double)cell.GetProperty("count").GetInt32() / units[cell.GetProperty("reviewId").GetString()!] - share), 0, 0.0001);
        }
    }

    [Theory]
    [InlineData("theme=no-such-theme", "theme")]
    [InlineData("agency=Nobody%20At%20All", "agency")]
    [InlineData("partnership=Atlantis", "partnership")]
    [InlineData("type=Poem", "type")]
    [InlineData("yearFrom=1200", "yearFrom")]
    [InlineData("yearTo=abc", "yearTo")]
    [InlineData("yearFrom=2020&yearTo=2010", "yearFrom")]
    public async Task ABadFilter_ShouldBeA400NamingTheParameter(string query, string parameter)
    {
        using var response = await host.CreateClient().GetAsync("/api/recurrence?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(parameter, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCsv_ShouldHoldTheViewTheFiltersGive()
    {
        var all = await host.GetJson("/api/recurrence");
        var years = all.GetProperty("choices").GetProperty("years").EnumerateArray().Select(y => y.GetInt32()).ToList();
        var view = await host.GetJson($"/api/recurrence?yearTo={years[^2]}");
        using var response = await host.CreateClient().GetAsync($"/api/recurrence/export?yearTo={years[^2]}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var csv = await response.Content.ReadAsStringAsync();
        var themeRows = csv.Split('\n').Count(l => l.StartsWith("\"Theme in a review\"", StringComparison.Ordinal) || l.StartsWith("\uFEFF\"Theme in a review\"", StringComparison.Ordinal));
        Assert.Equal(view.GetProperty("themes").EnumerateArray().Sum(t => t.GetProperty("cells").GetArrayLength()), themeRows);
        Assert.DoesNotContain($",\"{years[^1]}\",", csv, StringComparison.Ordinal);
        using var bad = await host.CreateClient().GetAsync("/api/recurrence/export?type=Poem");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
