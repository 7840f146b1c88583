using LearningSearch.Index.Units;
using LearningSearch.Indexer.Model;
using static LearningSearch.Indexer.Tests.Layouts.LayoutDocuments;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// A serious case review overview report: a contents list with dotted leaders, numbered sections, an analysis in
/// numbered paragraphs (3.1 ...), and recommendations R1 to R6 that cite the paragraphs they come from.
/// </summary>
public sealed class ContentsListAndRNumberedRecommendationsTests
{
    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(LayoutDocuments))]
    public void RNumberedRecommendations_ShouldKeepTheirRNumbers(string format)
    {
        var review = Extract(OverviewWithContents, format);

        Assert.Equal("SectionedReportLayout", review.Review.Layout);
        Assert.Equal(["R1", "R2", "R3", "R4", "R5", "R6"], review.Numbers(UnitKind.Recommendation));
        Assert.Equal(["Northfield City Council"], review.Recommendation("R2").Agencies);
        Assert.Equal(["Northfield NHS Foundation Trust"], review.Recommendation("R5").Agencies);
    }

    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(LayoutDocuments))]
    public void TheContentsList_ShouldBeFrontMatterAndNeverAUnit(string format)
    {
        var review = Extract(OverviewWithContents, format);

        Assert.DoesNotContain(review.Units, u => u.Text.Contains("....", StringComparison.Ordinal));
        // "4. Recommendations ..... 4" in the contents does not start the recommendations: the introduction is prose.
        var introduction = review.Units.Single(u => u.Heading == "Introduction");
        Assert.Equal(UnitKind.Finding, introduction.Kind);
        Assert.StartsWith("This serious case review was commissioned by Northfield Safeguarding Children Partnership", introduction.Text);
    }

    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(LayoutDocuments))]
    public void NumberedAnalysisParagraphs_ShouldBeFindingsCitedByTheRecommendationsThatNameThem(string format)
    {
        var review = Extract(OverviewWithContents, format);

        Assert.Equal([null, null, null, "3.1", "3.2", "3.3", null], review.Numbers(UnitKind.Finding));
        Assert.Equal(["R1"], review.CitedNumbers(review.Finding("3.1")));
        Assert.Equal(["R2"], review.CitedNumbers(review.Finding("3.2")));
        Assert.Equal(["R4"], review.CitedNumbers(review.Finding("3.3")));
        Assert.Equal("Analysis and findings", review.Finding("3.3").Heading);
    }

    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(LayoutDocuments))]
    public void TheTermsOfReferenceInTheAppendix_ShouldBeOneFindingWithItsBullets(string format)
    {
        var terms = Extract(OverviewWithContents, format).Units.Single(u => u.Heading == "Appendix: Terms of reference");

        Assert.StartsWith("The review was asked to consider:\n- how well agencies assessed and responded to neglect;", terms.Text);
        Assert.EndsWith("- how agencies worked together to reduce the risk of fire in the home.", terms.Text);
    }
}
