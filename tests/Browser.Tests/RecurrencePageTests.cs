using Microsoft.Playwright;
using System.Globalization;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace LearningSearch.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed partial class RecurrencePageTests(BrowserFixture browser)
{
    [GeneratedRegex(@"^.+ in .+( \(\d{4}\))?: \d+ (recommendation, action or finding|recommendations, actions and findings)$")]
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

    [Fact]
    public async Task AChair_ShouldReadTheSummaryAndWhyEachThemeRecurs()
    {
        await using var tab = await browser.OpenPageAsync();
        var page = tab.Page;
        var recurrence = await browser.Api.GetJsonAsync("api/recurrence");
        await page.GotoAsync("/recurrence");

        var recurring = recurrence.GetProperty("themes").EnumerateArray().Where(t => t.GetProperty("recurs").GetBoolean()).ToList();
        var first = recurring.First();
        await Expect(page.Locator(".recurrence-summary li").First).ToHaveTextAsync(first.GetProperty("summary").GetString()!);
        await Expect(page.Locator(".recurrence-summary")).ToContainTextAsync(recurrence.GetProperty("rule").GetString()!);
        await Expect(page.Locator($"tr[data-theme-id='{first.GetProperty("id").GetString()}'] .recurs-because")).ToHaveTextAsync(first.GetProperty("recursBecause").GetString()!);

        // As a share, a cell says the per cent of its review's recommendations, actions and findings instead of the count.
        var cell = page.Locator("a.heatmap__link").First;
        var share = double.Parse((await cell.GetAttributeAsync("data-share"))!, CultureInfo.InvariantCulture);
        await page.GetByLabel("Show each number as a share").CheckAsync();
        await Expect(page.Locator("a.heatmap__link").First).ToHaveTextAsync($"{Math.Round(share * 100)} %");
        // Its name says the share it shows, so "click 50 %" works for a reader using voice control.
        await Expect(page.Locator("a.heatmap__link").First).ToHaveAttributeAsync("aria-label", new Regex($": {Math.Round(share * 100)} % of its recommendations, actions and findings \\(\\d+\\)$"));
        tab.ShouldHaveRunCleanly();
    }

    [Fact]
    public async Task FilteringByYears_ShouldShowOnlyThoseReviewsAndExportThem()
    {
        await using var tab = await browser.OpenPageAsync();
        var page = tab.Page;
        var years = (await browser.Api.GetJsonAsync("api/recurrence")).GetProperty("choices").GetProperty("years").EnumerateArray().Select(y => y.GetInt32()).ToList();
        var from = years[1];
        var filtered = await browser.Api.GetJsonAsync($"api/recurrence?yearFrom={from}");
        await page.GotoAsync("/recurrence");
        // Found by its label, as a screen reader names it.
        await page.GetByLabel("From", new() { Exact = true }).SelectOptionAsync(from.ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Show", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("yearFrom=" + from));
        await Expect(page.Locator("table.heatmap thead th.heatmap__review")).ToHaveCountAsync(filtered.GetProperty("reviews").GetArrayLength());
        Assert.EndsWith($"/api/recurrence/export?yearFrom={from}", await page.Locator("a.recurrence-csv").GetAttributeAsync("href"), StringComparison.Ordinal);
        tab.ShouldHaveRunCleanly();
    }

    [Fact]
    public async Task TheChart_ShouldOpenTheReviewsOfAYearAndDownloadAsSvg()
    {
        await using var tab = await browser.OpenPageAsync();
        var page = tab.Page;
        await page.GotoAsync("/recurrence");
        var cell = page.Locator(".recurrence-chart__cell").First;
        var count = int.Parse((await cell.GetAttributeAsync("data-count"))!, CultureInfo.InvariantCulture);
        await cell.ClickAsync();
        await Expect(page.Locator(".recurrence-chart__reviews li")).ToHaveCountAsync(count);
        await Expect(page.Locator(".recurrence-chart__reviews li a").First).ToHaveAttributeAsync("href", new Regex("^/reviews/"));

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download the chart (SVG)" }).ClickAsync());
        Assert.Equal("recurrence-chart.svg", download.SuggestedFilename);
        var text = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("<svg", text, StringComparison.Ordinal);
        Assert.Contains("<rect", text, StringComparison.Ordinal);
        tab.ShouldHaveRunCleanly();
    }

    [Fact]
    public async Task PrintingTheView_ShouldGiveLandscapeA4PagesWithNoReviewCutOff()
    {
        await using var tab = await browser.OpenPageAsync();
        var page = tab.Page;
        await page.GotoAsync("/recurrence");
        await Expect(page.Locator("table.heatmap")).ToBeVisibleAsync();

        // A4 landscape less 10 mm margins is 277 mm, 1047 CSS pixels: in print the table must fit that width.
        await page.SetViewportSizeAsync(1047, 740);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var right = await page.EvaluateAsync<double>("() => document.querySelector('table.heatmap').getBoundingClientRect().right");
        var lastReview = await page.EvaluateAsync<double>("() => [...document.querySelectorAll('th.heatmap__review')].at(-1).getBoundingClientRect().right");
        Assert.True(right <= 1047 && lastReview <= 1047, $"table ends at {right} px, last review at {lastReview} px");

        var pdf = System.Text.Encoding.Latin1.GetString(await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true }));
        var pages = Regex.Count(pdf, @"/Type\s*/Page[^s]");
        Assert.InRange(pages, 1, 12);
        // Landscape: the media box is wider (842 pt) than tall (595 pt).
        Assert.Matches(@"/MediaBox\s*\[\s*0\s+0\s+84\d(\.\d+)?\s+59\d(\.\d+)?\s*\]", pdf);
    }
}
