using System.Globalization;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace LearningSearch.Browser.Tests;

/// <summary>
/// A reader using a screen reader or the keyboard alone can use every view: axe-core finds no serious or critical
/// violation on the product's own pages, on a laptop and on a phone, with every fold opened so that what a reader
/// unfolds is checked too. Minor and moderate findings are written to the test output, not failed on.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const int PhoneWidth = 375;

    [Theory]
    [InlineData("/", "#q")]
    [InlineData("/?q=children+not+brought+to+appointments", "#search-results article.card")]
    [InlineData("/?q=supervison", "#search-results article.card")]
    [InlineData("/?q=zzqxv+wwkpj", "#search-results .message")]
    [InlineData("/units/ads14/rec-8", "article.unit")]
    [InlineData("/units/no-such-review/rec-1", "main h1")]
    [InlineData("/themes", "main h1")]
    [InlineData("/themes/was-not-brought", ".timeline__svg")]
    [InlineData("/reviews", "main h1")]
    [InlineData("/reviews/ads14", "main h1")]
    [InlineData("/recurrence", ".recurrence-chart__svg")]
    [InlineData("/no-such-page", "main h1")]
    [InlineData("/themes/no-such-theme", "main h1")]
    [InlineData("/reviews/no-such-review", "main h1")]
    public async Task EveryView_ShouldHaveNoSeriousOrCriticalViolation(string path, string drawn)
    {
        await using var tab = await browser.OpenPageAsync();
        await OpenAsync(tab.Page, path, drawn);

        await ShouldHaveNoSeriousViolationAsync(tab.Page, path);
        tab.ShouldHaveRunCleanly();
    }

    [Theory]
    [InlineData("/?q=children+not+brought+to+appointments", "#search-results article.card")]
    [InlineData("/units/ads14/rec-8", "article.unit")]
    [InlineData("/themes/was-not-brought", ".timeline__svg")]
    [InlineData("/reviews/ads14", "main h1")]
    [InlineData("/recurrence", ".recurrence-chart__svg")]
    public async Task EveryViewOnAPhone_ShouldHaveNoSeriousOrCriticalViolation(string path, string drawn)
    {
        await using var tab = await browser.OpenPageAsync();
        await tab.Page.SetViewportSizeAsync(PhoneWidth, 812);
        await OpenAsync(tab.Page, path, drawn);

        await ShouldHaveNoSeriousViolationAsync(tab.Page, $"{path} on a phone");
        tab.ShouldHaveRunCleanly();
    }

    [Fact]
    public async Task TheRecurrenceView_WithFiltersAShareAndAChartOpened_ShouldHaveNoSeriousOrCriticalViolation()
    {
        await using var tab = await browser.OpenPageAsync();
        var page = tab.Page;
        var choices = (await browser.Api.GetJsonAsync("api/recurrence")).GetProperty("choices");
        var from = choices.GetProperty("years")[1].GetInt32().ToString(CultureInfo.InvariantCulture);
        // The first agency that still has themes from that year on, so the filtered view draws its table and chart.
        string? agency = null;
        foreach (var name in choices.GetProperty("agencies").EnumerateArray().Select(a => a.GetString()!))
        {
            var view = await browser.Api.GetJsonAsync($"api/recurrence?agency={Uri.EscapeDataString(name)}&yearFrom={from}");
            if (view.GetProperty("themes").GetArrayLength() > 0 && view.GetProperty("reviews").GetArrayLength() > 1)
            {
                agency = name;
                break;
            }
        }

        Assert.NotNull(agency);
        await OpenAsync(page, "/recurrence", ".recurrence-chart__svg");

        // A chair sets the filters by their labels, as a screen reader names them: each list has its label's name alone.
        foreach (var label in new[] { "Theme", "Agency", "Partnership", "Review type", "From", "To" })
        {
            await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = label, Exact = true })).ToHaveCountAsync(1);
        }

        await page.GetByLabel("Agency", new() { Exact = true }).SelectOptionAsync(agency);
        await page.GetByLabel("From", new() { Exact = true }).SelectOptionAsync(from);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("yearFrom=" + from));
        await Expect(page.Locator(".recurrence-chart__svg")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Agency", new() { Exact = true })).ToHaveValueAsync(agency);

        await page.GetByLabel("Show each number as a share").CheckAsync();
        await page.GetByLabel("Group the reviews by").SelectOptionAsync("partnership");
        await page.Locator(".recurrence-chart__cell").First.ClickAsync();
        await Expect(page.Locator(".recurrence-chart__reviews li").First).ToBeVisibleAsync();

        await ShouldHaveNoSeriousViolationAsync(page, "/recurrence with filters, shares and a chart's reviews");
        tab.ShouldHaveRunCleanly();
    }

    [Fact]
    public async Task ACardsEvidencePanelAndCopiedMessage_ShouldHaveNoSeriousOrCriticalViolation()
    {
        await using var tab = await browser.OpenPageAsync();
        var page = tab.Page;
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await OpenAsync(page, "/?q=mental+health&review=ads14", "#search-results article.card");
        var card = page.Cards().First;

        await card.GetByRole(AriaRole.Button, new() { Name = "Copy link of " + await card.Locator(".card__citation").InnerTextAsync() }).ClickAsync();
        await Expect(card.Locator(".copy__said").First).ToHaveTextAsync("Link copied");
        await card.Locator(".theme-badge").First.FocusAsync();
        await Expect(card.Locator(".theme-evidence").First).ToBeVisibleAsync();

        await ShouldHaveNoSeriousViolationAsync(page, "a card with its evidence panel open and its link copied");
        tab.ShouldHaveRunCleanly();
    }

    [Fact]
    public async Task TheChartsNumbers_ShouldReadAgainstTheirSquaresAtFourAndAHalfToOne()
    {
        await using var tab = await browser.OpenPageAsync();
        var page = tab.Page;
        await OpenAsync(page, "/recurrence", ".recurrence-chart__svg");

        // axe does not check text drawn in SVG, so the chart's numbers are measured here (WCAG's contrast formula).
        var least = await page.EvaluateAsync<double>("""
            () => {
              const luminance = hex => {
                const [r, g, b] = [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16) / 255)
                  .map(c => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
                return 0.2126 * r + 0.7152 * g + 0.0722 * b;
              };
              const ratio = (a, b) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
              return Math.min(...[...document.querySelectorAll('.recurrence-chart__cell')].map(cell =>
                ratio(luminance(cell.querySelector('rect').getAttribute('fill')), luminance(cell.querySelector('text').getAttribute('fill')))));
            }
            """);
        Assert.True(least >= 4.5, $"a number in the chart stands at {least:0.00}:1 against its square");
        tab.ShouldHaveRunCleanly();
    }

    private static async Task OpenAsync(IPage page, string path, string drawn)
    {
        await page.GotoAsync(path);
        await Expect(page.Locator(drawn).First).ToBeVisibleAsync();
        await Expect(page.Locator("main .loading")).ToHaveCountAsync(0);
        await Expect(page.Locator("[aria-busy=true]")).ToHaveCountAsync(0);
    }

    private async Task ShouldHaveNoSeriousViolationAsync(IPage page, string view)
    {
        // What a reader unfolds is part of the page: contrast and names are checked with every fold open.
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(fold => { fold.open = true; })");
        var result = await page.RunAxe(new AxeRunOptions { ResultTypes = [ResultType.Violations] });

        foreach (var lesser in result.Violations.Where(v => v.Impact is not ("serious" or "critical")))
        {
            output.WriteLine($"{view}: {lesser.Impact} {lesser.Id}: {lesser.Help} at {string.Join(", ", lesser.Nodes.Take(3).Select(n => n.Target))}");
        }

        // axe really looked: on any page with words, the contrast rule has something to pass.
        Assert.Contains(result.Passes.Concat(result.Violations), rule => rule.Id == "color-contrast");
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{view}:\n" + string.Join("\n", serious.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} ({v.Nodes.Length} places), e.g. " +
            string.Join(" | ", v.Nodes.Take(3).Select(n => $"{n.Target}: " +
                string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(check => check.Message)))))));
    }
}
