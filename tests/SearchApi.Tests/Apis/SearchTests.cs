using System.Text.Json;

namespace LearningSearch.SearchApi.Tests.Apis;

[Collection(SampleCorpusCollection.Name)]
public sealed class SearchTests(SampleCorpusHost host)
{
    private static IEnumerable<JsonElement> Hits(JsonElement r) => r.GetProperty("hits").EnumerateArray();

    private static int Facet(JsonElement r, string facet, string value) =>
        r.GetProperty("facets").GetProperty(facet).EnumerateArray().Where(f => f.GetProperty("value").GetString() == value).Select(f => f.GetProperty("count").GetInt32()).SingleOrDefault();

    [Fact]
    public async Task ASearchForDna_ShouldAlsoFindWasNotBroughtUnitsInSeveralReviews()
    {
        var r = await host.GetJson("/api/search?q=DNA&pageSize=50");
        Assert.Contains("theme:was-not-brought", r.GetProperty("expandedQuery").GetString(), StringComparison.Ordinal);
        var expansion = r.GetProperty("expansions").EnumerateArray().Single();
        Assert.Equal("was-not-brought", expansion.GetProperty("themeId").GetString());
        Assert.Contains(expansion.GetProperty("phrases").EnumerateArray(), p => p.GetString()!.Equals("was not brought", StringComparison.OrdinalIgnoreCase));
        var reviews = Hits(r).Select(h => h.GetProperty("review").GetProperty("id").GetString()).Distinct().ToList();
        Assert.True(reviews.Count >= 2, string.Join(",", reviews));
        Assert.Contains(Hits(r), h => h.GetProperty("id").GetString() == "family-y/rec-8.1");
    }

    [Fact]
    public async Task ASearchForHiddenMen_ShouldFindFathersAndMalePartners()
    {
        var r = await host.GetJson("/api/search?q=hidden+men&pageSize=20");
        var ids = Hits(r).Select(h => h.GetProperty("id").GetString()).ToList();
        Assert.Contains("ads14/rec-5", ids);
        Assert.Contains("an09/rec-19", ids); // "birth fathers": no word of the query, found through the theme's synonyms
    }

    [Fact]
    public async Task EveryHit_ShouldCiteItsReviewNumberAgencyAndYear()
    {
        var r = await host.GetJson("/api/search?q=was+not+brought&pageSize=20");
        var rec8 = Hits(r).Single(h => h.GetProperty("id").GetString() == "ads14/rec-8");
        Assert.Equal("ADS14 · Recommendation 8 · Derbyshire Safeguarding Children Board · 2017", rec8.GetProperty("citation").GetString());
        var action = Hits(r).First(h => h.GetProperty("kind").GetString() == "action");
        Assert.NotEqual(JsonValueKind.Null, action.GetProperty("recommendation").ValueKind);
        Assert.All(Hits(r), h => Assert.False(string.IsNullOrWhiteSpace(h.GetProperty("citation").GetString())));
    }

    [Fact]
    public async Task EveryHit_ShouldCarryEveryFieldEvenWithoutAValue()
    {
        var r = await host.GetJson("/api/search?q=was+not+brought&pageSize=20");
        var fields = new[] { "id", "kind", "number", "citation", "review", "recommendation", "agency", "agencies", "status", "dates", "heading", "text", "snippet", "themes", "actionThemes", "score", "foundBy" };
        Assert.All(Hits(r), h => Assert.Equal(fields, h.EnumerateObject().Select(p => p.Name)));
        var rec8 = Hits(r).Single(h => h.GetProperty("id").GetString() == "ads14/rec-8");
        Assert.Equal(JsonValueKind.Null, rec8.GetProperty("recommendation").ValueKind); // a recommendation has no parent: null, not left out
        Assert.Equal(JsonValueKind.Null, r.GetProperty("notice").ValueKind);
    }

    [Fact]
    public async Task AThemeFilter_ShouldNarrowToTheCountTheFacetPromised()
    {
        var all = await host.GetJson("/api/search?q=training&pageSize=5");
        var promised = Facet(all, "themes", "supervision");
        Assert.True(promised > 0);
        var narrowed = await host.GetJson("/api/search?q=training&theme=supervision&pageSize=5");
        Assert.Equal(promised, narrowed.GetProperty("total").GetInt32());
        Assert.True(narrowed.GetProperty("total").GetInt32() < all.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task FacetsOfAnEmptySearch_ShouldCountTheWholeCorpus()
    {
        var r = await host.GetJson("/api/search?pageSize=1");
        var total = r.GetProperty("total").GetInt32();
        Assert.Equal(428, total);
        var kinds = r.GetProperty("facets").GetProperty("kinds").EnumerateArray().Sum(f => f.GetProperty("count").GetInt32());
        Assert.Equal(total, kinds);
        Assert.Equal(126, Facet(r, "reviews", "an09"));
        Assert.Single(Hits(r));
    }

    [Fact]
    public async Task AWordInMostUnits_ShouldPutResultsInOrderButNotFindResultsOnItsOwn()
    {
        var toolkit = await host.GetJson("/api/search?q=toolkit&pageSize=50");
        var both = await host.GetJson("/api/search?q=children+toolkit&pageSize=50");
        Assert.Equal(["children"], both.GetProperty("commonWords").EnumerateArray().Select(w => w.GetString()));
        Assert.Equal(toolkit.GetProperty("total").GetInt32(), both.GetProperty("total").GetInt32());
        // Toolkit results that also speak of children rank higher than they did for "toolkit" alone.
        var before = Hits(toolkit).ToDictionary(h => h.GetProperty("id").GetString()!, h => h.GetProperty("score").GetDouble());
        var lifted = Hits(both).Where(h => h.GetProperty("score").GetDouble() > before[h.GetProperty("id").GetString()!] + 0.01).ToList();
        Assert.NotEmpty(lifted);
        Assert.All(lifted, h => Assert.Contains("child", h.GetProperty("text").GetString()! + h.GetProperty("snippet").GetString(), StringComparison.OrdinalIgnoreCase));
        Assert.Empty(toolkit.GetProperty("commonWords").EnumerateArray());
    }

    [Fact]
    public async Task ASearchOfCommonWordsOnly_ShouldNeedThemAll()
    {
        var r = await host.GetJson("/api/search?q=children+practitioners&pageSize=1");
        var both = await host.GetJson("/api/search?q=%2Bchildren+%2Bpractitioners&pageSize=1");
        Assert.Equal(2, r.GetProperty("commonWords").GetArrayLength());
        Assert.True(r.GetProperty("total").GetInt32() > 0);
        Assert.Equal(both.GetProperty("total").GetInt32(), r.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task TypedOr_ShouldStillFindEitherWordHoweverCommon()
    {
        var either = await host.GetJson("/api/search?q=children+OR+toolkit&pageSize=1");
        var children = await host.GetJson("/api/search?q=children&pageSize=1");
        Assert.True(either.GetProperty("total").GetInt32() >= children.GetProperty("total").GetInt32());
        Assert.Empty(either.GetProperty("commonWords").EnumerateArray());
    }

    [Fact]
    public async Task ABroadSearch_ShouldListTheReviewsWithMostResultsAndSayHowManyMoreThereAre()
    {
        var all = await host.GetJson("/api/search?pageSize=1");
        var limited = await host.GetJson("/api/search?pageSize=1&facetLimit=2");
        var reviews = limited.GetProperty("facets").GetProperty("reviews").EnumerateArray().ToList();
        Assert.Equal(2, reviews.Count);
        Assert.Equal(["an09", "cqc-derby-2015"], reviews.Select(r => r.GetProperty("value").GetString()));
        Assert.Equal(3, limited.GetProperty("facets").GetProperty("notListed").GetProperty("reviews").GetInt32());
        Assert.Equal(0, all.GetProperty("facets").GetProperty("notListed").GetProperty("reviews").GetInt32());
        Assert.Equal(Facet(all, "reviews", "an09"), Facet(limited, "reviews", "an09"));
    }

    [Fact]
    public async Task AReviewChosenAsAFilter_ShouldStayInItsFacetWhateverTheLimit()
    {
        var r = await host.GetJson("/api/search?pageSize=1&facetLimit=1&review=rds20&review=ads14");
        var listed = r.GetProperty("facets").GetProperty("reviews").EnumerateArray().Select(v => v.GetProperty("value").GetString()).ToList();
        Assert.Equal(["ads14", "rds20"], listed);
        Assert.Equal(44, Facet(r, "reviews", "rds20"));
    }

    [Fact]
    public async Task SearchesThatCouldMatchAReviewItself_ShouldStillListOnlyItsUnits()
    {
        // Review documents share the index; the doc:unit restriction is left out only where a search cannot reach them.
        foreach (var url in new[] { "/api/search?q=review:ads14&pageSize=100", "/api/search?review=ads14&pageSize=100", "/api/search?q=id:review%5C:ads14", "/api/search?pageSize=1" })
        {
            var r = await host.GetJson(url);
            Assert.All(Hits(r), h => Assert.DoesNotContain("review:", h.GetProperty("id").GetString(), StringComparison.Ordinal));
            Assert.Equal(r.GetProperty("total").GetInt32(), r.GetProperty("facets").GetProperty("kinds").EnumerateArray().Sum(f => f.GetProperty("count").GetInt32()));
        }
        Assert.Equal(82, (await host.GetJson("/api/search?q=review:ads14&pageSize=1")).GetProperty("total").GetInt32());
        Assert.Equal(428, (await host.GetJson("/api/search?pageSize=1")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await host.GetJson("/api/search?q=id:review%5C:ads14")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task FiltersByKindReviewAgencyAndYear_ShouldAllApply()
    {
        var r = await host.GetJson("/api/search?kind=recommendation&review=ads14&pageSize=100");
        Assert.Equal(9, r.GetProperty("total").GetInt32());
        var years = await host.GetJson("/api/search?yearFrom=2016&yearTo=2020&pageSize=1");
        Assert.Equal(82 + 70, years.GetProperty("total").GetInt32());
        var agency = await host.GetJson("/api/search?agency=Derbyshire+Health+United&pageSize=10");
        Assert.All(Hits(agency), h => Assert.Contains("Derbyshire Health United", h.GetProperty("agencies").EnumerateArray().Select(a => a.GetString())));
        var fielded = await host.GetJson("/api/search?q=theme:was-not-brought+AND+kind:recommendation&pageSize=50");
        Assert.All(Hits(fielded), h => Assert.Equal("recommendation", h.GetProperty("kind").GetString()));
        Assert.True(fielded.GetProperty("total").GetInt32() >= 3);
    }

    [Fact]
    public async Task Paging_ShouldReturnDifferentHitsOnEachPage()
    {
        var one = await host.GetJson("/api/search?q=supervision&pageSize=5&page=1");
        var two = await host.GetJson("/api/search?q=supervision&pageSize=5&page=2");
        var first = Hits(one).Select(h => h.GetProperty("id").GetString()).ToList();
        var second = Hits(two).Select(h => h.GetProperty("id").GetString()).ToList();
        Assert.Equal(5, second.Count);
        Assert.Empty(first.Intersect(second));
    }

    [Fact]
    public async Task Snippets_ShouldMarkTheMatchedWordsAndEscapeEverythingElse()
    {
        var r = await host.GetJson("/api/search?q=%22was+not+brought%22&pageSize=5");
        var snippet = Hits(r).First().GetProperty("snippet").GetString()!;
        Assert.Contains("<mark>", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", snippet, StringComparison.Ordinal);
        Assert.Contains("&#39;", string.Concat(Hits(r).Select(h => h.GetProperty("snippet").GetString())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQueryOfCommonWordsOnly_ShouldSaySo()
    {
        var r = await host.GetJson("/api/search?q=the+and+of");
        Assert.Contains("only common words", r.GetProperty("notice").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BritishAndAmericanSpellingsAndPlurals_ShouldFindTheSameUnits()
    {
        var british = await host.GetJson("/api/search?q=organisation&pageSize=1");
        var american = await host.GetJson("/api/search?q=organization&pageSize=1");
        Assert.Equal(british.GetProperty("total").GetInt32(), american.GetProperty("total").GetInt32());
        var child = await host.GetJson("/api/search?q=paediatric&pageSize=1");
        var pediatric = await host.GetJson("/api/search?q=pediatric&pageSize=1");
        Assert.Equal(child.GetProperty("total").GetInt32(), pediatric.GetProperty("total").GetInt32());
        Assert.True(child.GetProperty("total").GetInt32() > 0);
    }
}
