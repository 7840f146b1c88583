using LearningSearch.Index.Units;
using LearningSearch.Indexer.Model;
using static LearningSearch.Indexer.Tests.Layouts.LayoutDocuments;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// A thematic review whose "Areas for improvement" are grouped under numbered themes ("1. Early help") with the
/// recommendations numbered under them (1.1, 1.2) and sub-items lettered a), b), c).
/// </summary>
public sealed class AreasForImprovementTests
{
    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(LayoutDocuments))]
    public void AreasForImprovementUnderNumberedThemes_ShouldBeRecommendationsHeadedByTheirTheme(string format)
    {
        var review = Extract(AreasForImprovement, format);

        Assert.Equal("SectionedReportLayout", review.Review.Layout);
        Assert.Equal(["1.1", "1.2", "2.1", "2.2"], review.Numbers(UnitKind.Recommendation));
        Assert.Equal("Early help", review.Recommendation("1.2").Heading);
        Assert.Equal("Missing episodes and return home interviews", review.Recommendation("2.1").Heading);
        Assert.Equal(["Riverton Constabulary"], review.Recommendation("2.2").Agencies);
        Assert.DoesNotContain(review.Units, u => u.Text.StartsWith("Early help", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(LayoutDocuments))]
    public void LetteredSubItems_ShouldStayWithTheRecommendationTheyComplete(string format)
    {
        var review = Extract(AreasForImprovement, format);

        var label = format == ".html" ? "c." : "c)"; // a web page's list prints "c." for Word's "c)"
        Assert.EndsWith($"{label} a named contact in the school for the family.", review.Recommendation("1.2").Text);
        Assert.Equal(4, review.Count(UnitKind.Recommendation));
    }

    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(LayoutDocuments))]
    public void WhatWeFound_ShouldBeFindings(string format)
    {
        var found = Extract(AreasForImprovement, format).Units.Where(u => u.Heading == "What we found").ToList();

        Assert.Equal(2, found.Count);
        Assert.All(found, u => Assert.Equal(UnitKind.Finding, u.Kind));
        Assert.StartsWith("Young people told us that the workers they trusted", found[1].Text);
    }
}
