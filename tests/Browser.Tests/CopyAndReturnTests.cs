using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningSearch.Browser.Tests;

/// <summary>A trainer copies a unit's link and citation, opens the original document, and comes Back to the list.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CopyAndReturnTests(BrowserFixture browser)
{
    [Fact]
    public async Task CopyLinkOnACard_ShouldPutTheUnitsPageAddressOnTheClipboardAndSaySo()
    {
        await using var tab = await browser.OpenPageAsync();
        var page = tab.Page;
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.GotoAsync("/?q=mental+health&review=ads14");
        Assert.True(await page.TotalAsync() > 0);
        var card = page.Cards().First;
        var unitId = (await card.GetAttributeAsync("data-unit-id"))!;

        await card.GetByRole(AriaRole.Button, new() { Name = "Copy link of " + await card.Locator(".card__citation").InnerTextAsync() }).ClickAsync();

        await Expect(card.Locator(".copy__said").First).ToHaveTextAsync("Link copied");
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(new Uri(browser.Server.BaseAddress, "units/" + unitId).ToString(), copied);
        await page.GotoAsync(copied);
        await Expect(page.Locator("article.unit")).ToHaveAttributeAsync("data-unit-id", unitId);
        tab.ShouldHaveRunCleanly();
    }

    [Fact]
    public async Task TheUnitPage_ShouldCopyItsCitationAndOpenTheOriginalDocumentAtItsLines()
    {
        await using var tab = await browser.OpenPageAsync();
        var page = tab.Page;
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.GotoAsync("/units/ads14/rec-8");
        var citation = await page.Locator("h1").InnerTextAsync();
        var unit = await browser.Api.GetJsonAsync("api/units/ads14/rec-8");
        var lines = unit.GetProperty("lines").GetString()!;

        await page.Locator("article.unit").GetByRole(AriaRole.Button, new() { Name = "Copy citation of " + citation }).ClickAsync();

        await Expect(page.Locator("article.unit .copy__said").Last).ToHaveTextAsync("Citation copied");
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.StartsWith(citation + " · " + browser.Server.BaseAddress + "units/ads14/rec-8", copied, StringComparison.Ordinal);
        var document = page.Locator("a.document-link");
        await Expect(document).ToContainTextAsync(lines.Contains('-', StringComparison.Ordinal) ? $"lines {lines}" : $"line {lines}");
        var opened = page.Context.WaitForPageAsync();
        await document.ClickAsync();
        var original = await opened;
        await original.WaitForLoadStateAsync();
        Assert.EndsWith("/api/reviews/ads14/document", original.Url, StringComparison.Ordinal);
        Assert.Contains("Derbyshire", await original.Locator("body").InnerTextAsync(), StringComparison.Ordinal);
        tab.ShouldHaveRunCleanly();
    }

    [Fact]
    public async Task BackFromAUnit_ShouldReturnToTheSamePlaceInTheResults()
    {
        await using var tab = await browser.OpenPageAsync();
        var page = tab.Page;
        await page.GotoAsync("/?q=" + Uri.EscapeDataString(PageQueries.EverydayQuestion));
        Assert.True(await page.TotalAsync() >= 10);
        var card = page.Cards().Nth(8);
        await card.ScrollIntoViewIfNeededAsync();
        await page.EvaluateAsync("() => window.scrollBy(0, 200)");
        await page.WaitForTimeoutAsync(400);
        var before = await page.EvaluateAsync<double>("() => window.scrollY");
        Assert.True(before > 500, $"the reader has scrolled down the results ({before} px)");

        await card.Locator("a.card__link").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/units/"));
        await Expect(page.Locator("article.unit")).ToBeVisibleAsync();
        await page.GoBackAsync();

        Assert.True(await page.TotalAsync() >= 10);
        // The results are drawn after they arrive; the page puts the reader back once they are.
        var after = 0.0;
        for (var wait = 0; wait < 50 && Math.Abs(after - before) > 5; wait++)
        {
            after = await page.EvaluateAsync<double>("() => window.scrollY");
            await page.WaitForTimeoutAsync(100);
        }
        Assert.InRange(after, before - 5, before + 5);
        tab.ShouldHaveRunCleanly();
    }
}
