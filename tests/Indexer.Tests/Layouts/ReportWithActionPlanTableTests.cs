using LearningSearch.Index.Units;
using LearningSearch.Indexer.Model;
using static LearningSearch.Indexer.Tests.Layouts.LayoutDocuments;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// A serious case review overview report in sections whose recommendations are listed in the text and then
/// repeated, with their actions, in an action-plan table at the end; in the PDF the table runs onto a second
/// page without its header, cutting the last row's action in two.
/// </summary>
public sealed class ReportWithActionPlanTableTests
{
    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(LayoutDocuments))]
    public void TheReportBeforeAnActionPlanTable_ShouldBeReadAsUnitsNotSkippedAsATitlePage(string format)
    {
        var review = Extract(ReportWithActionPlanTable, format);

        Assert.Equal("SectionedReportLayout", review.Review.Layout);
        Assert.StartsWith("Child L was two years old when she was found to have injuries", review.Units.Single(u => u.Heading == "Introduction").Text);
        var learning = review.Units.Where(u => u.Heading == "Key learning").ToList();
        Assert.Equal(4, learning.Count);
        Assert.All(learning, u => Assert.Equal(UnitKind.Finding, u.Kind));
        Assert.True(review.Coverage.BodyWords > 250, $"{review.Coverage.BodyWords} body words");
    }

    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(LayoutDocuments))]
    public void RecommendationsListedInTheReportAndRepeatedInTheTable_ShouldBeReadOnceWithTheirActions(string format)
    {
        var review = Extract(ReportWithActionPlanTable, format);

        Assert.Equal(["1", "2", "3"], review.Numbers(UnitKind.Recommendation));
        Assert.Equal(["Green", "Blue", "Green"], review.Units.Where(u => u.Kind == UnitKind.Recommendation).Select(u => u.Status));
        Assert.Equal([("Greyfield Safeguarding Children Partnership", "Green", "December 2020"), ("Greyfield Safeguarding Children Partnership", "Amber", "June 2021")],
            review.ActionsOf("3").Select(a => (a.Agency, a.Status, a.Dates.Single())));
        Assert.Equal("Nursery staff added to the Partnership's training programme.", review.ActionsOf("3")[1].Text);
    }
}
