using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// A domestic homicide review's action plan written as labelled blocks: each recommendation with its "Scope:", then
/// "Action 1.1" blocks of "Agency:", "Action:", "Lead officer:", "Target date:" and "Completed / outcome:" lines (one
/// noting that it also answers another recommendation), and a summary table counting actions. The labels repeat on
/// every block; a board chair must still see each action, by its agency, under the recommendation it answers.
/// </summary>
public sealed class LabelledActionBlocksTests
{
    private const string Plan = """
        Holbrook Community Safety Partnership
        Domestic Homicide Review "Anna": Action Plan

        Recommendation 1
        Scope: Local
        Holbrook Police should make sure that every domestic abuse incident where a child lives at the address is notified to the child's school by the next morning.

        Action 1.1
        Agency: Holbrook Police
        Action: Extend the school notification scheme to incidents attended at weekends and in the holidays.
        Lead officer: Detective Chief Inspector, Public Protection
        Target date: 31 March 2023
        Completed / outcome: Completed 02/03/2023.

        Action 1.2
        Agency: Holbrook Children's Services
        Action: Give the school notification inbox a named duty manager.
        Lead officer: Head of the Front Door
        Target date: June 2023
        Completed / outcome:

        Recommendation 2
        Scope: Regional
        The Holbrook and Denby Local Criminal Justice Board should ensure that bail conditions are shared with the victim on the day they are set.

        Action 2.1 (this action also answers Recommendation 1)
        Agency: Holbrook Police
        Action: Build an automatic email of bail conditions to the victim's adviser into the custody system.
        Lead officer: Superintendent, Criminal Justice
        Target date: 30 September 2024
        Completed / outcome: Delayed; revised target date June 2025.

        Summary of progress

        Recommendation	Scope	Actions	Complete	Open
        1	Local	2	1	1
        2	Regional	1	0	1
        """;

    private static ExtractedReview Extract() => new ReviewExtractor().Extract(DocumentText.FromText("dhr-action-plan.txt", Plan));

    [Fact]
    public void EachLabelledBlock_ShouldBeAnActionOfItsRecommendation_WithTheAgencyItNames()
    {
        var review = Extract();
        var number = review.Units.Where(u => u.Kind == UnitKind.Recommendation).ToDictionary(u => u.Id, u => u.Number);
        var actions = review.Units.Where(u => u.Kind == UnitKind.Action).Select(u => (number[u.RecommendationId!], u.Agency, u.Text[..20])).ToList();
        Assert.Equal([("1", "Holbrook Police", "Extend the school no"), ("1", "Holbrook Children's Services", "Give the school noti"),
            ("2", "Holbrook Police", "Build an automatic e"), ("1", "Holbrook Police", "Build an automatic e")], actions);
    }

    [Fact]
    public void TheScope_ShouldBeADetailOfTheRecommendation_NotItsFirstWords()
    {
        var recommendation = Extract().Units.Single(u => u.Kind == UnitKind.Recommendation && u.Number == "2");
        Assert.StartsWith("The Holbrook and Denby Local Criminal Justice Board should", recommendation.Text);
        Assert.Contains(recommendation.Details, d => d.Label == "Scope" && d.Text.StartsWith("Regional", StringComparison.Ordinal));
    }

    [Fact]
    public void ASummaryTableCountingActions_ShouldAddNoActions()
    {
        Assert.DoesNotContain(Extract().Units, u => u.Kind == UnitKind.Action && !u.Text.Any(char.IsLetter));
    }
}
