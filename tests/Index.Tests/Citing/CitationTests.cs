using LearningSearch.Index.Citing;
using LearningSearch.Index.Units;

namespace LearningSearch.Index.Tests.Citing;

/// <summary>A unit is cited the same way on a hit, in the CSV export and in recurrence: review, number, agency, year.</summary>
public sealed class CitationTests
{
    private static readonly Review Ads14 = new() { Id = "ads14", Title = "Serious case review: Child ADS14", Partnership = "Derbyshire Safeguarding Children Board", Year = 2017, SourceFile = "ads14.txt", Layout = "action-plan-table" };

    [Fact]
    public void ARecommendation_ShouldBeCitedByReviewCodeNumberPartnershipAndYear()
    {
        var unit = new LearningUnit { Id = "ads14/rec-8", ReviewId = "ads14", Kind = UnitKind.Recommendation, Number = "8", Text = "Missed appointments", Lines = new(1, 2) };

        Assert.Equal("ADS14 \u00B7 Recommendation 8 \u00B7 Derbyshire Safeguarding Children Board \u00B7 2017", Citation.Of(unit, Ads14, (CitedRecommendation?)null));
    }

    [Fact]
    public void AnAction_ShouldBeCitedByItsRecommendationsNumberAndItsAgency()
    {
        var unit = new LearningUnit { Id = "ads14/rec-8/action-2", ReviewId = "ads14", Kind = UnitKind.Action, Agencies = ["Derbyshire Children's Services"], Text = "Audit", Lines = new(3, 4) };

        Assert.Equal("ADS14 \u00B7 Recommendation 8, action 2 \u00B7 Derbyshire Children's Services \u00B7 2017", Citation.Of(unit, Ads14, "8"));
    }

    [Fact]
    public void AReviewWithoutACode_ShouldBeNamedByItsTitleShortened()
    {
        var review = Ads14 with { Id = "family-y", Title = new string('x', 80) };

        Assert.Equal("ADS14", ReviewName.Of("ads14", Ads14));
        Assert.Equal(new string('x', 57) + "...", ReviewName.Of("family-y", review));
    }

    [Fact]
    public void AnUnnumberedRecommendationAndItsActions_ShouldBeCitedByPlaceAndFirstWords_NeverByAQuestionMark()
    {
        var recommendation = new LearningUnit { Id = "an09/rec-5", ReviewId = "an09", Kind = UnitKind.Recommendation, Text = "Ensure that staff working with adults ask about children in the household.", Lines = new(1, 2) };
        var action = new LearningUnit { Id = "an09/rec-5/action-2", ReviewId = "an09", Kind = UnitKind.Action, RecommendationId = "an09/rec-5", Text = "Audit", Lines = new(3, 4) };
        var an09 = new Review { Id = "an09", Title = "Serious case review AN09", Year = 2010, Layout = "table", SourceFile = "an09.txt" };

        Assert.Equal("AN09 \u00B7 Recommendation 5 (unnumbered: \u201CEnsure that staff working with adults\u2026\u201D) \u00B7 2010", Citation.Of(recommendation, an09, (CitedRecommendation?)null));
        Assert.Equal("AN09 \u00B7 Recommendation 5 (unnumbered: \u201CEnsure that staff working with adults\u2026\u201D), action 2 \u00B7 2010",
            Citation.Of(action, an09, new CitedRecommendation(recommendation.Id, null, recommendation.Text)));
        Assert.Equal("AN09 \u00B7 Action 2 \u00B7 2010", Citation.Of(action with { RecommendationId = null }, an09, (CitedRecommendation?)null));
    }

    [Fact]
    public void ARecommendationWhoseStatedActionsAreAllGreenOrCompleted_ShouldBeMarkedComplete()
    {
        var recommendation = new LearningUnit { Id = "ads14/rec-8", ReviewId = "ads14", Kind = UnitKind.Recommendation, Text = "Missed appointments", Lines = new(1, 2) };
        LearningUnit Action(int n, string? status) => new() { Id = $"ads14/rec-8/action-{n}", ReviewId = "ads14", Kind = UnitKind.Action, Status = status, Text = "Audit", Lines = new(3, 4) };

        // Said so that it agrees with "marked complete": never "2 of 3" under that heading.
        Assert.Equal(new Completion(true, "both actions that state a status marked complete (1 states none)"), Completion.Of(recommendation, [Action(1, "Green"), Action(2, ActionStatus.Completed), Action(3, null)]));
        Assert.Equal(new Completion(true, "both actions marked complete"), Completion.Of(recommendation, [Action(1, "Green"), Action(2, ActionStatus.Completed)]));
        Assert.Equal(new Completion(true, "its action marked complete"), Completion.Of(recommendation, [Action(1, ActionStatus.Completed)]));
        Assert.Equal(new Completion(false, "1 of 2 actions marked complete"), Completion.Of(recommendation, [Action(1, ActionStatus.Confirmed), Action(2, ActionStatus.OnTrack)]));
        Assert.Equal(new Completion(true, "marked Achieved"), Completion.Of(recommendation with { Status = ActionStatus.Achieved }, []));
        Assert.Equal(new Completion(false, "no actions recorded"), Completion.Of(recommendation, []));
    }
}
