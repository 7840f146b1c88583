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
    [InlineData("professional curiosity - not taking what parents say at face value")]
    [InlineData("neglect -- what have reviews said")]
    public async Task ADashBetweenWords_ShouldBePunctuation_NotAnExclusionThatMakesTheSearchExact(string q)
    {
        await host.Ready();
        var result = await host.GetJson("/api/search?q=" + Uri.EscapeDataString(q));
        Assert.Equal("used", result.GetProperty("meaning").GetProperty("state").GetString());
        Assert.NotEmpty(result.GetProperty("expansions").EnumerateArray());
    }

    [Fact]
    public async Task AMinusBeforeAWord_ShouldStillExcludeIt()
    {
        await host.Ready();
        var result = await host.GetJson("/api/search?q=" + Uri.EscapeDataString("supervision -training"));
        Assert.Equal("exact", result.GetProperty("meaning").GetProperty("state").GetString());
        Assert.All(Hits(result), h => Assert.DoesNotContain("training", h.GetProperty("text").GetString()!, StringComparison.OrdinalIgnoreCase));
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

    // Was: every pair shown at least 0.55 alike in meaning, 70 % of them on the same subject. Pairs are now chosen by
    // the same-lesson scorer (closeness in meaning and shared words, fitted on the second labelled set), which on the
    // bundled corpus lists none of the 204 labelled pairs as made again: its five "same" pairs score below its
    // threshold (docs/quality.md). So these say what a chair can rely on: why each pair is there, and that the
    // pairs on the same subject are kept apart and never called repeats.
    [Fact]
    public async Task RecommendationsMadeAgain_ShouldBeThoseTheScorerCallsTheSameLesson_EachSayingWhy()
    {
        await host.Ready();
        var recurrence = await host.GetJson("/api/recurrence?repeatsLimit=500");
        Assert.Contains("ask for the same change", recurrence.GetProperty("pairedBy").GetString());
        Assert.Contains("12 of the 14 pairs", recurrence.GetProperty("pairedBy").GetString());
        foreach (var repeat in recurrence.GetProperty("repeats").EnumerateArray())
        {
            foreach (var earlier in repeat.GetProperty("earlier").EnumerateArray())
            {
                Assert.Matches(@"\d+ % alike in meaning\.$", earlier.GetProperty("why").GetString());
                Assert.True(earlier.GetProperty("similarity").GetDouble() > 0);
            }
        }
    }

    [Fact]
    public async Task TheWasNotBroughtRecommendationOfFamilyY_ShouldBeListedOnTheSameSubjectAsDerbyshires_NotQuotedAsMadeAgain()
    {
        await host.Ready();
        var recurrence = await host.GetJson("/api/recurrence?repeatsLimit=500");
        Assert.Contains("should not be quoted as repeats", recurrence.GetProperty("sameSubjectSaid").GetString());
        var repeated = recurrence.GetProperty("repeats").EnumerateArray().Select(r => r.GetProperty("recommendation").GetProperty("id").GetString()).ToHashSet();
        var related = recurrence.GetProperty("sameSubject").EnumerateArray().ToList();
        Assert.NotEmpty(related);
        Assert.All(related, r => Assert.DoesNotContain(r.GetProperty("recommendation").GetProperty("id").GetString(), repeated));

        // The reader labelled this pair the same lesson; the scorer is not sure enough of it (its texts share too few
        // words), so a chair sees it as related, with why, rather than not at all. docs/quality.md counts it as a miss.
        var familyY = related.Single(r => r.GetProperty("recommendation").GetProperty("id").GetString() == "family-y/rec-8.1");
        var ads14 = familyY.GetProperty("earlier").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "ads14/rec-8");
        Assert.Contains("\u201cdid not attend\u201d", ads14.GetProperty("why").GetString());
        Assert.InRange(ads14.GetProperty("similarity").GetDouble(), 0.634, 1);
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
