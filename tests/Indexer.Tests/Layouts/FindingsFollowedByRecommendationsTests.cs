using LearningSearch.Index.Units;
using LearningSearch.Indexer.Model;
using static LearningSearch.Indexer.Tests.Layouts.LayoutDocuments;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// A local child safeguarding practice review that states each finding ("Finding 1: ...") and follows it with its
/// recommendations ("Recommendation 1a", "1b"), then repeats them all in a summary at the end.
/// </summary>
public sealed class FindingsFollowedByRecommendationsTests
{
    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(LayoutDocuments))]
    public void AReviewOfFindingsEachFollowedByItsRecommendations_ShouldReadEachRecommendationOnceWithItsNumberAsPrinted(string format)
    {
        var review = Extract(FindingsWithRecommendations, format);

        Assert.Equal("SectionedReportLayout", review.Review.Layout);
        Assert.Equal(["1a", "1b", "2a", "2b", "3a"], review.Numbers(UnitKind.Recommendation));
        Assert.StartsWith("Ashdown NHS Foundation Trust should audit the use of body maps", review.Recommendation("1b").Text);
        Assert.Equal(["Ashdown NHS Foundation Trust"], review.Recommendation("1b").Agencies);
        Assert.Equal(["Ashdown Constabulary"], review.Recommendation("2b").Agencies);
        // "All agencies should ...": addressed to every agency, which a board chair filtering by agency finds as printed.
        Assert.Equal(["All agencies"], review.Recommendation("2a").Agencies);
    }

    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(LayoutDocuments))]
    public void EachFinding_ShouldBeAFindingThatCitesTheRecommendationsFollowingIt(string format)
    {
        var review = Extract(FindingsWithRecommendations, format);

        Assert.Equal([null, null, "1", "2", "3"], review.Numbers(UnitKind.Finding));
        Assert.Equal(["1a", "1b"], review.CitedNumbers(review.Finding("1")));
        Assert.Equal(["2a", "2b"], review.CitedNumbers(review.Finding("2")));
        Assert.Equal(["3a"], review.CitedNumbers(review.Finding("3")));
        Assert.Equal(review.Recommendation("1a").Id, review.Finding("1").RecommendationId);
    }

    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(LayoutDocuments))]
    public void AFinding_ShouldKeepItsTitleItsAnalysisAndItsBulletsTogether(string format)
    {
        var finding = Extract(FindingsWithRecommendations, format).Finding("1");

        Assert.StartsWith("Bruising in a child who is not yet walking was not always seen as a safeguarding concern\n\nWhen Child H was seven months old", finding.Text);
        Assert.Contains("- no body map was completed;", finding.Text);
        Assert.Equal("Findings", finding.Heading);
    }

    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(LayoutDocuments))]
    public void TheIntroduction_ShouldBeReadAsFindingsUnderItsHeading(string format)
    {
        var introduction = Extract(FindingsWithRecommendations, format).Units.Where(u => u.Heading == "Introduction").ToList();

        Assert.Equal(2, introduction.Count);
        Assert.All(introduction, u => Assert.Equal(UnitKind.Finding, u.Kind));
        Assert.StartsWith("This review was commissioned by Ashdown Safeguarding Children Partnership", introduction[0].Text);
    }
}
