using LearningSearch.SearchApi.Contracts;
using LearningSearch.SearchApi.Search;

namespace LearningSearch.SearchApi.Tests.Search;

/// <summary>
/// A search that cannot be run as asked is answered, not thrown: the refusal names the parameter to change and says
/// how, in the words the page shows, and a search that can be run has no refusal.
/// </summary>
public sealed class SearchRefusalTests
{
    private static Outcome<SearchPlan, SearchRefusal> Build(SearchRequest request) => TypicalSearches.Builder.Value.Build(request);

    public static TheoryData<SearchRequest, string, string, string> Refused => new()
    {
        { new SearchRequest { Page = 0 }, "page", "Invalid page", "page must be 1 or more; it was 0." },
        { new SearchRequest { PageSize = 101 }, "pageSize", "Invalid pageSize", "pageSize must be between 1 and 100; it was 101." },
        { new SearchRequest { Page = 999, PageSize = 100 }, "page", "Page too deep", "Only the first 10000 results can be paged through; narrow the search with filters instead of going to page 999." },
        { new SearchRequest { FacetLimit = 0 }, "facetLimit", "Invalid facetLimit", "facetLimit must be between 1 and 1000; it was 0." },
        { new SearchRequest { Q = "\"unbalanced" }, "q", "The search could not be understood", "The search has an opening quote mark without a closing one. Close the phrase with \" or remove the quote." },
        { new SearchRequest { Q = "*abuse" }, "q", "The search could not be understood", "A word cannot start with * or ?. Put at least three letters before the wildcard, as in superv*." },
        { new SearchRequest { Q = "ab*" }, "q", "Wildcard too short", "Put at least three letters before * or ? (as in superv*), so the search stays fast and specific." },
        { new SearchRequest { Q = "ab~" }, "q", "Fuzzy search too short", "A fuzzy search (word~) needs a word of at least three letters." },
        { new SearchRequest { Q = "/reg.*ex/" }, "q", "Regular expressions are not supported", "Searching with /regular expressions/ is not supported; use words, \"phrases\" or a wildcard such as superv*." },
        { new SearchRequest { Q = new string('a', 600) }, "q", "Query too long", "The search is 600 characters long; keep it under 500." },
        { new SearchRequest { Theme = ["not-a-theme"] }, "theme", "Unknown theme", "There is no theme 'not-a-theme'. GET /api/themes lists the theme ids, such as was-not-brought or supervision." },
        { new SearchRequest { Review = ["../etc"] }, "review", "Invalid review id", "'../etc' is not a review id; GET /api/reviews lists them (such as ads14)." },
        { new SearchRequest { Kind = "policy" }, "kind", "Unknown kind", "kind must be recommendation, action or finding; it was 'policy'." },
        { new SearchRequest { Status = new string('s', 201) }, "status", "Invalid status", "status is 201 characters long; an status is at most 200." },
        { new SearchRequest { YearTo = 3000 }, "yearTo", "Invalid year", "yearTo must be a year between 1990 and 2100; it was 3000." },
        { new SearchRequest { YearFrom = 2020, YearTo = 2010 }, "yearFrom", "Invalid year range", "yearFrom (2020) is after yearTo (2010); swap them." },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void ARequestThatCannotBeSearched_ShouldBeRefusedNamingTheParameterAndTheFix(SearchRequest request, string parameter, string title, string detail)
    {
        var outcome = Build(request);

        Assert.False(outcome.TryGet(out _, out var refusal));
        Assert.Equal(new SearchRefusal(parameter, title, detail), refusal);
        var noAnswer = Assert.Throws<InvalidOperationException>(() => outcome.Answer);
        Assert.Contains(detail, noAnswer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CommonWordsOnly_ShouldBeSearchedAsEverythingWithANotice_NotRefused()
    {
        Assert.True(Build(new SearchRequest { Q = "the and of" }).TryGet(out var plan, out var refusal));
        Assert.Null(refusal);
        Assert.StartsWith("\"the and of\" has only common words", plan.Notice, StringComparison.Ordinal);
    }

    [Fact]
    public void AGoodSearch_ShouldHaveAPlanAndNoRefusal()
    {
        var outcome = Build(new SearchRequest { Q = "supervision", Theme = ["supervision"], Page = 2, PageSize = 10 });

        Assert.Null(outcome.Problem);
        Assert.Equal(2, outcome.Answer.Page);
        Assert.Equal(10, outcome.Answer.PageSize);
        // "supervisor" is the vocabulary's: the stemmer keeps it apart from "supervision".
        Assert.Equal("supervision OR theme:supervision OR \"supervisor\"", outcome.Answer.ExpandedQuery);
    }
}
