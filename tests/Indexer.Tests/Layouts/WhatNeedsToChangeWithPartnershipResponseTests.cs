using LearningSearch.Index.Units;
using LearningSearch.Indexer.Model;
using static LearningSearch.Indexer.Tests.Layouts.LayoutDocuments;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// A summary report whose recommendations are a roman-numbered "What needs to change" list, followed by the
/// "Partnership response": each agency's name as a heading and its responses under it, with status and dates.
/// </summary>
public sealed class WhatNeedsToChangeWithPartnershipResponseTests
{
    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(LayoutDocuments))]
    public void ARomanNumberedWhatNeedsToChangeList_ShouldBeTheRecommendations(string format)
    {
        var review = Extract(WhatNeedsToChange, format);

        Assert.Equal("SectionedReportLayout", review.Review.Layout);
        Assert.Equal(["i", "ii", "iii", "iv"], review.Numbers(UnitKind.Recommendation));
        Assert.All(review.Units.Where(u => u.Kind == UnitKind.Recommendation), u => Assert.Equal("What needs to change", u.Heading));
        Assert.Equal(["Eastbrook Constabulary"], review.Recommendation("ii").Agencies);
    }

    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(LayoutDocuments))]
    public void ResponsesUnderAnAgencysHeading_ShouldBeThatAgencysActionsOnTheRecommendationTheyName(string format)
    {
        var review = Extract(WhatNeedsToChange, format);

        var actions = review.Units.Where(u => u.Kind == UnitKind.Action)
            .Select(a => (Recommendation: review.Units.Single(u => u.Id == a.RecommendationId).Number, Agency: a.Agency, a.Status, Dates: string.Join("; ", a.Dates)))
            .ToList();
        Assert.Equal(
        [
            ("i", "Eastbrook City Council Children's Services", "Completed", "October 2024"),
            ("i", "Eastbrook City Council Children's Services", "On track", "March 2025"),
            ("ii", "Eastbrook Constabulary", "Amber", "June 2025"),
            ("ii", "Eastbrook Constabulary", "Completed", "December 2024"),
            ("iii", "Eastbrook NHS Foundation Trust", "Green", "January 2025"),
            ("iv", "Eastbrook Safeguarding Children Partnership", "Blue", "July 2024; September 2024"),
        ], actions);
    }

    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(LayoutDocuments))]
    public void ABulletUnderAResponse_ShouldBeAnActionOfItsOwnOnTheSameRecommendation(string format)
    {
        var review = Extract(WhatNeedsToChange, format);

        var bullet = review.Units.Single(u => u.Text.StartsWith("A child protection notification is now mandatory", StringComparison.Ordinal));
        Assert.Equal(UnitKind.Action, bullet.Kind);
        Assert.Equal(review.Recommendation("ii").Id, bullet.RecommendationId);
        Assert.Equal("Eastbrook Constabulary", bullet.Heading);
    }

    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(LayoutDocuments))]
    public void WhatWeLearned_ShouldBeFindingsAndTheNextStepsNotAnAgencysResponse(string format)
    {
        var review = Extract(WhatNeedsToChange, format);

        Assert.Equal(2, review.Units.Count(u => u.Heading == "What we learned" && u.Kind == UnitKind.Finding));
        var nextSteps = review.Units.Single(u => u.Heading == "Next steps");
        Assert.Equal(UnitKind.Finding, nextSteps.Kind);
        Assert.StartsWith("The Partnership's Learning and Improvement Subgroup will monitor progress", nextSteps.Text);
    }
}
