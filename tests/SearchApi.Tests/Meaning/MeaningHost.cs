using System.Text.Json;

namespace LearningSearch.SearchApi.Tests.Meaning;

/// <summary>The host on the five sample reviews with search by meaning on, as the product runs by default.</summary>
public sealed class MeaningHost() : LearningSearchHost(Path.Combine(RepositoryRoot(), "corpus"), new Dictionary<string, string?> { ["Search:Meaning"] = "true" })
{
    private Task? _ready;

    /// <summary>Waits, within a bounded time, until /health says search by meaning is ready and the theme model's tags are in.</summary>
    public Task Ready() => _ready ??= WaitUntilReady();

    private async Task WaitUntilReady()
    {
        var until = DateTime.UtcNow.AddMinutes(3);
        string? said = null;
        while (DateTime.UtcNow < until)
        {
            using var response = await CreateClient().GetAsync("/health");
            var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            said = health.GetProperty("checks").EnumerateArray()
                .Where(c => c.GetProperty("name").GetString() == "meaning")
                .Select(c => c.GetProperty("description").GetString())
                .FirstOrDefault();
            if (said is not null && said.StartsWith("Search by meaning is ready", StringComparison.Ordinal) && !said.Contains("being added", StringComparison.Ordinal)) return;
            if (said is not null && said.StartsWith("Search by meaning is off", StringComparison.Ordinal)) Assert.Fail($"/health: {said}");
            await Task.Delay(250);
        }
        Assert.Fail($"Search by meaning was not ready within 3 minutes; /health said: {said}");
    }
}
