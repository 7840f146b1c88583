using static Microsoft.Playwright.Assertions;

namespace LearningSearch.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ReviewsPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task AReviewPage_ShouldListItsRecommendationsWithTheActionsTakenOnEach()
    {
        await using var tab = await browser.OpenPageAsync();
        var page = tab.Page;
        var reviews = await browser.Api.GetJsonAsync("api/reviews");
        await page.GotoAsync("/reviews");
        await Expect(page.Locator("table.reviews-table tbody tr")).ToHaveCountAsync(reviews.GetArrayLength());

        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Serious case review ADS14: action plan" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/reviews/ads14$"));
        var review = await browser.Api.GetJsonAsync("api/reviews/ads14");
        var recommendations = review.GetProperty("recommendations");
        await Expect(page.Locator("li.review-recommendation")).ToHaveCountAsync(recommendations.GetArrayLength());
        var firstActions = recommendations[0].GetProperty("actions").GetArrayLength();
        await Expect(page.Locator("li.review-recommendation").First.Locator("details article.card")).ToHaveCountAsync(firstActions);
        await tab.ScreenshotAsync("review");
        tab.ShouldHaveRunCleanly();
    }
}
