using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace LearningSearch.Browser.Tests;

/// <summary>Reads what the page shows (and what the API answers) in the users' terms.</summary>
internal static class PageQueries
{
    public const string EverydayQuestion = "children not brought to appointments";

    public static ILocator Cards(this IPage page) => page.Locator("#search-results article.card");

    public static ILocator ResultCount(this IPage page) => page.Locator("#result-count");

    /// <summary>Waits for a search to finish and returns the number of results the page reports.</summary>
    public static async Task<int> TotalAsync(this IPage page)
    {
        await Assertions.Expect(page.Locator("#search-results[aria-busy]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.ResultCount()).ToBeVisibleAsync();
        var total = await page.ResultCount().GetAttributeAsync("data-total");
        return int.Parse(total!, CultureInfo.InvariantCulture);
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient api, string relativeUrl)
    {
        using var response = await api.GetAsync(new Uri(relativeUrl, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }
}
