using System.Net;
using System.Text.Json;

namespace LearningSearch.SearchApi.Tests.Meaning;

/// <summary>
/// A practitioner's question is searched by its meaning as well as its words: units that say the same thing in other
/// words are found, each hit says what found it, filters hold for both, and exact searches stay exact.
/// </summary>
public sealed class SearchByMeaningTests(MeaningHost host) : IClassFixture<MeaningHost>
{
    private static IEnumerable<JsonElement> Hits(JsonElement result) => result.GetProperty("hits").EnumerateArray();

    [Fact]
    public async Task AQuestionInPlainWords_ShouldBeSearchedByMeaningAndSaySo()
    {
        await host.Ready();
        var result = await host.GetJson("/api/search?q=" + Uri.EscapeDataString("kids missing doctor appointments"));
        var meaning = result.GetProperty("meaning");
        Assert.Equal("used", meaning.GetProperty("state").GetString());
        Assert.Contains("meaning", meaning.GetProperty("says").GetString());
        var foundBy = Hits(result).Select(h => h.GetProperty("foundBy").GetString()).ToList();
        Assert.All(foundBy, f => Assert.Contains(f, new[] { "words", "meaning", "both" }));
        Assert.Contains(foundBy, f => f is "meaning" or "both");
    }

    [Fact]
    public async Task TheTotalAndTheFacets_ShouldCountTheSameUnitsAsTheHits()
    {
        await host.Ready();
        var q = Uri.EscapeDataString("kids missing doctor appointments");
        var result = await host.GetJson($"/api/search?q={q}&pageSize=100&yearFrom=2017&yearTo=2017");
        var total = result.GetProperty("total").GetInt32();
        Assert.InRange(total, 1, 100);
        Assert.Equal(total, Hits(result).Count());
        var byKind = result.GetProperty("facets").GetProperty("kinds").EnumerateArray().Sum(k => k.GetProperty("count").GetInt32());
        Assert.Equal(total, byKind);
        var alsoFound = result.GetProperty("meaning").GetProperty("alsoFound").GetInt32();
        Assert.Equal(alsoFound, Hits(result).Count(h => h.GetProperty("foundBy").GetString() == "meaning"));
    }

    [Fact]
    public async Task AFilter_ShouldHoldForUnitsFoundByMeaningToo()
    {
        await host.Ready();
        var result = await host.GetJson("/api/search?q=" + Uri.EscapeDataString("kids missing doctor appointments") + "&kind=action&pageSize=100");
        Assert.NotEmpty(Hits(result));
        Assert.All(Hits(result), h => Assert.Equal("action", h.GetProperty("kind").GetString()));
    }

    [Theory]
    [InlineData("\"was not brought\"")]
    [InlineData("supervision AND training")]
    [InlineData("theme:supervision")]
    public async Task AnExactSearch_ShouldBeSearchedByItsWordsAlone(string q)
    {
        await host.Ready();
        var result = await host.GetJson("/api/search?q=" + Uri.EscapeDataString(q));
        Assert.Equal("exact", result.GetProperty("meaning").GetProperty("state").GetString());
        Assert.All(Hits(result), h => Assert.Equal("words", h.GetProperty("foundBy").GetString()));
    }

    [Theory]
    [InlineData("😀😀😀")]
    [InlineData("¿Dónde están los niños que no fueron llevados a sus citas?")]
    [InlineData("the of and")]
    public async Task AnOddQuestion_ShouldGetAClearAnswer(string q)
    {
        await host.Ready();
        using var response = await host.CreateClient().GetAsync("/api/search?q=" + Uri.EscapeDataString(q));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task HealthAndTheGenerationsFolder_ShouldSayTheVectorsAreReadyAndKept()
    {
        await host.Ready();
        var health = await host.GetJson("/health");
        var meaning = health.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "meaning");
        Assert.Equal("Healthy", meaning.GetProperty("status").GetString());
        Assert.Matches(@"^Search by meaning is ready \(\d+ units\)\.$", meaning.GetProperty("description").GetString());
        Assert.NotEmpty(Directory.EnumerateFiles(host.IndexFolder, "unit-vectors.lsuv", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task AThemeTheModelGave_ShouldSayWhyWithTheLabelledUnitsItIsCloseTo()
    {
        await host.Ready();
        var badges = new List<JsonElement>();
        for (var page = 1; page <= 5 && badges.Count == 0; page++)
        {
            var result = await host.GetJson($"/api/search?pageSize=100&page={page}");
            badges.AddRange(Hits(result).SelectMany(h => h.GetProperty("themes").EnumerateArray()).Where(b => b.GetProperty("taggedBy").GetString() == "model"));
        }
        Assert.NotEmpty(badges);
        Assert.All(badges, b =>
        {
            Assert.Empty(b.GetProperty("evidence").EnumerateArray());
            Assert.InRange(b.GetProperty("probability").GetDouble(), 0.5, 1);
            Assert.NotEmpty(b.GetProperty("examples").EnumerateArray());
        });
    }

    [Fact]
    public async Task RecommendationsMadeAgain_ShouldBePairedByThemeAndMeaning_AndMostlyBeOnTheSameSubject()
    {
        await host.Ready();
        var recurrence = await host.GetJson("/api/recurrence?repeatsLimit=500");
        Assert.Contains("alike in meaning", recurrence.GetProperty("pairedBy").GetString());
        var shown = recurrence.GetProperty("repeats").EnumerateArray()
            .SelectMany(r => r.GetProperty("earlier").EnumerateArray().Select(e => (Pair: $"{r.GetProperty("recommendation").GetProperty("id").GetString()} <- {e.GetProperty("id").GetString()}", Similarity: e.GetProperty("similarity").GetDouble())))
            .ToList();
        Assert.All(shown, p => Assert.True(p.Similarity >= 0.55, $"{p.Pair}: {p.Similarity}"));

        // 204 pairs sharing a theme, labelled by reading (Recurrence/LabelledPairs): same change, same subject, or unrelated.
        var folder = Path.Combine(LearningSearchHost.RepositoryRoot(), "tests", "SearchApi.Tests", "Recurrence", "LabelledPairs");
        var labels = File.ReadLines(Path.Combine(folder, "labels.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(l => l.GetProperty("pair").GetString()!, l => l.GetProperty("label").GetString()!);
        var labelled = shown.Where(p => labels.ContainsKey(p.Pair)).ToList();
        Assert.InRange(labelled.Count, 10, shown.Count);
        var onTheSameSubject = labelled.Count(p => labels[p.Pair] is "same" or "related") / (double)labelled.Count;
        Assert.True(onTheSameSubject >= 0.7, $"{onTheSameSubject:P0} of the {labelled.Count} pairs shown are on the same subject (floor 70 %); of all labelled pairs, {labels.Values.Count(l => l != "unrelated") / (double)labels.Count:P0}");
    }

    [Fact]
    public async Task SimilarRecommendations_ShouldSayWhatFoundEach()
    {
        await host.Ready();
        var search = await host.GetJson("/api/search?q=supervision&kind=recommendation&pageSize=1");
        var id = Hits(search).First().GetProperty("id").GetString()!;
        var similar = await host.GetJson($"/api/units/{id}/similar");
        var review = id.Split('/')[0];
        Assert.NotEmpty(similar.GetProperty("hits").EnumerateArray());
        Assert.All(similar.GetProperty("hits").EnumerateArray(), h =>
        {
            Assert.NotEqual(review, h.GetProperty("review").GetProperty("id").GetString());
            Assert.Contains(h.GetProperty("foundBy").GetString(), new[] { "words", "meaning", "both" });
        });
        Assert.Contains(similar.GetProperty("hits").EnumerateArray(), h => h.GetProperty("foundBy").GetString() is "meaning" or "both");
    }
}
