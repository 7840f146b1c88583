using LearningSearch.Index.Units;
using LearningSearch.Indexer.Model;
using static LearningSearch.Indexer.Tests.Layouts.LayoutDocuments;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// A learning review with bulleted "Key findings", "Recommendation 1:" ... under "Recommendations for the
/// partnership", and "Agency responses" whose paragraphs cite the recommendation they answer as "(R2)".
/// </summary>
public sealed class KeyFindingsWithAgencyResponsesTests
{
    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(LayoutDocuments))]
    public void RecommendationsWrittenAsRecommendationColon_ShouldBeNumberedAsPrinted(string format)
    {
        var review = Extract(KeyFindingsAgencyResponses, format);

        Assert.Equal("SectionedReportLayout", review.Review.Layout);
        Assert.Equal(["1", "2", "3", "4"], review.Numbers(UnitKind.Recommendation));
        Assert.StartsWith("The Partnership should adopt a single neglect assessment tool", review.Recommendation("1").Text);
        Assert.Equal("Recommendations for the partnership", review.Recommendation("4").Heading);
        Assert.Equal(["Sandmoor City Council"], review.Recommendation("2").Agencies);
    }

    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(LayoutDocuments))]
    public void EachBulletedKeyFinding_ShouldBeAFindingOfItsOwn(string format)
    {
        var keyFindings = Extract(KeyFindingsAgencyResponses, format).Units.Where(u => u.Heading == "Key findings").ToList();

        Assert.Equal(4, keyFindings.Count);
        Assert.All(keyFindings, u => Assert.Equal(UnitKind.Finding, u.Kind));
        Assert.StartsWith("The dental decay of all three children", keyFindings[3].Text);
    }

    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(LayoutDocuments))]
    public void AResponseCitingR2_ShouldBeAnActionOnRecommendation2WithItsStatusAndTargetDate(string format)
    {
        var review = Extract(KeyFindingsAgencyResponses, format);

        var attendance = Assert.Single(review.ActionsOf("2"));
        Assert.Equal(["Sandmoor City Council"], attendance.Agencies);
        Assert.Equal("On track", attendance.Status);
        Assert.Equal(["December 2024"], attendance.Dates);

        Assert.Equal([("Sandmoor City Council", "Completed"), ("Sandmoor Constabulary", "Completed")], review.ActionsOf("1").Select(a => (a.Agency, a.Status)));
        Assert.Equal([("Amber", "October 2024"), ("Completed", "June 2024")], review.ActionsOf("3").Select(a => (a.Status, a.Dates.Single())));
        Assert.Empty(review.ActionsOf("4"));
    }
}
