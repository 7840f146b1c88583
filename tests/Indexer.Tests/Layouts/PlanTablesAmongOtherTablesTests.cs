using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// An action plan's table read row by row without mistaking its rows for headers: a follow-on action row whose
/// sentences happen to use header words ("outcomes", "findings"), and the sign-off table after the plan
/// ("Name | Role | Date"), which holds who signed, not actions; and whose rows they are, from the agency's heading
/// right above the table; and the plan's summary of the review's findings, one finding a bullet.
/// </summary>
public sealed class PlanTablesAmongOtherTablesTests
{
    private const string Plan = """
        Ashbourne Vale Safeguarding Children Partnership

        Local Child Safeguarding Practice Review: Child P

        Multi-Agency Action Plan

        Purpose of this plan

        This plan sets out how the safeguarding partners in Ashbourne Vale will respond to the two recommendations of the
        review concerning Child P, aged fourteen, who was seriously harmed while missing from home and being exploited.
        Lead officers provide a progress update before each meeting of the Case Review Group.

        Summary of the review's findings

        The review found that:

        - Return home interviews were offered on only two of nine occasions, and nothing they found reached the exploitation hub.

        - Staff in the emergency department treated P's injury as an isolated incident.

        Rec	Recommendation	Action	Lead agency	Timescale	Progress update	RAG
        1	The Partnership should ensure that return home interviews are offered to every child within 72 hours.	Commission a single provider of return home interviews.	Ashbourne Vale Council	September 2024	Tender completed in March.	A
        		Add return home interview outcomes as a standing item on the exploitation hub agenda.	Ashbourne Vale Exploitation Hub	January 2024	In place; hub minutes show interview findings discussed in most cases.	B
        2	All agencies should ensure that their staff know how to refer a child to the exploitation hub.	Deliver multi-agency exploitation training.	Ashbourne Vale Safeguarding Children Partnership	December 2024	Four sessions delivered.	G

        Sign-off

        Name	Role	Date
        Director of Children's Services	Safeguarding partner, Ashbourne Vale Council	9 May 2024
        Chief Nurse	Safeguarding partner, Ashbourne Vale Integrated Care Board	9 May 2024
        """;

    private static ExtractedReview Extract() => new ReviewExtractor().Extract(DocumentText.FromText("plan.txt", Plan));

    [Fact]
    public void AFollowOnRowWhoseSentencesUseHeaderWords_ShouldBeAnActionOfTheRecommendationAbove()
    {
        var review = Extract();

        Assert.Equal(["1", "2"], review.Units.Where(u => u.Kind == UnitKind.Recommendation).Select(u => u.Number));
        var first = review.Units.Single(u => u.Kind == UnitKind.Recommendation && u.Number == "1");
        var actions = review.Units.Where(u => u.Kind == UnitKind.Action && u.RecommendationId == first.Id).Select(a => a.Text).ToList();
        Assert.Equal(["Commission a single provider of return home interviews.", "Add return home interview outcomes as a standing item on the exploitation hub agenda."], actions);
    }

    [Fact]
    public void TheSignOffTableAfterThePlan_ShouldGiveNoUnits()
    {
        var review = Extract();

        Assert.DoesNotContain(review.Units, u => u.Text.Contains("Safeguarding partner,", StringComparison.Ordinal) || u.Text == "Role");
        Assert.DoesNotContain(review.Units, u => u.Details.Any(d => d.Label == "Outcome"));
    }

    [Fact]
    public void AnAgencysHeadingRightAboveItsTable_ShouldAddressTheTablesRecommendations()
    {
        var review = new ReviewExtractor().Extract(DocumentText.FromText("overview.txt", """
            Serious Case Review: Child L

            Overview report

            1. Introduction

            This review concerns Child L, who was two years old when she was admitted to hospital with a head injury. It
            considers the work of every agency that knew the family over the eighteen months before her admission.

            2. Analysis

            Referrals about minor injuries were closed after a single visit, and nobody checked who else lived in the home.

            Appendix: single-agency recommendations

            Children's Social Care

            Ref	Recommendation	Lead officer	Target date
            CSC1	No referral concerning an injury to a child to be closed after a single visit without a manager's agreement.	Head of Service, Assessment	June 2018
            CSC2	Assessments to include checks on every adult in the household.	Head of Service, Assessment	June 2018
            """));

        var recommendations = review.Units.Where(u => u.Kind == UnitKind.Recommendation).ToList();
        Assert.Equal(["CSC1", "CSC2"], recommendations.Select(r => r.Number));
        Assert.All(recommendations, r => Assert.Equal(["Children's Social Care"], r.Agencies));
    }

    [Fact]
    public void ThePlansSummaryOfTheReviewsFindings_ShouldGiveEachBulletAsAFinding()
    {
        var review = Extract();

        var findings = review.Units.Where(u => u.Kind == UnitKind.Finding).Select(u => u.Text).ToList();
        Assert.Contains("Staff in the emergency department treated P's injury as an isolated incident.", findings);
        Assert.Contains(findings, f => f.StartsWith("Return home interviews were offered on only two", StringComparison.Ordinal));
    }
}
