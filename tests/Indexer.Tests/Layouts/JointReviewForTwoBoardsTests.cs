using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// A joint adults' and children's review ("Think Family"): recommendations tagged with the board each is for ("R2 (SAB)",
/// "R6 (SAB and SCP)"), each board's responses under its own heading ("... Board response", "Joint response of the SAB
/// and SCP"), some under "Response to R5 – accepted in part", and completed agency actions closing with the
/// recommendations they answer ("(R3, R4)"). A board chair must see each board's answer under each recommendation, in
/// that board's name.
/// </summary>
public sealed class JointReviewForTwoBoardsTests
{
    private const string Review = """
        Lowmere Safeguarding Adults Board
        Lowmere Safeguarding Children Partnership

        A joint review concerning Dawn and her son Kai

        3. Recommendations

        R1 (SAB) The SAB should make sure that every Care Act assessment records who lives in the household.

        R2 (SCP) The SCP should ask schools to consider whether a pupil who is often late is caring for a parent.

        R3 (SAB and SCP) The two Boards should agree a joint protocol for parents with care needs who live with children.

        4. Responses of the Boards

        Lowmere Safeguarding Adults Board response

        R1: Accepted. Adult Social Care has made the household section of the assessment mandatory.

        Lowmere Safeguarding Children Partnership response

        Response to R2 – accepted in part

        Schools will record caring as a possible reason for lateness from September 2026.

        Joint response of the SAB and SCP

        R3: Accepted. The joint protocol was approved on 14/07/2026.

        Agency actions already completed

        - Lowmere Academy has trained its attendance officers to ask about caring at home (R2, R3).
        """;

    private static ExtractedReview Extract() => new ReviewExtractor().Extract(DocumentText.FromText("joint-review.txt", Review));

    [Fact]
    public void ARecommendationTaggedWithItsBoard_ShouldBeForThatBoard()
    {
        var recommendations = Extract().Units.Where(u => u.Kind == UnitKind.Recommendation).ToList();
        Assert.Equal([("R1", "SAB"), ("R2", "SCP"), ("R3", "SAB and SCP")], recommendations.Select(u => (u.Number!, u.Agency!)));
    }

    [Fact]
    public void EachBoardsResponse_ShouldBeInThatBoardsName_UnderTheRecommendationItAnswers()
    {
        var review = Extract();
        var number = review.Units.Where(u => u.Kind == UnitKind.Recommendation).ToDictionary(u => u.Id, u => u.Number);
        (string?, string?) Answer(string words) =>
            review.Units.Where(u => u.Kind == UnitKind.Action && u.Text.Contains(words, StringComparison.Ordinal)).Select(u => (number[u.RecommendationId!], u.Agency)).Single();
        Assert.Equal(("R1", "Lowmere Safeguarding Adults Board"), Answer("household section"));
        Assert.Equal(("R2", "Lowmere Safeguarding Children Partnership"), Answer("Schools will record caring"));
        Assert.Equal(("R3", "SAB and SCP"), Answer("joint protocol was approved"));
    }

    [Fact]
    public void ACompletedActionClosingWithTwoRecommendations_ShouldAnswerBoth()
    {
        var review = Extract();
        var number = review.Units.Where(u => u.Kind == UnitKind.Recommendation).ToDictionary(u => u.Id, u => u.Number);
        var answered = review.Units.Where(u => u.Kind == UnitKind.Action && u.Text.StartsWith("Lowmere Academy", StringComparison.Ordinal)).Select(u => number[u.RecommendationId!]).Order();
        Assert.Equal(["R2", "R3"], answered);
    }
}
