using LearningSearch.Index.Units;
using LearningSearch.Indexer.Model;
using static LearningSearch.Indexer.Tests.Layouts.LayoutDocuments;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// A rapid review's practice learning summary: "Finding 1" on a line of its own with its title under it,
/// recommendations as unnumbered bullets under "The rapid review recommended that:", and "Actions already taken"
/// agency by agency without naming which recommendation each answers.
/// </summary>
public sealed class BulletedRecommendationsTests
{
    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(LayoutDocuments))]
    public void UnnumberedBulletsUnderRecommendations_ShouldEachBeARecommendation(string format)
    {
        var review = Extract(RapidReviewBulleted, format);

        Assert.Equal("SectionedReportLayout", review.Review.Layout);
        var recommendations = review.Units.Where(u => u.Kind == UnitKind.Recommendation).ToList();
        Assert.Equal(3, recommendations.Count);
        Assert.All(recommendations, r => Assert.Null(r.Number));
        Assert.Equal([1, 2, 3], recommendations.Select(r => r.Sequence));
        Assert.StartsWith("the Partnership extends its safe sleep campaign to fathers", recommendations[1].Text);
        Assert.Equal(["Thornbury NHS Foundation Trust"], recommendations[0].Agencies);
    }

    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(LayoutDocuments))]
    public void AFindingLabelOnALineOfItsOwn_ShouldTakeTheTitleUnderItAndItsProse(string format)
    {
        var finding = Extract(RapidReviewBulleted, format).Finding("2");

        Assert.StartsWith("The effect of alcohol on night-time care was not explored\n\nThe father told his GP", finding.Text);
        Assert.EndsWith("the information was not shared with the health visitor.", finding.Text);
    }

    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(LayoutDocuments))]
    public void AnAgencysActionThatNamesNoRecommendation_ShouldAnswerTheRecommendationAddressedToThatAgency(string format)
    {
        var review = Extract(RapidReviewBulleted, format);

        var actions = review.Units.Where(u => u.Kind == UnitKind.Action).ToList();
        Assert.Equal(2, actions.Count);
        var recommendations = review.Units.Where(u => u.Kind == UnitKind.Recommendation).ToList();
        Assert.Equal(recommendations[0].Id, actions[0].RecommendationId);
        Assert.Equal(recommendations[2].Id, actions[1].RecommendationId);
        Assert.Equal([("Thornbury NHS Foundation Trust", "Completed", "November 2024"), ("Thornbury City Council", "Completed", "December 2024")],
            actions.Select(a => (a.Agency, a.Status, a.Dates.Single())));
    }
}
