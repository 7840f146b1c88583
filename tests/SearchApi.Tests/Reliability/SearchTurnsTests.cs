using System.Net;
using LearningSearch.SearchApi.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSearch.SearchApi.Tests.Reliability;

/// <summary>
/// Under load, searches run one per core and the rest wait their turn in arrival order, so each search has a core to
/// itself; a flood beyond the waiting room is told to come back in a moment rather than piling up.
/// </summary>
public sealed class SearchTurnsTests
{
    private static SearchTurns Turns(int atOnce, int waiting) => new(new LearningSearchOptions { SearchesAtOnce = atOnce, SearchesWaiting = waiting });

    [Fact]
    public async Task ASearchBeyondTheCores_ShouldWaitForATurn_AndTheFirstToWaitShouldGoFirst()
    {
        using var turns = Turns(atOnce: 1, waiting: 10);
        var running = await turns.WaitAsync(CancellationToken.None);
        var first = turns.WaitAsync(CancellationToken.None).AsTask();
        var second = turns.WaitAsync(CancellationToken.None).AsTask();
        await Task.Delay(50);
        Assert.False(first.IsCompleted);
        Assert.False(second.IsCompleted);

        running.Dispose();
        using (await first.WaitAsync(TimeSpan.FromSeconds(10)))
        {
            await Task.Delay(50);
            Assert.False(second.IsCompleted);
        }
        (await second.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
    }

    [Fact]
    public async Task ASearchWhenTheWaitingRoomIsFull_ShouldBeTurnedAway()
    {
        using var turns = Turns(atOnce: 1, waiting: 1);
        using var running = await turns.WaitAsync(CancellationToken.None);
        var waiting = turns.WaitAsync(CancellationToken.None).AsTask();

        await Assert.ThrowsAsync<SearchesQueuedException>(async () => await turns.WaitAsync(CancellationToken.None));
        Assert.False(waiting.IsCompleted);
    }

    [Fact]
    public async Task NoLimit_ShouldLetEverySearchRunAtOnce()
    {
        using var turns = Turns(atOnce: 0, waiting: 0);
        var all = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => turns.WaitAsync(CancellationToken.None).AsTask()));
        foreach (var turn in all) turn.Dispose();
    }

    [Fact]
    public async Task ManySearchesAtOnceWithOneTurn_ShouldAllBeAnswered()
    {
        using var host = new SampleCorpusHost();
        using var oneAtATime = host.WithWebHostBuilder(b => b.UseSetting("Search:AtOnce", "1"));
        var client = oneAtATime.CreateClient();
        var answers = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => client.GetAsync($"/api/search?q={(i % 2 == 0 ? "supervision" : "%22think+family%22")}")));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
    }

    [Fact]
    public async Task ASearchTurnedAway_ShouldGet503WithRetryAfter_AndTheNextOneAnswered()
    {
        using var host = new SampleCorpusHost();
        using var noWaiting = host.WithWebHostBuilder(b => b.UseSetting("Search:AtOnce", "1").UseSetting("Search:MostWaiting", "0"));
        var client = noWaiting.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=supervision")).StatusCode);

        // Every turn taken (as by a long search), nobody may wait.
        var turns = noWaiting.Services.GetRequiredService<SearchTurns>();
        using (await turns.WaitAsync(CancellationToken.None))
        {
            using var refused = await client.GetAsync("/api/search?q=supervision");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Equal("1", refused.Headers.GetValues("Retry-After").Single());
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Too many searches", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/themes")).StatusCode); // browsing themes takes no turn
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=supervision")).StatusCode);
    }
}
