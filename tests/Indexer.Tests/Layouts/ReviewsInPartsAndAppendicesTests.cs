using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// Habits of published reviews met in the sixth blind set: recommendations in parts, IMR appendices by agency,
/// two-column response tables, a rapid review whose report goes on after a table, and a government's responses.
/// </summary>
public sealed class ReviewsInPartsAndAppendicesTests
{
    private static ExtractedReview Extract(string text) =>
        new ReviewExtractor().Extract(DocumentText.FromText("review.txt", text));

    private static LearningUnit Recommendation(ExtractedReview review, string number) =>
        review.Units.Single(u => u.Kind == UnitKind.Recommendation && u.Number == number);

    private const string Background = """
        Introduction

        The review considered the support given to a family living in temporary accommodation between 2022 and 2024.

        Findings

        Finding 1: Receiving areas were not told that a family with a baby had been placed with them.

        Finding 2: No one assessed whether the accommodation was safe for a baby to sleep in.
        """;

    [Fact]
    public void ARecommendationSetOutInParts_ShouldBeCitedByEachPartWithItsLeadIn()
    {
        var review = Extract(Background + """

            Recommendations

            Recommendation 1: The Department for Education should:

            (a) publish minimum standards for safe sleep space in temporary accommodation;

            (b) require safeguarding partners to report on children in temporary accommodation.

            Recommendation 2: The Home Office should ensure that intelligence moves with a child who moves area.

            Government response

            Response to recommendation 1

            The Department for Education accepts both parts and will consult on the standards in 2026.
            """);

        Assert.Equal(["1a", "1b", "2"], review.Units.Where(u => u.Kind == UnitKind.Recommendation).Select(u => u.Number));
        var part = Recommendation(review, "1b");
        Assert.StartsWith("The Department for Education should: (b) require safeguarding partners", part.Text, StringComparison.Ordinal);
        Assert.Equal(["Department for Education"], part.Agencies);
        // The response to recommendation 1 answers both of its parts.
        var answers = review.Units.Where(u => u.Kind == UnitKind.Action).Select(u => u.RecommendationId).ToList();
        Assert.Equal([Recommendation(review, "1a").Id, part.Id], answers);
    }

    [Fact]
    public void LetteredConditionsOfOneRecommendation_ShouldStayInIt()
    {
        var review = Extract(Background + """

            Recommendations

            Recommendation 1: The Ministry should strengthen the duty to notify the receiving area, so that:

            (a) the notification is sent before the family moves;

            (b) the notification goes to health visiting as well as to housing.
            """);

        var recommendation = Assert.Single(review.Units, u => u.Kind == UnitKind.Recommendation);
        Assert.Equal("1", recommendation.Number);
        Assert.Contains("goes to health visiting", recommendation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnImrAppendixByAgency_ShouldReadEachAgencysRecommendationsAndProgress()
    {
        var review = Extract("""
            Northmoor Safeguarding Children Partnership

            Local Child Safeguarding Practice Review: Child Jasper

            Appendix C: Single agency recommendations arising from the Individual Management Reviews

            C.1 About this appendix

            Each agency with significant involvement completed an Individual Management Review, and its recommendations are reproduced here.

            C.2 Northmoor Community Health NHS Trust

            The Trust provided health visiting and school nursing to the family.

            H1. The Trust should ensure that two missed health visiting contacts are reported to the allocated social worker.

            Progress update: The missed contact procedure was revised in October 2024.

            C.3 Northmoor Police

            P1. Northmoor Police should remind response officers to see and speak to every child at a domestic abuse incident.

            C.4 Monitoring

            The Learning and Improvement Sub-group will monitor these recommendations until each agency has shown their impact.
            """);

        Assert.Equal(["H1", "P1"], review.Units.Where(u => u.Kind == UnitKind.Recommendation).Select(u => u.Number));
        Assert.Equal(["Northmoor Community Health NHS Trust"], Recommendation(review, "H1").Agencies);
        var progress = Assert.Single(review.Units, u => u.Kind == UnitKind.Action);
        Assert.Equal(Recommendation(review, "H1").Id, progress.RecommendationId);
    }

    [Fact]
    public void ATwoColumnStrategyAndResponseTable_ShouldGiveRecommendationsWithTheirResponses()
    {
        var review = Extract(Background + "\n\nSuggested strategies for improving practice and systems\n\n"
            + "Suggested strategy\tResponse of the Chief Officers Group\n"
            + "The CPC should develop guidance on cumulative neglect.\tThe CPC Neglect Subgroup will publish guidance by June 2026.\n"
            + "The CPC should ensure that persistent non-attendance is treated as a wellbeing concern.\tThe attendance policy is being revised.\n");

        var recommendations = review.Units.Where(u => u.Kind == UnitKind.Recommendation).ToList();
        Assert.Equal(2, recommendations.Count);
        Assert.StartsWith("The CPC should develop guidance", recommendations[0].Text, StringComparison.Ordinal);
        Assert.Equal(recommendations[1].Id, review.Units.Single(u => u.Text.StartsWith("The attendance policy", StringComparison.Ordinal)).RecommendationId);
    }

    [Fact]
    public void ARapidReviewThatGoesOnAfterItsActionsTable_ShouldReadItsRecommendationsAndResponses()
    {
        var review = Extract("""
            Ashcombe and Vale Safeguarding Children Partnership

            Rapid Review: Baby Rowan

            Immediate learning

            1. The mother's history as a care leaver was not treated as a vulnerability in pre-birth planning.

            2. The father was largely invisible to the professionals. The rapid review found that:

            a) he was not asked to attend the antenatal booking appointment;

            b) his history was not known to any agency.

            3. Communication between the hospital and the police was prompt and effective.

            Actions already taken

            """ + "Agency\tAction already taken\tDate\n"
            + "Ashcombe General Hospital\tMaternity booking checklist amended to ask about care experience.\tApril 2025\n"
            + "Vale Community Health\tICON message added to the new birth visit template.\tMay 2025\n" + """

            Recommendations to the safeguarding partners

            R1: The Partnership should seek assurance that every pregnant care leaver is considered for a pre-birth assessment.

            R2: Ashcombe County Council should review the leaving care service's information sharing guidance.

            Safeguarding partners' response to the recommendations

            Response to R1 and R2: Ashcombe County Council has agreed to lead on both recommendations.
            """);

        Assert.Equal(["1", "2", "3"], review.Units.Where(u => u.Kind == UnitKind.Finding && u.Number is not null).Select(u => u.Number));
        Assert.Contains("his history was not known", review.Units.Single(u => u.Number == "2" && u.Kind == UnitKind.Finding).Text, StringComparison.Ordinal);
        Assert.Equal(["R1", "R2"], review.Units.Where(u => u.Kind == UnitKind.Recommendation).Select(u => u.Number));
        var responses = review.Units.Where(u => u.Text.StartsWith("Ashcombe County Council has agreed", StringComparison.Ordinal)).ToList();
        Assert.Equal([Recommendation(review, "R1").Id, Recommendation(review, "R2").Id], responses.Select(r => r.RecommendationId));
    }
}
