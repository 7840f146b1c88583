using static Microsoft.Playwright.Assertions;

namespace LearningSearch.Browser.Tests;

/// <summary>A practitioner opens a theme on a phone (375 px wide): its timeline fits and its words can be read.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneTimelineTests(BrowserFixture browser)
{
    [Fact]
    public async Task AThemesTimelineOnAPhone_ShouldFitTheScreenWithWordsAtReadingSize()
    {
        await using var tab = await browser.OpenPageAsync();
        var page = tab.Page;
        await page.SetViewportSizeAsync(375, 812);

        await page.GotoAsync("/themes/was-not-brought");
        await Expect(page.Locator(".timeline__svg")).ToBeVisibleAsync();

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the theme page is {overflow}px wider than a 375px phone screen");
        // Rendered sizes, after the drawing is fitted to the screen: 12 px is the least a phone reader can take.
        var smallest = await page.EvaluateAsync<double>(
            "() => Math.min(...[...document.querySelectorAll('.timeline__label, .timeline__year')].map(t => t.getBoundingClientRect().height))");
        Assert.True(smallest >= 12, $"the timeline's smallest review name or year is {smallest:0.0}px tall on a phone");
        var svgRight = await page.EvaluateAsync<double>("() => document.querySelector('.timeline__svg').getBoundingClientRect().right");
        var labelsRight = await page.EvaluateAsync<double>("() => Math.max(...[...document.querySelectorAll('.timeline__label')].map(t => t.getBoundingClientRect().right))");
        Assert.True(labelsRight <= svgRight + 1, "every review's name lies inside the drawing");
        await page.Locator(".timeline").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "theme-timeline-phone.png") });
        tab.ShouldHaveRunCleanly();
    }
}
