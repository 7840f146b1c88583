using System.Net;
using System.Text.Json;
using LearningSearch.SearchApi.Search;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSearch.SearchApi.Tests.Search;

/// <summary>
/// Under load, searches run one per core and the rest wait their turn in arrival order, so each search has a core to
/// itself; a flood beyond the waiting room is told to come back in a moment rather than piling up. A search spreads
/// its own work over the cores only while it has them to itself.
/// </summary>
public sealed class SearchTurnsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task ASearchBeyondTheCores_ShouldWaitForATurn_AndTheFirstToWaitShouldGoFirst()
    {
        using var turns = new SearchTurns(atOnce: 1, mostWaiting: 10, cores: 2);
        var running = await turns.WaitAsync(CancellationToken.None);
        Assert.NotNull(running);
        // A queued wait completes only when a turn is given back, so "still waiting" needs no pause to be seen.
        var first = turns.WaitAsync(CancellationToken.None).AsTask();
        var second = turns.WaitAsync(CancellationToken.None).AsTask();
        Assert.False(first.IsCompleted, "the first waiting search got a turn while the only turn was taken");
        Assert.False(second.IsCompleted, "the second waiting search got a turn while the only turn was taken");

        running.Value.Dispose();
        using (var firstTurn = await first.Within(Patience, "the first waiting search's turn, once the running search gave its turn back"))
        {
            Assert.NotNull(firstTurn);
            Assert.False(second.IsCompleted, "the second waiting search got a turn while the first held the only one");
        }
        using var secondTurn = await second.Within(Patience, "the second waiting search's turn, once the first gave its turn back");
        Assert.NotNull(secondTurn);
    }

    [Fact]
    public async Task ASearchWhenTheWaitingRoomIsFull_ShouldBeTurnedAway()
    {
        using var turns = new SearchTurns(atOnce: 1, mostWaiting: 1, cores: 2);
        using var running = await turns.WaitAsync(CancellationToken.None);
        var waiting = turns.WaitAsync(CancellationToken.None).AsTask();

        var turnedAway = await turns.WaitAsync(CancellationToken.None).AsTask().Within(Patience, "the answer to a search beyond the waiting room");

        Assert.Null(turnedAway);
        Assert.False(waiting.IsCompleted, "the search in the waiting room got a turn while the only turn was taken");
    }

    [Fact]
    public async Task NoLimit_ShouldLetEverySearchRunAtOnce()
    {
        using var turns = new SearchTurns(atOnce: 0, mostWaiting: 0, cores: 2);
        var all = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => turns.WaitAsync(CancellationToken.None).AsTask())).Within(Patience, "fifty turns with no limit");
        Assert.Equal(50, all.Count(turn => turn is not null));
        foreach (var turn in all) turn?.Dispose();
    }

    [Fact]
    public void ALoneSearch_ShouldSpreadOverTheCores_AndStopWhenEachPairOfCoresHasOneOfItsOwn()
    {
        var turns = new SearchTurns(atOnce: 0, mostWaiting: 0, cores: 4);
        using (var first = turns.Begin())
        {
            Assert.True(first.MaySpread);
            using (turns.Begin())
            {
                Assert.True(first.MaySpread); // two searches, four cores: a pair each
                using (turns.Begin())
                {
                    Assert.Equal(3, turns.UnderWay);
                    Assert.False(first.MaySpread);
                }
            }
            Assert.Equal(1, turns.UnderWay);
            Assert.True(first.MaySpread);
        }
        Assert.Equal(0, turns.UnderWay);
    }

    [Fact]
    public void OnOneCore_ASearchShouldNeverSpread()
    {
        var turns = new SearchTurns(atOnce: 0, mostWaiting: 0, cores: 1);
        using var only = turns.Begin();
        Assert.False(only.MaySpread);
    }

    [Fact]
    public void PiecesOfWorkThatFail_ShouldSurfaceTheFirstFailureUnwrapped()
    {
        var failure = Assert.Throws<InvalidDataException>(() => SearchTurns.Share(8, inParallel: true, i => throw new InvalidDataException($"piece {i}")));
        Assert.StartsWith("piece ", failure.Message, StringComparison.Ordinal);
        var done = new int[8];
        SearchTurns.Share(8, inParallel: true, i => done[i] = i + 1);
        Assert.Equal(Enumerable.Range(1, 8), done);
    }

    [Fact]
    public async Task ManySearchesAtOnceWithOneTurn_ShouldAllBeAnsweredWithTheirResults()
    {
        using var host = new SampleCorpusHost();
        using var oneAtATime = host.WithWebHostBuilder(b => b.UseSetting("Search:AtOnce", "1"));
        var client = oneAtATime.CreateClient();
        var expected = new Dictionary<string, int>();
        foreach (var q in new[] { "supervision", "%22think+family%22" })
            expected[q] = JsonDocument.Parse(await client.GetStringAsync($"/api/search?q={q}")).RootElement.GetProperty("total").GetInt32();

        var answers = await Task.WhenAll(Enumerable.Range(0, 24).Select(async i =>
        {
            var q = i % 2 == 0 ? "supervision" : "%22think+family%22";
            using var response = await client.GetAsync($"/api/search?q={q}");
            return (q, response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        })).Within(TimeSpan.FromSeconds(60), "24 searches taking one turn at a time");

        Assert.All(answers, a =>
        {
            Assert.True(a.StatusCode == HttpStatusCode.OK, $"{a.q} answered {(int)a.StatusCode}: {a.Body}");
            Assert.Equal(expected[a.q], JsonDocument.Parse(a.Body).RootElement.GetProperty("total").GetInt32());
        });
        Assert.True(expected["supervision"] > 0 && expected["%22think+family%22"] > 0);
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
        using (var held = await turns.WaitAsync(CancellationToken.None))
        {
            Assert.NotNull(held);
            foreach (var url in new[] { "/api/search?q=supervision", "/api/export?q=supervision", "/api/recurrence", "/api/units/ads14/rec-1/similar" })
            {
                using var refused = await client.GetAsync(url).Within(Patience, $"the answer to {url} with every turn taken");
                Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
                Assert.Equal("1", refused.Headers.GetValues("Retry-After").Single());
                Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
                var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
                Assert.Equal("Too many searches", problem.GetProperty("title").GetString());
                Assert.Equal(SearchTurns.TurnedAway, problem.GetProperty("detail").GetString());
            }
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/themes")).StatusCode); // browsing themes takes no turn
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/units/ads14/rec-1")).StatusCode); // nor does reading one unit
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=supervision")).StatusCode);
    }

    [Fact]
    public async Task TwoHostsInOneProcess_ShouldEachHaveTheirOwnTurns()
    {
        using var host = new SampleCorpusHost();
        using var busy = host.WithWebHostBuilder(b => b.UseSetting("Search:AtOnce", "1").UseSetting("Search:MostWaiting", "0"));
        using var other = host.WithWebHostBuilder(b => b.UseSetting("Search:AtOnce", "1").UseSetting("Search:MostWaiting", "0"));
        var busyTurns = busy.Services.GetRequiredService<SearchTurns>();
        Assert.NotSame(busyTurns, other.Services.GetRequiredService<SearchTurns>());

        using var held = await busyTurns.WaitAsync(CancellationToken.None);
        using (busyTurns.Begin())
        {
            using var refused = await busy.CreateClient().GetAsync("/api/search?q=supervision").Within(Patience, "the busy host's answer");
            using var answered = await other.CreateClient().GetAsync("/api/search?q=supervision").Within(Patience, "the other host's answer");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
            Assert.Equal(0, other.Services.GetRequiredService<SearchTurns>().UnderWay);
            Assert.Equal(1, busyTurns.UnderWay);
        }
    }
}
