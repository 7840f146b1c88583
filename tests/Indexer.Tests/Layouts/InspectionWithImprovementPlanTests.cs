using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// An inspection report's "What does the local authority need to improve?" (its "Priority and immediate action" and
/// "Areas for improvement", numbered on across both), then the council's improvement plan, whose priorities are titles
/// citing the recommendations they answer ("2. Getting the front door right (Ofsted recommendations 3 and 4)"). A
/// board chair checking what was done about recommendation 4 must find the plan's work under that priority.
/// </summary>
public sealed class InspectionWithImprovementPlanTests
{
    private const string Review = """
        Oakhurst Council
        Inspection of children's services: extract and improvement plan

        Summary of key findings

        - Thresholds are not well understood by partner agencies.
        - Assessments describe circumstances without analysing what life is like for the child.

        What does the local authority need to improve?

        Priority and immediate action

        1. Ensure that children who go missing are offered a return home interview within three days.

        Areas for improvement

        2. Improve partners' understanding of the threshold document.

        3. Ensure that health professionals take part in strategy discussions.

        Our improvement plan

        1. Keeping children safe when they go missing (Ofsted recommendation 1)

        The return home interview service will be brought back in house from July.

        2. Getting the front door right (Ofsted recommendations 2 and 3)

        We will relaunch the threshold document with our partners in September.

        - Oakhurst Community Health NHS Trust: the named nurse will attend every strategy discussion.

        How we will know we have made a difference

        The Improvement Board will look at the number of return home interviews each month.
        """;

    private static ExtractedReview Extract() => new ReviewExtractor().Extract(DocumentText.FromText("inspection-with-plan.txt", Review));

    [Fact]
    public void TheSummarysBullets_ShouldEachBeAFinding()
    {
        var findings = Extract().Units.Where(u => u.Kind == UnitKind.Finding).Select(u => u.Text).ToList();
        Assert.Contains(findings, f => f.StartsWith("Thresholds are not well understood", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.StartsWith("Assessments describe circumstances", StringComparison.Ordinal));
    }

    [Fact]
    public void WhatTheLocalAuthorityNeedsToImprove_ShouldBeItsRecommendations_PriorityActionsIncluded() =>
        Assert.Equal(["1", "2", "3"], Extract().Numbers(UnitKind.Recommendation));

    [Fact]
    public void APlansPriorityCitingRecommendations_ShouldMakeItsParagraphsAndBulletsAnswersToThem()
    {
        var review = Extract();
        Assert.Equal(["1"], review.Answered("brought back in house"));
        Assert.Equal(["2", "3"], review.Answered("relaunch the threshold document"));
        Assert.Equal(["2", "3"], review.Answered("attend every strategy discussion"));
        Assert.All(review.Units.Where(u => u.Text.Contains("attend every strategy", StringComparison.Ordinal)),
            a => Assert.Equal(["Oakhurst Community Health NHS Trust"], a.Agencies));
    }

    [Fact]
    public void HowThePlanWillKnow_ShouldNotBeReadAsAnAgencysHeading() =>
        Assert.DoesNotContain(Extract().Units, u => u.Agencies.Any(a => a.StartsWith("How we will know", StringComparison.Ordinal)));
}
