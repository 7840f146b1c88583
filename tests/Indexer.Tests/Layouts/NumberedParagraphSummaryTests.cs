using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// An executive summary numbered paragraph by paragraph ("4.2.", "7.3."), whose findings and recommendations are named
/// in words inside that numbering ("4.2. Finding 1:", "7.3. Recommendation 2:"), and whose agency responses open with
/// the agency and the recommendations it answers ("8.2. The Recovery Service (Recommendations 1 and 3): ..."). A board
/// chair cites "Recommendation 2", not paragraph 7.3, and wants each agency's answer under every recommendation it names.
/// </summary>
public sealed class NumberedParagraphSummaryTests
{
    private const string Review = """
        Hollinbrook Safeguarding Children Partnership
        Local Child Safeguarding Practice Review: Child T. Executive Summary

        1. Introduction

        1.1. This is the executive summary of a review about Child T, who was three when she was admitted to hospital after swallowing medication kept in the family home.

        2. Findings

        2.1. Finding 1: The recovery service relied on what a parent said about who lived in the household and did not check with the health visitor.

        2.2. Finding 2: No agency talked with the family about storing medication safely, although several knew that the father was in treatment.

        3. Recommendations

        3.1. Recommendation 1: The Partnership should seek assurance that the recovery service checks who lives in the household before take-home doses are agreed.

        3.2. Recommendation 2: The Integrated Care Board should ask GP practices to link the records of children and adults living at the same address.

        3.3. Recommendation 3: The Partnership should ask the recovery service to share its safety questions with the family's health visitor, with consent.

        4. Agency responses

        4.1. Hollinbrook Recovery Service (Recommendations 1 and 3): The service accepts both recommendations. No take-home doses are agreed until the recovery worker has spoken to the GP and, where there is a young child, the health visitor.

        4.2. Hollinbrook Integrated Care Board (Recommendation 2): Practices have been asked to add a manual household alert until the clinical system can link records, and will be audited in March 2027.
        """;

    private static ExtractedReview Extract() => new ReviewExtractor().Extract(DocumentText.FromText("lcspr-child-t-summary.txt", Review));

    [Fact]
    public void FindingsAndRecommendationsNamedInWords_ShouldTakeTheirOwnNumbers_NotTheParagraphs()
    {
        var review = Extract();
        Assert.Equal("1", review.Units.Single(u => u.Kind == UnitKind.Finding && u.Text.StartsWith("The recovery service relied", StringComparison.Ordinal)).Number);
        Assert.Equal("2", review.Units.Single(u => u.Kind == UnitKind.Finding && u.Text.StartsWith("No agency talked", StringComparison.Ordinal)).Number);
        Assert.Equal(["1", "2", "3"], review.Units.Where(u => u.Kind == UnitKind.Recommendation).Select(u => u.Number));
    }

    [Fact]
    public void AResponseOpeningWithItsAgencyAndTheRecommendationsItAnswers_ShouldAnswerEach_InThatAgencysName()
    {
        var review = Extract();
        var answers = review.Units.Where(u => u.Kind == UnitKind.Action && u.Text.Contains("accepts both", StringComparison.Ordinal)).ToList();
        Assert.Equal(["1", "3"], answers.Select(a => review.Units.Single(u => u.Id == a.RecommendationId).Number));
        Assert.All(answers, a => Assert.Equal("Hollinbrook Recovery Service", a.Agency));
        var icb = Assert.Single(review.Units, u => u.Kind == UnitKind.Action && u.Text.Contains("manual household alert", StringComparison.Ordinal));
        Assert.Equal("Hollinbrook Integrated Care Board", icb.Agency);
    }
}
