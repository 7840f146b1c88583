using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// A 7-minute briefing whose sections are numbered questions ("3. What did the review find?", "6. What has the
/// Partnership done?", "7. Want to know more?"), its updates each citing "(recommendation b)" at the end.
/// </summary>
public sealed class BriefingInQuestionsTests
{
    private const string Briefing = """
        Oakvale Safeguarding Children Partnership
        7 Minute Briefing: Baby Q

        1. Background

        Baby Q was nine weeks old when he was taken to hospital with a fractured arm.

        2. What did the review find?

        - A bruise on a baby who was not yet mobile was not referred under the bruising protocol.
        - Practitioners knew very little about the father, who cared for the baby most days.

        3. Recommendations

        (a) The Partnership should relaunch its protocol for bruising in babies who are not yet mobile.

        (b) The Partnership should seek assurance that health services record information about fathers.

        4. What has the Partnership done?

        - Oakvale Community Health has added a question about the father to every new birth visit (recommendation b).
        - Oakvale Children's Social Care relaunched the bruising protocol with a one-page flowchart (recommendation a).

        5. Want to know more?

        The full review is on the Partnership's website.
        """;

    [Fact]
    public void QuestionHeadings_ShouldStartTheirSections_AndEachUpdateShouldAnswerTheRecommendationItCites()
    {
        var review = new ReviewExtractor().Extract(DocumentText.FromText("briefing-q.txt", Briefing));

        Assert.Equal(2, review.Units.Count(u => u.Kind == UnitKind.Finding && u.Text.Contains("father", StringComparison.Ordinal) | u.Text.Contains("bruise", StringComparison.Ordinal)));
        var actions = review.Units.Where(u => u.Kind == UnitKind.Action).ToList();
        Assert.Equal(["b", "a"], actions.Select(a => review.Units.Single(u => u.Id == a.RecommendationId).Number));
        Assert.Equal("Oakvale Community Health", actions[0].Agency);
        // "Want to know more?" ends the updates; it is nobody's agency.
        Assert.DoesNotContain(review.Units, u => u.Agency == "Want to know more");
    }
}
