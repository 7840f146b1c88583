using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// A partnership's written statement of action after an inspection: each priority action and area for improvement
/// quoted ("Area for improvement 2: Leaders should ..."), "Our response: ...", then a table of its actions ("Action no. |
/// Action | Lead agency | Target date | Status") with no recommendation column; one response and table answer two areas.
/// A board chair checking what was done about area 2 must find its actions there, with their leads.
/// </summary>
public sealed class InspectionResponsePlanTests
{
    private const string Plan = """
        Marrowby Safeguarding Children Partnership
        Written Statement of Action following the Joint Targeted Area Inspection

        Introduction

        Inspectors looked at how agencies in Marrowby respond to children at risk of criminal exploitation. This statement quotes each priority action and area for improvement, sets out our response and lists the actions agreed.

        What inspectors found to be working well

        - Practitioners in the exploitation team know the children they work with well.
        - Schools in the pilot programme are quick to share concerns about children missing from lessons.

        Priority action

        Priority action PA1: Marrowby Police should ensure that every child found after a missing episode is offered a return home interview within 72 hours.

        Our response: Marrowby Police accepts this priority action in full and has agreed the actions below with the council.

        Action no.	Action	Lead agency	Target date	Status
        PA1.1	Hold a daily missing-children triage at which a sergeant and a social worker agree who offers each interview.	Marrowby Police	October 2026	Complete
        PA1.2	Audit thirty missing episodes each quarter for timeliness.	Marrowby Safeguarding Children Partnership	March 2027	On track

        Areas for improvement

        Area for improvement 1: Leaders should ensure that strategy discussions include health and education professionals who know the child.

        Our response: We agree. Our own audit had found that few strategy discussions included a health professional.

        Action no.	Action	Lead agency	Target date	Status
        1.1	Agree a protocol that names the minimum attendance at exploitation strategy discussions.	Marrowby Council Children's Services	November 2026	Complete
        1.2	Provide a duty safeguarding nurse so that health can always attend at short notice.	Marrowby Community Health NHS Trust	January 2027	On track

        Area for improvement 2: Leaders should ensure that youth justice and children's social care share one assessment of exploitation risk.

        Area for improvement 3: Leaders should ensure that a transition plan is agreed with adult services when a child at risk turns 18.

        Our response to areas for improvement 2 and 3: These areas are closely linked, because many of the young people were known to both services.

        Action no.	Action	Lead agency	Target date	Status
        2.1	Replace the two screening tools with one shared tool on the council's case system.	Marrowby Youth Justice Service	December 2026	On track
        2.2	Train youth justice and social care staff together on the shared tool.		March 2027	Not started
        3.1	Add a transition planning meeting at seventeen and a half for every young person open to the exploitation team.	Marrowby Council Adult Social Care	January 2027	On track

        How we will know we have made a difference

        The Quality Assurance Subgroup will repeat the multi-agency audit in the spring of 2027 and report to the Executive.
        """;

    private static ExtractedReview Extract() => new ReviewExtractor().Extract(DocumentText.FromText("jtai-response-marrowby.txt", Plan));

    [Fact]
    public void QuotedPriorityActionsAndAreas_ShouldBeRecommendationsWithTheirOwnNumbers() =>
        Assert.Equal(["PA1", "1", "2", "3"], Extract().Units.Where(u => u.Kind == UnitKind.Recommendation).Select(u => u.Number));

    [Fact]
    public void OurResponse_ShouldAnswerTheAreasItNames()
    {
        var review = Extract();
        Assert.Equal(["PA1"], review.Answered("accepts this priority action in full"));
        Assert.Equal(["2", "3"], review.Answered("These areas are closely linked"));
    }

    [Fact]
    public void ATableOfActionsUnderAnArea_ShouldAnswerIt_RowByRowByTheNumberEachRowStartsWith()
    {
        var review = Extract();
        Assert.Equal(["PA1"], review.Answered("daily missing-children triage"));
        Assert.Equal(["1"], review.Answered("duty safeguarding nurse"));
        Assert.Equal(["2"], review.Answered("Train youth justice and social care staff"));
        Assert.Equal(["3"], review.Answered("transition planning meeting"));
        var nurse = review.Units.Single(u => u.Kind == UnitKind.Action && u.Text.Contains("duty safeguarding nurse", StringComparison.Ordinal));
        Assert.Equal("Marrowby Community Health NHS Trust", nurse.Agency);
        Assert.DoesNotContain(review.Units, u => u.Text.StartsWith("PA1.1", StringComparison.Ordinal) || u.Text == "1.2");
    }

    [Fact]
    public void WhatInspectorsFoundToBeWorkingWell_ShouldBeOneFindingPerStrength() =>
        Assert.Contains(Extract().Units, u => u.Kind == UnitKind.Finding && u.Text.StartsWith("Schools in the pilot programme", StringComparison.Ordinal));
}
