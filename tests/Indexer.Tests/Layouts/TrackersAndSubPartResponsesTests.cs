using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// Habits of published reviews met in the seventh blind set: a board's tracker that sets out the review's
/// recommendations before its table of actions and the agencies' narrative responses after it; recommendations
/// with sub-parts that are recommendations of their own ("2.1", "3(a)"); committee responses labelled with the
/// committee's abbreviation and the parts they answer; a response that only introduces its agencies' bullets; a rapid
/// review's immediate actions, taken before it made any recommendation.
/// </summary>
public sealed class TrackersAndSubPartResponsesTests
{
    private static ExtractedReview Extract(string text) =>
        new ReviewExtractor().Extract(DocumentText.FromText("review.txt", text));

    private static LearningUnit Recommendation(ExtractedReview review, string number) =>
        review.Units.Single(u => u.Kind == UnitKind.Recommendation && u.Number == number);

    private static List<string> AnsweredBy(ExtractedReview review, string textStart) =>
        review.Units.Where(u => u.Kind == UnitKind.Action && u.Text.StartsWith(textStart, StringComparison.Ordinal))
            .Select(u => review.Units.Single(r => r.Id == u.RecommendationId).Number!).ToList();

    private const string Tracker = """
        Bryngwyn Regional Safeguarding Board

        Child Practice Review BRSB 01/2025: Action Plan Tracker

        Purpose of this document

        This tracker records the progress made by member agencies against the recommendations of the review of Child F,
        a toddler who was seriously neglected while living with her mother and grandmother in the Llanwern area. The
        Review Sub Group receives an update at each quarterly meeting and recommends actions rated green for closure.

        Summary of review recommendations

        1. The Board should seek assurance that agencies use the neglect toolkit when a family is referred.

        2. Member agencies should improve how they share information about children who are not brought to appointments:

        2.1. Health boards should ensure that a child not brought to two appointments is discussed with the safeguarding nurse.

        2.2. Schools and nurseries should tell the health visitor when a young child stops attending.

        3. The local authorities should ensure that the views of pre-verbal children are recorded in every assessment.

        Action plan tracker

        Rec	Action	Lead agency	Target date	RAG	Progress update
        1	Relaunch the neglect toolkit with a short e-learning module.	Bryngwyn Regional Safeguarding Board	March 2026	Green	612 practitioners have completed the module.
        	Add a toolkit field to the assessment form.	Llanwern County Council Children's Services	June 2026	Amber	Field designed; awaiting the system update.
        2.1	Introduce a "was not brought" pathway for children under five.	Bryngwyn University Health Board	September 2026	Green	Pathway in use since October.
        2.2	Agree a protocol between schools, nurseries and health visiting.	Llanwern County Council Education Services	December 2026	Red	Not started.
        3	Run practice workshops on observing babies and toddlers.	Llanwern County Council Children's Services	March 2026	Green	Four workshops held.

        Narrative responses from agencies

        Response to recommendations 2.2 and 3

        Llanwern County Council accepts that progress on the protocol has been slow and has asked team managers to check every assessment of a child under three for an observation.
        """;

    [Fact]
    public void ATrackerThatListsTheReviewsRecommendations_ShouldReadThemAndPutEachTableRowUnderItsOwn()
    {
        var review = Extract(Tracker);

        Assert.Equal(["1", "2", "2.1", "2.2", "3"], review.Units.Where(u => u.Kind == UnitKind.Recommendation).Select(u => u.Number));
        // A row that leaves the Rec cell blank belongs to the recommendation of the row above.
        Assert.Equal(["1"], AnsweredBy(review, "Add a toolkit field"));
        Assert.Equal(["2.1"], AnsweredBy(review, "Introduce a \"was not brought\" pathway"));
        // The progress update's words are kept with the action; the RAG cell is its status.
        var relaunch = review.Units.Single(u => u.Text.StartsWith("Relaunch the neglect toolkit", StringComparison.Ordinal));
        Assert.Equal("612 practitioners have completed the module.", relaunch.Details.Single(d => d.Label == "Progress update").Text);
        Assert.Equal("Green", relaunch.Status);
        // The narrative response under "Response to recommendations 2.2 and 3" answers both.
        Assert.Equal(["2.2", "3"], AnsweredBy(review, "Llanwern County Council accepts"));
    }

    [Fact]
    public void NumberedSubPartsOfARecommendation_ShouldEachBeARecommendationBesideTheirStem()
    {
        var review = Extract(Tracker);

        Assert.StartsWith("Member agencies should improve", Recommendation(review, "2").Text, StringComparison.Ordinal);
        var part = Recommendation(review, "2.1");
        Assert.StartsWith("Health boards should ensure", part.Text, StringComparison.Ordinal);
        Assert.Equal(["Health boards"], part.Agencies);
        Assert.DoesNotContain("Health boards", Recommendation(review, "2").Text, StringComparison.Ordinal);
        Assert.Equal(["The local authorities"], Recommendation(review, "3").Agencies);
    }

    private const string LearningReview = """
        Glenavon Child Protection Committee

        Learning Review: Child T

        1. Introduction

        This Learning Review was commissioned by Glenavon Child Protection Committee after Child T, a fourteen-year-old
        boy, was seriously injured in a fall while missing from home. It concerns the two years before the incident.

        2. Key learning

        Key learning 1: Episodes of going missing were treated one at a time and never as a pattern.

        Key learning 2: The school did not know that Child T had been reported missing four times.

        3. Recommendations and CPC response

        Recommendation 1

        Police Scotland should ensure that every return home interview is shared with the child's named person.

        CPC response: Accepted. A notification from the missing persons unit to the named person service went live in June 2025.

        Recommendation 2

        The CPC should work with Glenavon Council Education Services to improve support for children who go missing. In particular:

        (a) each child should have one identified named person who follows up every missing episode;

        (b) schools should hold a Team Around the Child meeting after a third missing episode; and

        (c) guidance staff should receive training in exploitation.

        CPC response to 2(a) and 2(b): Accepted. Glenavon Council Education Services has issued revised guidance to all secondary schools.

        CPC response to 2(c): Accepted. Training on exploitation will be delivered to guidance staff in 2026.

        Recommendation 3

        The CPC should ensure that safety plans for missing children are shared with the family in writing.

        CPC response: Accepted, with the following actions by partner agencies:

        - Police Scotland will give families a written safety plan after every missing episode.
        - Glenavon Council Children and Families Social Work will add the safety plan to its return home checklist.
        """;

    [Fact]
    public void LetteredSubPartsThatSayWhoShouldAct_ShouldEachBeARecommendationNumberedWithTheirStem()
    {
        var review = Extract(LearningReview);

        Assert.Equal(["1", "2", "2a", "2b", "2c", "3"], review.Units.Where(u => u.Kind == UnitKind.Recommendation).Select(u => u.Number));
        Assert.EndsWith("In particular:", Recommendation(review, "2").Text, StringComparison.Ordinal);
        Assert.StartsWith("schools should hold", Recommendation(review, "2b").Text, StringComparison.Ordinal);
        Assert.Equal(["Schools"], Recommendation(review, "2b").Agencies);
    }

    [Fact]
    public void ACommitteesResponseLabelledWithItsAbbreviation_ShouldAnswerThePartsItNames()
    {
        var review = Extract(LearningReview);

        var first = Assert.Single(review.Units, u => u.Kind == UnitKind.Action && u.Text.StartsWith("Accepted. A notification", StringComparison.Ordinal));
        Assert.Equal(Recommendation(review, "1").Id, first.RecommendationId);
        Assert.Equal(["2a", "2b"], AnsweredBy(review, "Accepted. Glenavon Council Education Services"));
        Assert.Equal(["2c"], AnsweredBy(review, "Accepted. Training on exploitation"));
        // A response naming no organisation doing the work is the respondent's, not the recommendation's addressee.
        Assert.Equal(["CPC"], review.Units.Single(u => u.Text.StartsWith("Accepted. Training on exploitation", StringComparison.Ordinal)).Agencies);
    }

    [Fact]
    public void AResponseThatOnlyIntroducesAgencyBullets_ShouldLeaveEachBulletAnActionAndNotBeOneItself()
    {
        var review = Extract(LearningReview);

        var actions = review.Units.Where(u => u.Kind == UnitKind.Action && u.RecommendationId == Recommendation(review, "3").Id).ToList();
        Assert.Equal(["Police Scotland", "Glenavon Council Children and Families Social Work"], actions.Select(a => a.Agencies.Single()));
        Assert.DoesNotContain(review.Units, u => u.Text.StartsWith("Accepted, with the following", StringComparison.Ordinal));
    }

    private const string RapidReview = """
        Harrowdale Safeguarding Partnership

        Rapid Review Report: Baby J

        Section 1: Reason for the rapid review

        Baby J, aged nine weeks, was taken to hospital with a skull fracture that his parents could not explain. A police
        investigation is under way and Baby J is now cared for by his grandparents under an interim care order.

        Section 2: Immediate safeguarding actions already taken

        Agencies took the following actions before the rapid review meeting:

        - Harrowdale Children's Services held a strategy discussion on the day of admission and has started care proceedings.
        - Northgate Primary Care Network has reminded its GP practices of the bruising in non-mobile babies protocol.

        Section 3: Learning identified

        L1. The father was not seen by any professional before the birth.

        L2. Missed antenatal appointments were followed up by letter only.

        Section 4: Recommendations

        R1. The Partnership should seek assurance that midwifery and health visiting meet fathers before and after the birth.

        R2. Harrowdale Maternity Services should review how it follows up a second missed antenatal appointment.
        """;

    [Fact]
    public void ImmediateActionsTakenBeforeAnyRecommendation_ShouldBeActionsAnsweringNone()
    {
        var review = Extract(RapidReview);

        var taken = review.Units.Where(u => u.Kind == UnitKind.Action).ToList();
        Assert.Equal(2, taken.Count);
        Assert.All(taken, a => Assert.Null(a.RecommendationId));
        Assert.Equal(["Harrowdale Children's Services"], taken[0].Agencies);
        // A primary care network is a body of its own, not the "primary care" of GP practices in its name.
        Assert.Equal(["Northgate Primary Care Network"], taken[1].Agencies);
        Assert.DoesNotContain(review.Units, u => u.Text.StartsWith("Agencies took the following", StringComparison.Ordinal));
        Assert.Equal(["R1", "R2"], review.Units.Where(u => u.Kind == UnitKind.Recommendation).Select(u => u.Number));
    }

    [Fact]
    public void ATableOfActionsAlreadyTaken_ShouldGiveEachRowAsAnActionAnsweringNone()
    {
        var review = Extract(RapidReview.Replace("""
            - Harrowdale Children's Services held a strategy discussion on the day of admission and has started care proceedings.
            - Northgate Primary Care Network has reminded its GP practices of the bruising in non-mobile babies protocol.
            """, """
            Agency	Action already taken	Date
            Harrowdale Children's Services	Strategy discussion held on the day of admission; care proceedings started.	March 2026
            Northgate Primary Care Network	GP practices reminded of the bruising in non-mobile babies protocol.	April 2026
            """, StringComparison.Ordinal));

        var taken = review.Units.Where(u => u.Kind == UnitKind.Action).ToList();
        Assert.Equal(["Harrowdale Children's Services", "Northgate Primary Care Network"], taken.Select(a => a.Agencies.Single()));
        Assert.All(taken, a => Assert.Null(a.RecommendationId));
        Assert.Equal(["R1", "R2"], review.Units.Where(u => u.Kind == UnitKind.Recommendation).Select(u => u.Number));
    }
}
