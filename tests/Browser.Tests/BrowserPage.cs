using Microsoft.Playwright;

namespace LearningSearch.Browser.Tests;

/// <summary>A page under test, with the script errors and Content-Security-Policy violations it raised.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly List<string> problems = [];

    public BrowserPage(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
        page.PageError += (_, error) => problems.Add("Script error: " + error);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add("CSP violation: " + message.Text);
            }
        };
    }

    public IPage Page { get; }

    /// <summary>Fails the test if the page threw or broke its Content-Security-Policy.</summary>
    public void ShouldHaveRunCleanly() => Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));

    /// <summary>Saves docs/screenshots/{view}.png, the top of the view as a reader first sees it.</summary>
    public async Task ScreenshotAsync(string view)
    {
        await Page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(BrowserFixture.ScreenshotFolder, view + ".png"),
            FullPage = false,
        });
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
