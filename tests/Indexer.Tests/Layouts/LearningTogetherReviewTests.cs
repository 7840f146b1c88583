using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// A review in the SCIE "Learning Together" model: numbered findings about the system, each closing with questions
/// for the Board (under "Issues for the Board to consider", or straight after the evidence), which take the place of
/// recommendations; then the partnership's response finding by finding ("Response to Finding 2:", "Response to
/// Findings 1 and 2:"). A board chair asking "what did we do about the questions on missed appointments?" must find
/// the response on those questions, not on the finding's prose.
/// </summary>
public sealed class LearningTogetherReviewTests
{
    private const string Review = """
        Millbrook Safeguarding Children Partnership
        Local Child Safeguarding Practice Review: "Noah"
        A review using the Learning Together systems model

        1 Introduction

        This review used the Learning Together model. Each finding closes with questions for the Board, which take the place of recommendations.

        2 Findings

        Finding 1: Missed health appointments are seen as the parent's problem rather than as information about the child.

        The health visitor sent three letters after three missed reviews. Nobody looked at the three together.

        Issues for the Board to consider

        - Is the Board satisfied that every agency treats the missed appointments of a young child as "was not brought"?
        - How might GP practices tell the health visitor when a child misses two appointments in a row?

        Finding 2: Referrers are rarely told why a referral was closed, so they rarely challenge the decision.

        The school received a closure email that gave no reasons.

        - Does the Board know how often referrers are told the reasons for closing a referral?

        Finding 3: Moves between addresses break the continuity of health visiting.

        The records took nine weeks to follow the family.

        Issues for the Board to consider

        - Could landlords help services to know when a family with a baby has moved?

        3 Response of the Millbrook Safeguarding Children Partnership

        The executive group received this report in May 2025 and agreed the responses below.

        Response to Finding 1: The Partnership has adopted one "was not brought" policy for every agency.

        The GP federation will send the health visitor a monthly list of children who missed two appointments.

        The early years advisory team will add persistent absence to its training for nursery managers.

        Response to Finding 2:
        - Children's Social Care: closure letters to referrers will give the reasons from June 2025.

        Response to Findings 1 and 2: The executive group will test both changes in a dip sample in the autumn.
        """;

    private static ExtractedReview Extract() => new ReviewExtractor().Extract(DocumentText.FromText("learning-together-noah.txt", Review));

    private static List<string> QuestionsAnswered(ExtractedReview review, string words) =>
        review.Units.Where(u => u.Kind == UnitKind.Action && u.Text.Contains(words, StringComparison.Ordinal))
            .Select(a => review.Units.Single(u => u.Id == a.RecommendationId).Text[..20]).ToList();

    [Fact]
    public void TheQuestionsForTheBoard_ShouldBeItsRecommendations_WithOrWithoutTheirHeading()
    {
        var review = Extract();
        var recommendations = review.Units.Where(u => u.Kind == UnitKind.Recommendation).ToList();
        Assert.Equal(4, recommendations.Count);
        Assert.StartsWith("Is the Board satisfied", recommendations[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("How might GP practices", recommendations[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("Does the Board know", recommendations[2].Text, StringComparison.Ordinal);
        // The heading printed again under a later finding is the review's structure, not a running page header.
        Assert.StartsWith("Could landlords help", recommendations[3].Text, StringComparison.Ordinal);
        Assert.All(recommendations, r => Assert.Null(r.Number));
    }

    [Fact]
    public void AFinding_ShouldKeepItsEvidence_AndNotTheQuestionsAfterIt()
    {
        var finding = Extract().Finding("1");
        Assert.Contains("Nobody looked at the three together", finding.FullText, StringComparison.Ordinal);
        Assert.DoesNotContain("Is the Board satisfied", finding.FullText, StringComparison.Ordinal);
    }

    [Fact]
    public void AResponseToAFinding_ShouldAnswerEachOfItsQuestions_AndSoShouldTheParagraphAfterIt()
    {
        var review = Extract();
        Assert.Equal(["Is the Board satisfi", "How might GP practic"], QuestionsAnswered(review, "has adopted one"));
        Assert.Equal(["Is the Board satisfi", "How might GP practic"], QuestionsAnswered(review, "GP federation will send"));
    }

    [Fact]
    public void AnAgencysBulletUnderAResponseToAFinding_ShouldBeThatAgencysAction_OnTheFindingsQuestion()
    {
        var review = Extract();
        var action = review.Units.Single(u => u.Kind == UnitKind.Action && u.Text.Contains("closure letters", StringComparison.Ordinal));
        Assert.Equal(["Children's Social Care"], action.Agencies);
        Assert.Equal(["Does the Board know h"[..20]], QuestionsAnswered(review, "closure letters"));
    }

    [Fact]
    public void AResponseParagraphOpeningWithATeam_ShouldBeThatTeamsAction()
    {
        var review = Extract();
        Assert.All(review.Units.Where(u => u.Text.StartsWith("The early years advisory team", StringComparison.Ordinal)),
            a => Assert.Equal(["The early years advisory team"], a.Agencies));
        Assert.Equal(["Is the Board satisfi", "How might GP practic"], QuestionsAnswered(review, "persistent absence"));
    }

    [Fact]
    public void AResponseToTwoFindings_ShouldAnswerTheQuestionsOfBoth() =>
        Assert.Equal(3, QuestionsAnswered(Extract(), "dip sample").Count);
}
