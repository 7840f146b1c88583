using LearningSearch.Index.Citing;
using LearningSearch.Index.Units;
using LearningSearch.Indexer.Cleaning;
using LearningSearch.Indexer.Model;
using static LearningSearch.Indexer.Tests.Layouts.LayoutDocuments;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// An action plan published as a table with the columns No., Recommendation, Lead agency, Action, Target date,
/// RAG (Blue for complete with evidence of impact) and Evidence of impact, where the later rows of a
/// recommendation leave its number, text and sometimes its lead agency empty.
/// </summary>
public sealed class ActionPlanTableColumnsTests
{
    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(LayoutDocuments))]
    public void AnActionPlanTable_ShouldYieldTheRecommendationsNumberedInItsNoColumn(string format)
    {
        var review = Extract(ActionPlanTable, format);

        Assert.Equal("ActionPlanTableLayout", review.Review.Layout);
        Assert.Equal(["1", "2", "3"], review.Numbers(UnitKind.Recommendation));
        Assert.Equal([3, 2, 1], new[] { "1", "2", "3" }.Select(n => review.ActionsOf(n).Count));
        Assert.DoesNotContain(review.Units, u => u.Kind == UnitKind.Finding);
    }

    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(LayoutDocuments))]
    public void EachActionRow_ShouldCarryItsLeadAgencyTargetDateAndRagRating(string format)
    {
        var review = Extract(ActionPlanTable, format);

        var actions = review.Units.Where(u => u.Kind == UnitKind.Action).Select(a => (a.Agency, a.Status, a.Dates.Single())).ToList();
        Assert.Equal(
        [
            ("Kingsmere City Council", "Blue", "March 2024"),
            ("Kingsmere NHS Foundation Trust", "Green", "June 2024"),
            // The row leaves its lead agency cell empty, as a cell merged down from the row above prints.
            ("Kingsmere NHS Foundation Trust", "Amber", "September 2024"),
            ("Kingsmere Constabulary", "Red", "December 2024"),
            ("Kingsmere City Council", "Amber", "October 2024"),
            ("Kingsmere Safeguarding Children Partnership", "Amber", "January 2025"),
        ], actions);
    }

    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(LayoutDocuments))]
    public void ABlueRating_ShouldMarkTheWorkCompleteWithItsEvidenceOfImpactKept(string format)
    {
        var first = Extract(ActionPlanTable, format).ActionsOf("1")[0];

        Assert.True(ActionStatus.MarksComplete(first.Status));
        var evidence = Assert.Single(first.Details);
        Assert.Equal("Evidence of impact", evidence.Label);
        Assert.StartsWith("An audit of 40 cases in June 2024 found", evidence.Text);
    }
}
