using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// A single agency's internal review: findings numbered under its key lines of enquiry, then "Recommendations, actions
/// already taken and actions still needed", each recommendation followed by "Actions already taken:" and "Actions still
/// needed:" bullets that close with their owner ("(Owner: ED Matron; completed)"). The two labels are printed under
/// every recommendation and are structure, not a running header; a board chair asking who owns each action must be
/// told the owner the review names.
/// </summary>
public sealed class ActionsTakenAndStillNeededTests
{
    private const string Review = """
        Ashbury Hospitals NHS Foundation Trust
        Safeguarding internal review: Baby N

        1. Findings

        1.1 The bruising protocol was not part of the Emergency Department's induction for agency nurses.

        1.2 The notification to the health visiting service went to an inbox nobody checked at weekends.

        2. Recommendations, actions already taken and actions still needed

        Recommendation 1: The Emergency Department should ensure that every non-mobile baby with a bruise is seen by a paediatrician.

        Actions already taken:
        - Brief all Emergency Department staff on the bruising protocol at safety huddles (Owner: ED Matron; completed).

        Actions still needed:
        - Include the bruising protocol in induction for agency staff (Owner: ED Clinical Lead; by 30/06/2026).

        Recommendation 2: The Trust should make sure that notifications reach a named health visitor the next working day.

        Actions still needed:
        - Replace the inbox with a duty rota that covers weekends (Owner: Head of 0-19 Service; June '26).

        Recommendation 3: The Trust should offer safeguarding supervision to Emergency Department nurses.

        Actions already taken:
        - Publicise the safeguarding advice line in the department (Owner: Safeguarding Children Team; completed).
        """;

    private static ExtractedReview Extract() => new ReviewExtractor().Extract(DocumentText.FromText("internal-review.txt", Review));

    [Fact]
    public void EveryActionTakenOrStillNeeded_ShouldAnswerTheRecommendationAboveIt()
    {
        var review = Extract();
        var number = review.Units.Where(u => u.Kind == UnitKind.Recommendation).ToDictionary(u => u.Id, u => u.Number);
        Assert.Equal(["1", "1", "2", "3"], review.Units.Where(u => u.Kind == UnitKind.Action).Select(u => number[u.RecommendationId!]));
        Assert.Equal(["1.1", "1.2"], review.Units.Where(u => u.Kind == UnitKind.Finding).Select(u => u.Number));
    }

    [Fact]
    public void TheOwnerAnActionClosesWith_ShouldBeWhoAnswersForIt()
    {
        var owners = Extract().Units.Where(u => u.Kind == UnitKind.Action).Select(u => u.Agency);
        Assert.Equal(["ED Matron", "ED Clinical Lead", "Head of 0-19 Service", "Safeguarding Children Team"], owners);
    }
}
