namespace LearningSearch.SearchApi.Tests.Search;

/// <summary>A practitioner who misspells a word is not left with nothing: the reviews' own spelling is offered, or searched when the typed words find nothing.</summary>
[Collection(SampleCorpusCollection.Name)]
public sealed class SpellingTests(SampleCorpusHost host)
{
    [Fact]
    public async Task AMisspelledWordThatFindsNothing_ShouldBeSearchedAsTheReviewsSpellItAndSaySo()
    {
        var result = await host.GetJson("/api/search?q=supervison");
        Assert.True(result.GetProperty("total").GetInt32() > 0);
        var spelling = result.GetProperty("spelling");
        Assert.True(spelling.GetProperty("applied").GetBoolean());
        Assert.Equal("supervison", spelling.GetProperty("typed").GetString());
        Assert.Equal("supervision", spelling.GetProperty("suggested").GetString());
        Assert.Equal("No results for \u201Csupervison\u201D. Showing results for \u201Csupervision\u201D.", spelling.GetProperty("says").GetString());
    }

    [Fact]
    public async Task AMisspelledWordBesideKnownOnes_ShouldBeOfferedNotForced()
    {
        var result = await host.GetJson("/api/search?q=" + Uri.EscapeDataString("supervison for health visitors"));
        var spelling = result.GetProperty("spelling");
        Assert.False(spelling.GetProperty("applied").GetBoolean());
        Assert.Equal("supervision for health visitors", spelling.GetProperty("suggested").GetString());
        Assert.Equal(["supervison"], spelling.GetProperty("misspelled").EnumerateArray().Select(w => w.GetString()));
        Assert.Equal("supervison for health visitors", result.GetProperty("query").GetString());
    }

    [Theory]
    [InlineData("neglect")]
    [InlineData("\"was not brought\"")]
    public async Task WordsTheReviewsUse_ShouldGetNoSuggestion(string q)
    {
        var result = await host.GetJson("/api/search?q=" + Uri.EscapeDataString(q));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, result.GetProperty("spelling").ValueKind);
    }

    // Everyday words the reviews happen not to use are not misspellings of the reviews' words: "worried" is not "work",
    // "mobile" not "model", "mum's" not "must", and "sexting" is not "set" (their stems, "sext" and "set", are one
    // letter apart, the words four).
    [Theory]
    [InlineData("how do agencies share information when they are worried about a child")]
    [InlineData("bruising in non mobile babies")]
    [InlineData("mum's new boyfriend moved in and nobody checked him out")]
    [InlineData("online grooming and sexting")]
    public async Task RealWordsTheReviewsDoNotUse_ShouldNotBeCorrectedIntoOtherWords(string q)
    {
        var result = await host.GetJson("/api/search?q=" + Uri.EscapeDataString(q));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, result.GetProperty("spelling").ValueKind);
    }

    [Theory]
    [InlineData("safegaurding audits", "safeguarding audits")]
    [InlineData("strategy discusion", "strategy discussion")]
    [InlineData("quality of assesments", "quality of assessment")]
    public async Task ALetterSwappedMissedOrDoubled_ShouldBeOffered(string typed, string offered)
    {
        var result = await host.GetJson("/api/search?q=" + Uri.EscapeDataString(typed));
        Assert.Equal(offered, result.GetProperty("spelling").GetProperty("suggested").GetString());
    }

    [Fact]
    public async Task AMisspelledWordBesideKnownOnes_ShouldAlsoBeSearchedAsTheReviewsSpellIt_AndSaySo()
    {
        var typed = await host.GetJson("/api/search?q=" + Uri.EscapeDataString("health attendance at stratergy meetings"));
        var expansion = typed.GetProperty("expansions").EnumerateArray().Single(e => e.GetProperty("label").GetString() == "spelling");
        Assert.Equal("stratergy", expansion.GetProperty("matched").GetString());
        Assert.Equal(["strategy"], expansion.GetProperty("phrases").EnumerateArray().Select(p => p.GetString()));
        // Units about strategy meetings are found, as they are when the word is spelled right.
        var right = await host.GetJson("/api/search?q=" + Uri.EscapeDataString("strategy"));
        var ids = typed.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToHashSet();
        Assert.Contains(right.GetProperty("hits").EnumerateArray().First().GetProperty("id").GetString(), ids);
    }

    [Fact]
    public async Task AMisspelledQuestionEndingInAQuestionMark_ShouldBeCorrectedToo()
    {
        // The question mark is punctuation to the search, not a wildcard that makes the question an exact search.
        var result = await host.GetJson("/api/search?q=" + Uri.EscapeDataString("who goes to stratergy meetings?"));
        Assert.Contains(result.GetProperty("expansions").EnumerateArray(), e => e.GetProperty("label").GetString() == "spelling");
    }

    [Fact]
    public async Task AnExactSearch_ShouldNotBeCorrected()
    {
        var result = await host.GetJson("/api/search?q=" + Uri.EscapeDataString("\"stratergy meetings\""));
        Assert.DoesNotContain(result.GetProperty("expansions").EnumerateArray(), e => e.GetProperty("label").GetString() == "spelling");
    }

    [Fact]
    public async Task WordsNoReviewUsesOrComesNear_ShouldFindNothingAndOfferNothing()
    {
        var result = await host.GetJson("/api/search?q=" + Uri.EscapeDataString("xylophone zebra"));
        Assert.Equal(0, result.GetProperty("total").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, result.GetProperty("spelling").ValueKind);
    }
}
