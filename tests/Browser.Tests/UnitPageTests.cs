using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace LearningSearch.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class UnitPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task ARecommendationCard_ShouldOpenTheUnitWithItsActions()
    {
        await using var tab = await browser.OpenPageAsync();
        var page = tab.Page;
        // ADS14's action plan records what each agency did about each recommendation.
        await page.GotoAsync("/?q=mental+health&review=ads14&kind=recommendation");
        Assert.True(await page.TotalAsync() > 0, "ADS14 has recommendations about parental mental health");
        var card = page.Cards().First;
        var unitId = (await card.GetAttributeAsync("data-unit-id"))!;
        var citation = await card.Locator(".card__citation").InnerTextAsync();

        await card.Locator("a.card__link").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/units/" + Regex.Escape(unitId) + "$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync(citation);
        var unit = await browser.Api.GetJsonAsync("api/units/" + unitId);
        var actionCount = unit.GetProperty("actions").GetArrayLength();
        Assert.True(actionCount > 0, "an ADS14 recommendation has actions recorded against it");
        await Expect(page.Locator("#actions article.card")).ToHaveCountAsync(actionCount);
        await Expect(page.Locator("#similar .loading")).ToHaveCountAsync(0);
        await Expect(page.Locator("#similar-heading")).ToHaveTextAsync("Similar in other reviews");

        await tab.ScreenshotAsync("unit");
        tab.ShouldHaveRunCleanly();
    }

    [Fact]
    public async Task AnUnknownUnit_ShouldSayItCannotBeFound()
    {
        await using var tab = await browser.OpenPageAsync();
        var page = tab.Page;

        await page.GotoAsync("/units/no-such-review/rec-99");

        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Alert)).ToBeVisibleAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("We could not find that recommendation, action or finding");
        tab.ShouldHaveRunCleanly();
    }
}
