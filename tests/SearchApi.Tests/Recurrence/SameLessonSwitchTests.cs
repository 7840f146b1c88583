using LearningSearch.SearchApi.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;

namespace LearningSearch.SearchApi.Tests.Recurrence;

/// <summary>The same-lesson scorer is on unless configuration turns it off, which brings back pairing by closeness in meaning alone.</summary>
public sealed class SameLessonSwitchTests
{
    private static LearningSearchOptions From(params (string Key, string Value)[] settings) =>
        LearningSearchOptions.From(
            new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))
                .Append(new("Corpus:Path", "corpus")).Append(new("Index:Path", ".index"))).Build(),
            new HostingEnvironment { ContentRootPath = Directory.GetCurrentDirectory() });

    [Fact]
    public void WithNothingSaid_ShouldPairBySameLesson()
    {
        Assert.True(From().RecurrenceSameLesson);
    }

    [Fact]
    public void SameLessonFalse_ShouldPairByMeaningAloneAtTheLeastSimilarityGiven()
    {
        var options = From(("Search:Recurrence:SameLesson", "false"), ("Search:Recurrence:LeastSimilarity", "0.6"));
        Assert.False(options.RecurrenceSameLesson);
        Assert.Equal(0.6, options.RecurrenceLeastSimilarity);
    }
}
