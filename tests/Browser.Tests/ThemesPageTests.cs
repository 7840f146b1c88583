using static Microsoft.Playwright.Assertions;

namespace LearningSearch.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ThemesPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task ThemesPage_ShouldListEveryThemeWithHowManyReviewsRaiseIt()
    {
        await using var tab = await browser.OpenPageAsync();
        var page = tab.Page;
        var themes = await browser.Api.GetJsonAsync("api/themes");

        await page.GotoAsync("/themes");

        await Expect(page.Locator(".theme-card")).ToHaveCountAsync(themes.GetArrayLength());
        var widest = themes.EnumerateArray().OrderByDescending(t => t.GetProperty("reviews").GetInt32()).First();
        var card = page.Locator($".theme-card[data-theme-id='{widest.GetProperty("id").GetString()}']");
        await Expect(card.Locator(".theme-card__reach")).ToContainTextAsync($"Raised in {widest.GetProperty("reviews").GetInt32()} review");
        await tab.ScreenshotAsync("themes");
        tab.ShouldHaveRunCleanly();
    }

    [Fact]
    public async Task AThemePage_ShouldShowItsTimelineAndItsUnitsAcrossReviews()
    {
        await using var tab = await browser.OpenPageAsync();
        var page = tab.Page;
        var themes = await browser.Api.GetJsonAsync("api/themes");
        var widest = themes.EnumerateArray().OrderByDescending(t => t.GetProperty("reviews").GetInt32()).First();
        var id = widest.GetProperty("id").GetString()!;
        var theme = await browser.Api.GetJsonAsync("api/themes/" + Uri.EscapeDataString(id));
        await page.GotoAsync("/themes");

        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = widest.GetProperty("label").GetString(), Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/themes/" + id + "$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync(widest.GetProperty("label").GetString()!);
        var datedReviews = theme.GetProperty("reviews").EnumerateArray().Count(r => r.TryGetProperty("year", out var y) && y.ValueKind == System.Text.Json.JsonValueKind.Number);
        await Expect(page.Locator("svg.timeline__svg circle")).ToHaveCountAsync(datedReviews);
        await Expect(page.Locator(".data-table tbody tr")).ToHaveCountAsync(theme.GetProperty("reviews").GetArrayLength());
        await Expect(page.Locator("article.card")).ToHaveCountAsync(theme.GetProperty("units").GetArrayLength());
        await tab.ScreenshotAsync("theme");
        tab.ShouldHaveRunCleanly();
    }
}
