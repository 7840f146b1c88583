using System.Globalization;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace LearningSearch.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed partial class RecurrencePageTests(BrowserFixture browser)
{
    [GeneratedRegex(@"^.+ in .+( \(\d{4}\))?: \d+ units?$")]
    private static partial Regex CellLabel();

    [Fact]
    public async Task TheHeatmap_ShouldRenderAndACellShouldOpenItsUnits()
    {
        await using var tab = await browser.OpenPageAsync();
        var page = tab.Page;
        var recurrence = await browser.Api.GetJsonAsync("api/recurrence");

        await page.GotoAsync("/recurrence");

        var heatmap = page.Locator("table.heatmap");
        await Expect(heatmap).ToBeVisibleAsync();
        await Expect(heatmap.Locator("thead th.heatmap__review")).ToHaveCountAsync(recurrence.GetProperty("reviews").GetArrayLength());
        await Expect(heatmap.Locator("tbody tr")).ToHaveCountAsync(recurrence.GetProperty("themes").GetArrayLength());
        var recurring = recurrence.GetProperty("themes").EnumerateArray().Count(t => t.GetProperty("recurs").GetBoolean());
        await Expect(heatmap.Locator("tbody tr.recurs")).ToHaveCountAsync(recurring);
        await tab.ScreenshotAsync("recurrence");

        var cell = heatmap.Locator("a.heatmap__link").First;
        Assert.Matches(CellLabel(), await cell.GetAttributeAsync("aria-label"));
        var count = int.Parse((await cell.GetAttributeAsync("data-count"))!, CultureInfo.InvariantCulture);
        var reviewId = (await cell.GetAttributeAsync("data-review-id"))!;
        await cell.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/\?theme=[^&]+&review=" + Regex.Escape(reviewId) + "$"));
        Assert.Equal(count, await page.TotalAsync());
        await Expect(page.Cards().First).ToBeVisibleAsync();
        tab.ShouldHaveRunCleanly();
    }
}
