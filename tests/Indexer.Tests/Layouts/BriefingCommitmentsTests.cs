using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// A learning briefing: what the review found, its recommendations, then "What we will do", numbered commitments each
/// ending with the recommendation it answers ("(R2)"). A board chair checking follow-through must see each commitment
/// as an action on that recommendation, not as one more finding.
/// </summary>
public sealed class BriefingCommitmentsTests
{
    private const string Briefing = """
        Learning Briefing: Child Q

        Thornbury Safeguarding Children Partnership

        About this briefing

        This briefing shares the learning from a local child safeguarding practice review about Child Q, who was fourteen when she was found at a hotel with an adult she had met online.

        What the review found

        1. Child Q's grief after her mother's death was not recognised as a vulnerability.

        2. Online contact with an adult was treated as an e-safety matter, not a safeguarding one.

        3. The first missing episode was not followed by a return home interview.

        The review's recommendations

        The reviewer made three recommendations to the partnership:

        R1 The Partnership should ensure that bereavement is included as a factor in its exploitation screening tool.

        R2 The Partnership should seek assurance that schools respond to online contact with an adult as a safeguarding matter.

        R3 Thornbury Police should notify the return home interview service of every missing episode within a day.

        What we will do

        1. We will add bereavement and loss to the exploitation screening tool by January 2027. (R1)

        2. Thornbury Council Education Safeguarding Team will issue guidance to all schools on online contact between a pupil and an adult. (R2)

        3. Thornbury Police will send an automatic notification to the return home interview service for every missing episode. (R3)

        What you can do

        - Ask about loss when a child has been bereaved.
        - Report every missing episode, even for one night.
        """;

    [Fact]
    public void EachCommitment_ShouldBeAnActionOnTheRecommendationItNames()
    {
        var review = new ReviewExtractor(rulesOnly: true).Extract(DocumentText.FromText("briefing-child-q.txt", Briefing));

        var actions = review.Units.Where(u => u.Kind == UnitKind.Action).ToList();
        Assert.Equal(["R1", "R2", "R3"], actions.Select(a => review.Units.Single(u => u.Id == a.RecommendationId).Number));
        Assert.Equal(3, review.Units.Count(u => u.Kind == UnitKind.Finding && u.Number is "1" or "2" or "3"));
    }

    [Fact]
    public void ACommitmentOpeningWithWhoWillAct_ShouldBeThatAgencysAction_KnownToTheDirectoryOrNot()
    {
        var review = new ReviewExtractor(rulesOnly: true).Extract(DocumentText.FromText("briefing-child-q.txt", Briefing));

        var guidance = review.Units.Single(u => u.Kind == UnitKind.Action && u.Text.Contains("will issue guidance", StringComparison.Ordinal));
        Assert.Equal("Thornbury Council Education Safeguarding Team", guidance.Agency);
    }
}
