using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// An action plan exported from a tracker to text: "Recommendation N:" then its numbered actions "N.1 ... Lead: ...
/// By: ... Status: ...", run on line after line, some with their fields on lines of their own, and quarterly updates.
/// A partnership adding its plan must see each action with its lead, date and RAG status.
/// </summary>
public sealed class TrackerExportWithNumberedActionsTests
{
    private const string Plan = """
        Riverford Safeguarding Children Partnership
        Multi-Agency Action Plan: Child P

        Recommendation 1: The Partnership should ensure that practitioners use the neglect toolkit and share its findings in multi-agency plans.

        1.1 Relaunch the toolkit with briefings for practitioners and managers. Lead: Riverford Partnership Business Unit By: October 2023 Status: Green
        1.2 Add the toolkit score to child protection plan templates. Lead: Riverford Council Children's Services By: December 2023 Status: Amber
        1.3 Audit the use of the toolkit in twenty cases of neglect.
        Lead: Head of Quality Assurance
        By: June 2024
        Status: Red

        Riverford SCP – Action Plan – Child P	Page 2 of 3

        Recommendation 2: Riverford Community Health should review how health visitors hand families over to school nurses.

        2.1 Review a sample of handovers for families on a plan. Lead: Riverford Community Health By: January 2024 Status: Green
        2.2 Introduce a recorded handover for every child on a plan. Lead: As 2.1 By: March 2024 Status: Amber

        Recommendation 3: Riverford Primary Care Network should remind practices that a child not brought to appointments may be neglected.

        3.1 Issue a bulletin to all practices on "was not brought". Lead: Riverford Integrated Care Board By: November 2023 Status: Green

        Update (March 2024) – Recommendations 2 and 3: Riverford Community Health and the practices have agreed one handover letter.

        Riverford SCP – Action Plan – Child P	Page 3 of 3
        """;

    private static ExtractedReview Extract() => new ReviewExtractor().Extract(DocumentText.FromText("plan-p.txt", Plan));

    private static LearningUnit Action(ExtractedReview review, string number) =>
        review.Units.Single(u => u.Kind == UnitKind.Action && u.Number == number);

    [Fact]
    public void EachNumberedAction_ShouldBeAUnitOfItsOwn_WithTheLeadItNames()
    {
        var review = Extract();

        Assert.Equal(["1.1", "1.2", "1.3", "2.1", "2.2", "3.1"], review.Units.Where(u => u.Kind == UnitKind.Action && u.Number is not null).Select(u => u.Number));
        Assert.Equal("Relaunch the toolkit with briefings for practitioners and managers.", Action(review, "1.1").Text);
        Assert.Equal(["Riverford Partnership Business Unit"], Action(review, "1.1").Agencies);
        Assert.Equal("Green", Action(review, "1.1").Status);
        // "Lead: As 2.1" is 2.1's lead; a post ("Head of Quality Assurance") names no agency.
        Assert.Equal(Action(review, "2.1").Agencies, Action(review, "2.2").Agencies);
        Assert.Empty(Action(review, "1.3").Agencies);
        Assert.Equal("Red", Action(review, "1.3").Status);
    }

    [Fact]
    public void AnUpdateNamingTwoRecommendations_ShouldAnswerBoth_AndFootersShouldNotBecomeActions()
    {
        var review = Extract();

        var update = review.Units.Where(u => u.Kind == UnitKind.Action && u.Text.StartsWith("Update (March 2024)", StringComparison.Ordinal)).ToList();
        Assert.Equal(["2", "3"], update.Select(a => review.Units.Single(u => u.Id == a.RecommendationId).Number));
        Assert.DoesNotContain(review.Units, u => u.Text.Contains("Page 2 of 3", StringComparison.Ordinal));
    }
}
