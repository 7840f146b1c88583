using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// Habits of Welsh child practice reviews: "Learning theme N:" findings, a board asked to have named agencies act
/// ("The Regional Board should ask: (a) the Health Board to ..."), agency-specific recommendations as bullets, and an
/// action plan whose lead cell is merged down the rows of one recommendation.
/// </summary>
public sealed class LearningThemesAndAskedAgenciesTests
{
    private const string Review = """
        Extended Child Practice Review – Child Z

        Learning themes

        Learning theme 1: Practitioners did not see that a child who stops speaking may be telling them something.

        Learning theme 2: Missed health appointments were treated as a matter of access.

        Recommendations for the Regional Board

        Recommendation 1

        The Regional Board should publish practice guidance on children who become withdrawn or stop speaking.

        Recommendation 2

        The Regional Board should ask:

        (a) Afon University Health Board to review its "was not brought" policy for dental appointments.

        (b) Maesglas County Council Children's Services to record the views of every adult in the household.

        Agency-specific recommendations

        - Afon Police should check for reports about adults in the household held by other forces.
        - Maesglas Education Service should train staff on responding to children who become silent.

        Appendix 1: Action plan

        Recommendation	Action	Lead agency	Timescale
        1	Draft the guidance with the school nursing service.	Afon Regional Safeguarding Board	September 2023
        	Launch the guidance at the autumn practitioner forum.		December 2023
        2a	Revise the policy to notify the GP after any missed dental appointment.	Afon University Health Board	November 2023
        """;

    private static ExtractedReview Extract() => new ReviewExtractor().Extract(DocumentText.FromText("cpr-z.txt", Review));

    [Fact]
    public void LearningThemes_ShouldBeNumberedFindings()
    {
        var findings = Extract().Units.Where(u => u.Kind == UnitKind.Finding).ToList();
        Assert.Equal(["1", "2"], findings.Select(f => f.Number));
        Assert.StartsWith("Practitioners did not see", findings[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ABoardAskingAgenciesToAct_ShouldGiveEachPartTheAgencyItAsks()
    {
        var review = Extract();
        var part = review.Units.Single(u => u.Kind == UnitKind.Recommendation && u.Number == "2a");
        Assert.Equal(["Afon University Health Board"], part.Agencies);
        Assert.Contains(review.Units, u => u.Kind == UnitKind.Recommendation && u.Agency == "Afon Police");
    }

    [Fact]
    public void AnActionOnTheRowUnderItsRecommendation_ShouldKeepTheLeadAgencyMergedDownFromAbove()
    {
        var review = Extract();
        var launch = review.Units.Single(u => u.Kind == UnitKind.Action && u.Text.StartsWith("Launch the guidance", StringComparison.Ordinal));
        Assert.Equal(["Afon Regional Safeguarding Board"], launch.Agencies);
        Assert.Equal("1", review.Units.Single(u => u.Id == launch.RecommendationId).Number);
    }
}
