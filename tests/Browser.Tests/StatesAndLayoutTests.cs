using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningSearch.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class StatesAndLayoutTests(BrowserFixture browser)
{
    [Fact]
    public async Task ASearchThatFindsNothing_ShouldSaySoAndSuggestWhatToTry()
    {
        await using var tab = await browser.OpenPageAsync();
        var page = tab.Page;

        await page.GotoAsync("/?q=zzxqvv");

        Assert.Equal(0, await page.TotalAsync());
        await Expect(page.Locator(".message--empty")).ToContainTextAsync("No recommendations, actions or findings match");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Export CSV" })).ToHaveCountAsync(0);
        tab.ShouldHaveRunCleanly();
    }

    [Fact]
    public async Task ASearchOfCommonWordsOnly_ShouldShowTheNoticeTheApiGives()
    {
        await using var tab = await browser.OpenPageAsync();
        var page = tab.Page;
        var api = await browser.Api.GetJsonAsync("api/search?q=the+and");
        var notice = api.GetProperty("notice").GetString();
        Assert.False(string.IsNullOrWhiteSpace(notice), "the API explains a search of common words only");

        await page.GotoAsync("/?q=the+and");

        await Expect(page.Locator(".message--notice")).ToHaveTextAsync(notice!);
        tab.ShouldHaveRunCleanly();
    }

    [Theory]
    [InlineData("/?q=children+not+brought+to+appointments", "search-phone")]
    [InlineData("/recurrence", null)]
    [InlineData("/units/ads14/rec-1", null)]
    [InlineData("/themes/was-not-brought", null)]
    [InlineData("/reviews", null)]
    public async Task OnAPhone_ShouldFitTheScreenWithoutScrollingSideways(string path, string? screenshot)
    {
        await using var tab = await browser.OpenPageAsync();
        var page = tab.Page;
        await page.SetViewportSizeAsync(390, 844);

        await page.GotoAsync(path);
        await Expect(page.Locator("main .loading")).ToHaveCountAsync(0);
        await Expect(page.Locator("main h1")).ToBeVisibleAsync();

        // The heatmap may scroll inside its own box; the page itself must not.
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a 390px phone screen");
        if (screenshot is not null)
        {
            await tab.ScreenshotAsync(screenshot);
        }

        tab.ShouldHaveRunCleanly();
    }
}
