using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// An inspection letter's "What needs to improve in this area of social work practice": each bullet names an area, a
/// finding of its own, even when it goes on to say what someone else needs to do ("so that parents understand what
/// needs to change"). A trainer collecting what inspectors found must get every area, not one swallowing the rest.
/// </summary>
public sealed class InspectionLetterImprovementsTests
{
    private const string Letter = """
        Focused visit to Fernleigh children's services

        Dear Director of Children's Services

        This letter summarises the findings of the focused visit to Fernleigh children's services. Inspectors looked at the local authority's arrangements for children in need and children subject to a child protection plan.

        Headline findings

        Since the last inspection, the experiences of children in need of help and protection have not improved quickly enough. Some children wait too long for their plans to make a difference.

        Areas for priority action

        - The quality and frequency of management oversight and supervision, so that drift is identified and challenged.

        What needs to improve in this area of social work practice

        - The quality of assessments, including the analysis of cumulative harm.
        - The specificity of child protection plans, so that parents understand what needs to change and by when.
        - The effectiveness of core groups in reviewing progress.
        - Access to specialist assessments for parents with learning needs.

        Main findings

        Thresholds are mostly applied appropriately when children are first referred to children's services.

        Yours sincerely

        His Majesty's Inspector
        """;

    [Fact]
    public void EveryAreaToImprove_ShouldBeAFindingOfItsOwn()
    {
        var review = new ReviewExtractor(rulesOnly: true).Extract(DocumentText.FromText("focused-visit.txt", Letter));

        var areas = review.Units.Where(u => u.Heading is not null && u.Heading.StartsWith("What needs to improve", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, areas.Count);
        Assert.All(areas, u => Assert.Equal(UnitKind.Finding, u.Kind));
        Assert.StartsWith("The specificity of child protection plans", areas[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(review.Units, u => u.Kind == UnitKind.Action);
    }
}
