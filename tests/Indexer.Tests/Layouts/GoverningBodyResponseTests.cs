using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// A school's own case review for its governors: recommendations to the governing body and the headteacher, then "The
/// governing body's response", each response labelled with what it answers and opening with its decision ("Response to
/// Recommendations 1 and 2: Accepted. The governing body has asked ..."). A governor must see each answer under each
/// recommendation, in the name of whoever the response says did the work.
/// </summary>
public sealed class GoverningBodyResponseTests
{
    private const string Review = """
        Ashgrove Academy
        Safeguarding case review: Pupil B

        3. Findings

        Finding 1: Concerns about adults were logged as friendship issues and never reached the DSL.

        4. Recommendations

        1. The governing body should ask for a report on low-level concerns about adults every term.

        2. The governing body should ask the safeguarding link governor to sample the concerns log each half term.

        3. The headteacher should make sure that every visiting tutor has read the code of conduct.

        The governing body's response

        Response to Recommendations 1 and 2: Accepted. The governing body has asked for a termly report on concerns about adults from the DSL.

        Response to Recommendation 3: Accepted. The headteacher wrote to every visiting tutor in May 2025.
        """;

    [Fact]
    public void EachResponse_ShouldAnswerWhatItsLabelNames_InTheNameOfWhoDidTheWork()
    {
        var review = new ReviewExtractor().Extract(DocumentText.FromText("school-review.txt", Review));
        var number = review.Units.Where(u => u.Kind == UnitKind.Recommendation).ToDictionary(u => u.Id, u => u.Number);
        var answers = review.Units.Where(u => u.Kind == UnitKind.Action).Select(u => (number[u.RecommendationId!], u.Agency)).ToList();
        Assert.Equal([("1", "The governing body"), ("2", "The governing body"), ("3", "The headteacher")], answers);
    }
}
