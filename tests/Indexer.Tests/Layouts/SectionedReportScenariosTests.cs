using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>Smaller reports in section layouts, each showing one habit of published reviews the layout must read right.</summary>
public sealed class SectionedReportScenariosTests
{
    private static ExtractedReview Extract(string text) =>
        new ReviewExtractor().Extract(DocumentText.FromText("sectioned-report.txt", text));

    private const string Background = """
        Background

        The review considered the work of agencies with a family of four children between 2021 and 2023, when the youngest child was admitted to hospital.

        Analysis

        Agencies shared information at strategy meetings but did not check whether the actions agreed had been completed.
        """;

    [Fact]
    public void RecommendationsGroupedUnderTheAgencyTheyAreFor_ShouldBeAddressedToThatAgency()
    {
        var review = Extract(Background + """

            Recommendations

            Northfield City Council should:

            1. Ensure that every strategy meeting records who will complete each action.

            2. Audit the completion of actions from strategy meetings every six months.

            Northfield Constabulary:

            3. Attend every strategy meeting held for a child under five.
            """);

        Assert.Equal("SectionedReportLayout", review.Review.Layout);
        Assert.Equal(["1", "2", "3"], review.Units.Where(u => u.Kind == UnitKind.Recommendation).Select(u => u.Number));
        Assert.Equal(["Northfield City Council"], review.Units.Single(u => u.Number == "2").Agencies);
        Assert.Equal(["Northfield Constabulary"], review.Units.Single(u => u.Number == "3").Agencies);
    }

    [Fact]
    public void AnIntroductionSayingWhatAgenciesShouldDoAboveANumberedList_ShouldNotBeARecommendation()
    {
        var review = Extract(Background + """

            Recommendations

            The review found that agencies should act on the following recommendations.

            1. The Partnership should publish a strategy meeting standard.

            2. Agencies should audit the completion of actions.
            """);

        Assert.Equal(["1", "2"], review.Units.Where(u => u.Kind == UnitKind.Recommendation).Select(u => u.Number));
        Assert.Equal(UnitKind.Finding, review.Units.Single(u => u.Text.StartsWith("The review found that agencies should act", StringComparison.Ordinal)).Kind);
    }

    [Fact]
    public void AContentsListOfLinksWithoutPageNumbers_ShouldBeFrontMatterWhileItsHeadingsStillStartSections()
    {
        var review = Extract("""
            Westvale Safeguarding Children Partnership
            Learning review: Child F

            Contents

            - Background
            - Analysis
            - Recommendations

            Background

            The review considered the work of agencies with a family of four children between 2021 and 2023, when the youngest child was admitted to hospital.

            Analysis

            Agencies shared information at strategy meetings but did not check whether the actions agreed had been completed.

            Recommendations

            1. The Partnership should publish a strategy meeting standard.

            2. Agencies should audit the completion of actions.
            """);

        Assert.Equal("SectionedReportLayout", review.Review.Layout);
        Assert.Equal(["Background", "Analysis", "Recommendations", "Recommendations"], review.Units.Select(u => u.Heading));
        Assert.Equal(1.0, review.Coverage.Fraction);
    }

    [Fact]
    public void AResponseNamingARecommendationTheReviewDoesNotList_ShouldSaySoAndAnswerItsAgencysRecommendation()
    {
        var review = Extract(Background + """

            Recommendations

            1. Northfield City Council should ensure that every strategy meeting records who will complete each action.

            2. Northfield Constabulary should attend every strategy meeting held for a child under five.

            Agency responses

            Northfield City Council

            Recommendation 7: A strategy meeting template with named leads for each action is in use. Status: Completed.
            """);

        var action = review.Units.Single(u => u.Kind == UnitKind.Action);
        Assert.Equal(review.Units.Single(u => u.Number == "1").Id, action.RecommendationId);
        Assert.Contains(review.Warnings, w => w.Contains("names recommendation 7, which the review does not list", StringComparison.Ordinal));
    }

    [Fact]
    public void AReportWithRecommendationHeadingsAndProseActionsButNoSections_ShouldStayWithTheRecommendationHeadingLayout()
    {
        var review = Extract("""
            Recommendation 1: The Partnership should relaunch its escalation policy.

            Northfield City Council briefed all team managers on the escalation policy in May 2024.

            Recommendation 2: Agencies should record the voice of the child in every assessment.

            Northfield Constabulary now records the child's account in every domestic abuse notification.
            """);

        Assert.Equal("RecommendationHeadingLayout", review.Review.Layout);
        Assert.Equal(2, review.Count(UnitKind.Action));
    }

    [Fact]
    public void FindingsAndRecommendationsEachOnALineOfTheirOwn_ShouldTakeTheTextUnderThemAndBeLinked()
    {
        var review = Extract("""
            Oakridge Safeguarding Children Partnership
            Local Child Safeguarding Practice Review: Child J

            Findings and recommendations

            Finding 1 – Professional curiosity

            Child J's behaviour at school changed markedly in the autumn term of 2022. Teachers recorded the changes but did not share them with the designated safeguarding lead.

            Recommendation 1

            Oakridge NHS Foundation Trust should ensure that school nurses are supported to explore what children tell them.

            Finding 2 – Voice of the child

            Child J told a school nurse that she did not like going to a family friend's house. This was not explored.

            Recommendation 2

            All agencies should use the Partnership's guidance on hearing the child's voice.
            """);

        Assert.Equal("SectionedReportLayout", review.Review.Layout);
        var first = review.Units.Single(u => u.Kind == UnitKind.Recommendation && u.Number == "1");
        Assert.StartsWith("Oakridge NHS Foundation Trust should ensure", first.Text);
        Assert.Equal(["Oakridge NHS Foundation Trust"], first.Agencies);
        var finding = review.Units.Single(u => u.Kind == UnitKind.Finding && u.Number == "1");
        Assert.StartsWith("Professional curiosity\n\nChild J's behaviour at school", finding.Text);
        Assert.Equal(first.Id, finding.RecommendationId);
    }

    [Fact]
    public void KeyLearningBulletsUnderAnIntroducingSentence_ShouldEachBeAFinding()
    {
        var review = Extract(Background + """

            Key learning

            The review identified the following learning:
            - Plans were closed on a parent's account alone.
            - Bruising seen at nursery was not tested with the social worker.

            Recommendations

            1. The Partnership should publish a strategy meeting standard.

            2. Agencies should audit the completion of actions.
            """);

        var learning = review.Units.Where(u => u.Heading == "Key learning").Select(u => (u.Kind, u.Text)).ToList();
        Assert.Equal(
        [
            (UnitKind.Finding, "The review identified the following learning:"),
            (UnitKind.Finding, "Plans were closed on a parent's account alone."),
            (UnitKind.Finding, "Bruising seen at nursery was not tested with the social worker."),
        ], learning);
    }
}
