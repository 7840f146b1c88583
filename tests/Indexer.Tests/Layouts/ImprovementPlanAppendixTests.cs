using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// A learning review whose report sets out "Recommendation 1:" to "Recommendation 3:" and whose appendix is an
/// improvement plan table numbering each action under its recommendation ("1.1", "1.2", one row "2.1 / 3.1" for two),
/// some rows leaving the lead agency blank for the one above. A board chair must find every action under the
/// recommendation it carries out, none taken for a recommendation of its own or for the table's header.
/// </summary>
public sealed class ImprovementPlanAppendixTests
{
    private const string Review = """
        Glenbrae Child Protection Committee
        Learning Review "Callum": summary report

        1. Introduction

        1.1. This is the summary report of a learning review under the national guidance.

        2. Key learning

        2.1. Callum's caring role at home was seen by his school but never recorded in his Child's Plan.

        3. Recommendations

        Recommendation 1: The Child Protection Committee should make sure that young carers are recognised in every Child's Plan.

        Recommendation 2: The police should make sure that officers at an adult welfare call speak to any child present.

        Recommendation 3: Glenbrae Council should provide guidance on escalating a Child's Plan that is not progressing.

        Appendix 1: Improvement Plan

        No.	Action	Lead agency	Timescale	Progress (RAG)
        1.1	Add a young carer prompt to the Child's Plan template	Glenbrae Council Children and Families	31/03/2025	Green – template updated
        1.2	Include young carers in the multi-agency training calendar	CPC Learning and Development Subgroup	From April 2025	
        2.1 / 3.1	Publish guidance on speaking to children at welfare calls and on escalating plans	Police – Glenbrae Division	June 2025	Amber
        2.2	Dip sample welfare attendances where children were present		September 2025	
        """;

    [Fact]
    public void ActionsNumberedUnderTheReportsRecommendations_ShouldBeTheirActions()
    {
        var review = new ReviewExtractor().Extract(DocumentText.FromText("learning-review.txt", Review));
        var number = review.Units.Where(u => u.Kind == UnitKind.Recommendation).ToDictionary(u => u.Id, u => u.Number);
        Assert.Equal(["1", "2", "3"], number.Values.Order());
        var actions = review.Units.Where(u => u.Kind == UnitKind.Action).Select(u => (number[u.RecommendationId!], u.Agency, u.Text[..12])).ToList();
        Assert.Equal([("1", "Glenbrae Council Children and Families", "Add a young "), ("1", "CPC Learning and Development Subgroup", "Include youn"),
            ("2", "Police – Glenbrae Division", "Publish guid"), ("3", "Police – Glenbrae Division", "Publish guid"), ("2", "Police – Glenbrae Division", "Dip sample w")],
            actions.OrderBy(a => a.Item3 == "Dip sample w").ThenBy(a => a.Item1).ToList());
    }
}
