using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningSearch.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed partial class SearchPageTests(BrowserFixture browser)
{
    [GeneratedRegex(@"·.*\b(19|20)\d\d\b")]
    private static partial Regex CitationWithYear();

    [Fact]
    public async Task SearchInEverydayWords_ShouldShowCardsWithCitationsAndHighlightedWords()
    {
        await using var tab = await browser.OpenPageAsync();
        var page = tab.Page;
        await page.GotoAsync("/");

        await page.GetByLabel("Search recommendations, actions and findings").FillAsync(PageQueries.EverydayQuestion);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"\?q=children\+not\+brought\+to\+appointments$"));
        var total = await page.TotalAsync();
        Assert.True(total > 0, "an everyday question about missed appointments should find something");
        var cards = page.Cards();
        Assert.Equal(Math.Min(total, 20), await cards.CountAsync());
        foreach (var citation in await page.Locator("#search-results .card__citation").AllInnerTextsAsync())
        {
            Assert.Matches(CitationWithYear(), citation);
        }

        await Expect(page.Locator("#search-results .card mark").First).ToBeVisibleAsync();

        // A theme badge explains itself to keyboard users as well as in its tooltip.
        var badge = page.Locator("#search-results .theme-badge").First;
        await Expect(badge).ToHaveAttributeAsync("title", new Regex("^Evidence"));
        await badge.FocusAsync();
        await Expect(page.Locator("#search-results .theme-evidence").First).ToBeVisibleAsync();

        await badge.BlurAsync();
        await tab.ScreenshotAsync("search");
        tab.ShouldHaveRunCleanly();
    }

    [Fact]
    public async Task AMisspelledWord_ShouldBeSearchedAsTheReviewsSpellIt_OrOfferedAsALink()
    {
        await using var tab = await browser.OpenPageAsync();
        var page = tab.Page;
        await page.GotoAsync("/?q=supervison");
        await Expect(page.Locator(".spelling--applied")).ToHaveTextAsync("No results for \u201Csupervison\u201D. Showing results for \u201Csupervision\u201D.");
        Assert.True(await page.TotalAsync() > 0);

        await page.GotoAsync("/?q=" + Uri.EscapeDataString("supervison for health visitors"));
        var offer = page.Locator(".spelling a");
        await Expect(offer).ToHaveTextAsync("\u201Csupervision for health visitors\u201D");
        await offer.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"\?q=supervision\+for\+health\+visitors$"));
        await Expect(page.Locator(".spelling")).ToHaveCountAsync(0);
        tab.ShouldHaveRunCleanly();
    }

    [Fact]
    public async Task ChoosingAThemeFacet_ShouldNarrowTheResultsAndTheCount()
    {
        await using var tab = await browser.OpenPageAsync();
        var page = tab.Page;
        await page.GotoAsync("/?q=" + Uri.EscapeDataString(PageQueries.EverydayQuestion));
        var before = await page.TotalAsync();

        var themeFacet = page.Locator(".facet[data-facet='theme'] input[type=checkbox]").First;
        var themeId = (await themeFacet.GetAttributeAsync("value"))!;
        var facetLabel = await page.Locator($"label[for='{await themeFacet.GetAttributeAsync("id")}']").InnerTextAsync();
        var facetCount = int.Parse(Regex.Match(facetLabel, @"\(([\d,]+)\)\s*$").Groups[1].Value.Replace(",", "", StringComparison.Ordinal),
            System.Globalization.CultureInfo.InvariantCulture);

        await themeFacet.CheckAsync();

        await Expect(page).ToHaveURLAsync(new Regex("theme=" + Regex.Escape(Uri.EscapeDataString(themeId))));
        await Expect(page.ResultCount()).ToHaveAttributeAsync("data-total", facetCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(facetCount <= before, $"the theme facet promised {facetCount} of {before} results");
        await Expect(page.Locator($".facet[data-facet='theme'] input[value='{themeId}']")).ToBeCheckedAsync();
        await Expect(page.Locator(".filter-chip")).ToHaveCountAsync(1);
        tab.ShouldHaveRunCleanly();
    }

    [Fact]
    public async Task ALinkWithQueryAndTheme_ShouldOpenThatSearch()
    {
        const string query = "missed appointments";
        const string themeId = "was-not-brought";
        await using var tab = await browser.OpenPageAsync();
        var page = tab.Page;

        await page.GotoAsync($"/?q=missed+appointments&theme={themeId}");

        var api = await browser.Api.GetJsonAsync($"api/search?q={Uri.EscapeDataString(query)}&theme={themeId}");
        var expectedTotal = api.GetProperty("total").GetInt32();
        Assert.Equal(expectedTotal, await page.TotalAsync());
        Assert.True(expectedTotal > 0, "Was Not Brought units about missed appointments exist in the corpus");
        await Expect(page.GetByLabel("Search recommendations, actions and findings")).ToHaveValueAsync(query);
        await Expect(page.Locator($".facet[data-facet='theme'] input[value='{themeId}']")).ToBeCheckedAsync();
        await Expect(page.Locator(".filter-chip")).ToContainTextAsync("Theme:");
        var firstId = api.GetProperty("hits")[0].GetProperty("id").GetString();
        await Expect(page.Cards().First).ToHaveAttributeAsync("data-unit-id", firstId!);
        tab.ShouldHaveRunCleanly();
    }

    [Fact]
    public async Task AQueryThatDoesNotParse_ShouldShowTheReasonInAMessage()
    {
        await using var tab = await browser.OpenPageAsync();
        var page = tab.Page;
        await page.GotoAsync("/");

        await page.GetByLabel("Search recommendations, actions and findings").FillAsync("\"unbalanced");
        await page.GetByLabel("Search recommendations, actions and findings").PressAsync("Enter");

        var problem = await browser.Api.GetJsonAsync("api/search?q=" + Uri.EscapeDataString("\"unbalanced"));
        var detail = problem.GetProperty("detail").GetString();
        Assert.False(string.IsNullOrWhiteSpace(detail), "the API explains why the query could not be read");
        var alert = page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToBeVisibleAsync();
        await Expect(alert.Locator(".message__detail")).ToHaveTextAsync(detail!);
        await Expect(page.Cards()).ToHaveCountAsync(0);

        await tab.ScreenshotAsync("error");
        tab.ShouldHaveRunCleanly();
    }
}
