using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// An action plan's table of recommendations and actions, then a progress narrative under headings that name what each
/// paragraph updates ("Recommendation 1: progress update", "Recommendations 2 and 3: progress update"). A trainer
/// counting what was done about recommendation 3 must find the joint update there, not a recommendation called
/// "progress update".
/// </summary>
public sealed class ProgressNarrativeAfterPlanTableTests
{
    private const string Plan = """
        Hollowby Safeguarding Children Partnership
        Child Safeguarding Practice Review: Kai. Multi-agency action plan and progress update

        Introduction

        The review about Kai, a fourteen-year-old boy who was seriously injured after being criminally exploited by adults he met through older friends, made three recommendations to the partners. This plan sets out the actions the partners agreed in response, who leads each one, and the progress made by 31 March 2025.

        Each action is rated Blue, Green, Amber or Red by the Practice Review Subgroup on the evidence the lead agency provides.

        How this plan is kept

        The lead agency for each action updates the plan every quarter, and the Subgroup agrees each rating on the evidence it sees: audit results, survey returns or case examples. Actions rated Blue for two quarters running are closed, and an action that slips is reported to the Partnership Executive with a plan to recover it.

        Part 1: Action plan

        Rec	Recommendation	Action	Lead agency	Target date	RAG
        1	The Partnership should ensure that information about children at risk of exploitation is passed on when they move to secondary school.	1.1 Develop a transition protocol for designated safeguarding leads.	Hollowby Council Education Services	September 2024	Blue
        2	Hollowby Children's Services should make sure that assessments of children who go missing consider exploitation.	2.1 Revise the missing children procedure.	Hollowby Children's Services	December 2024	Green
        3	Hollowby Police should review how intelligence about adults who exploit children is shared with schools.	3.1 Develop an intelligence-sharing protocol with schools.	Hollowby Police	March 2025	Amber

        Part 2: Progress narrative

        Recommendation 1: progress update

        Education Services issued the transition protocol to all schools in September 2024 and presented it at the designated safeguarding leads' forum.

        Recommendations 2 and 3: progress update

        Children's Services and Hollowby Police have worked together on the missing and exploitation actions, because the same meeting hears both.

        Next review of this plan

        The Subgroup will next review the plan in July 2025.
        """;

    [Fact]
    public void AProgressUpdateUnderAHeadingNamingRecommendations_ShouldAnswerEachOfThem()
    {
        var review = new ReviewExtractor().Extract(DocumentText.FromText("action-plan-kai.txt", Plan));
        Assert.Equal(["1", "2", "3"], review.Units.Where(u => u.Kind == UnitKind.Recommendation).Select(u => u.Number));
        var joint = review.Units.Where(u => u.Kind == UnitKind.Action && u.Text.StartsWith("Children's Services and Hollowby Police", StringComparison.Ordinal));
        Assert.Equal(["2", "3"], joint.Select(a => review.Units.Single(r => r.Id == a.RecommendationId).Number));
        Assert.DoesNotContain(review.Units, u => u.Text.Contains("next review the plan", StringComparison.Ordinal) && u.Kind == UnitKind.Action);
    }
}
