using System.Net;
using LearningSearch.Browser.Tests.Hosting;
using Microsoft.Playwright;

namespace LearningSearch.Browser.Tests;

/// <summary>
/// One SearchApi server and one headless Chromium shared by every browser test; each test opens
/// its own browser context, so tests share no cookies, history or pages.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium; CI installs the same package.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-quic", "--no-first-run",
    ];

    private IPlaywright? playwright;
    private IBrowser? browser;

    public SearchApiServer Server { get; } = new();

    /// <summary>For reading the API directly, to compare what the page shows with what the API says.</summary>
    public HttpClient Api { get; private set; } = new();

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not started.");

    public static string ScreenshotFolder { get; } = Path.Combine(RepositoryRoot.Path, "docs", "screenshots");

    public async Task InitializeAsync()
    {
        // Fail, never skip: a missing browser must not let a run look green.
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {ChromiumPath}. The browser tests drive Debian's Chromium; install it with " +
                "'apt-get update && apt-get install -y chromium' (CI does this in its setup script) and run the tests again.");
        }

        Server.Start();
        Api = new HttpClient { BaseAddress = Server.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        await WaitUntilSearchableAsync();

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        Assertions.SetDefaultExpectTimeout(20_000);
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>The host may build its index in the background; wait until a search answers.</summary>
    private async Task WaitUntilSearchableAsync()
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        string last = "no answer";
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await Api.GetAsync(new Uri("api/search?q=children", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                // Only "not ready yet" is worth waiting for; a missing endpoint will not appear.
                if (response.StatusCode == HttpStatusCode.NotFound)
                {
                    throw new InvalidOperationException(
                        $"The SearchApi at {Server.BaseAddress} has no search endpoint (GET /api/search answered 404).");
                }

                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            }
            catch (HttpRequestException error)
            {
                last = error.Message;
            }

            await Task.Delay(500);
        }

        throw new InvalidOperationException($"The SearchApi at {Server.BaseAddress} did not answer a search within 3 minutes: {last}");
    }

    /// <summary>A fresh page in its own context, laptop-sized, that records script errors and CSP violations.</summary>
    public async Task<BrowserPage> OpenPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseAddress.ToString(),
            AcceptDownloads = true,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "en-GB",
        });
        var page = await context.NewPageAsync();
        return new BrowserPage(context, page);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        Api.Dispose();
        await Server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
