using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// A case management review summary whose local recommendations are lettered afresh under each agency, followed by the
/// updates each agency sent the board. A board chair checking what was done must see each update against every
/// recommendation it answers: the one it says it answers, or, when it says nothing, each of its agency's
/// recommendations it is plainly about.
/// </summary>
public sealed class AgencyUpdatesOnLetteredRecommendationsTests
{
    private const string Summary = """
        Kilbrannan Safeguarding Board
        Case Management Review: Child T – Executive Summary

        Local recommendations

        Kilbrannan Health and Social Care Trust

        (a) The Trust should review how its duty team responds to a second referral from a school about the same child within six months, so that a senior social worker considers it.

        (b) The Trust should ensure that family support plans are not closed while the allocated worker is absent without a manager recording why.

        (c) The Trust should review its contract for advocacy services so that a child who declines advocacy is offered it again after a month.

        Kilbrannan Police

        (a) The police should ensure that a supervisor reviews a child's earlier missing episodes before a new missing report is closed.

        (b) The police should share the learning from the missing persons coordinator post with the other policing districts.

        Agency responses received by the Board

        Kilbrannan Health and Social Care Trust: A senior social worker now reviews every second referral from a school within six months. Since May 2026 no family support plan can be closed without a manager's note. This responds to local recommendations (a) and (b) for the Trust.

        Kilbrannan Health and Social Care Trust: The advocacy contract was retendered in June 2026 and a child who declines is offered advocacy again after a month.

        Kilbrannan Police: A supervisor's review of earlier missing episodes is now required before any missing report is closed, and the missing persons coordinator post has been presented to the other policing districts.
        """;

    private static ExtractedReview Extract() => new ReviewExtractor().Extract(DocumentText.FromText("cmr-child-t.txt", Summary));

    private static List<string?> Answered(ExtractedReview review, string opening) =>
        review.Units.Where(u => u.Kind == UnitKind.Action && u.Text.Contains(opening, StringComparison.Ordinal))
            .Select(a => review.Units.Single(u => u.Id == a.RecommendationId))
            .Select(r => $"{r.Agency} {r.Number}").ToList<string?>();

    [Fact]
    public void AnUpdateSayingWhichRecommendationsItAnswers_ShouldAnswerThoseOfItsAgency_NotTheSameLettersOfAnother()
    {
        var review = Extract();
        Assert.Equal(["Kilbrannan Health and Social Care Trust a", "Kilbrannan Health and Social Care Trust b"], Answered(review, "A senior social worker now reviews"));
        Assert.Equal(["Kilbrannan Health and Social Care Trust c"], Answered(review, "The advocacy contract was retendered"));
    }

    [Fact]
    public void AnUpdateAboutEachOfItsAgencysRecommendations_ShouldAnswerEachOfThem()
    {
        var review = Extract();
        Assert.Equal(["Kilbrannan Police a", "Kilbrannan Police b"], Answered(review, "A supervisor's review of earlier missing episodes"));
    }
}
