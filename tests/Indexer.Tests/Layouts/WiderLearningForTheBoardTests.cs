using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// A Welsh practice review's "Learning for the Regional Safeguarding Board" after its recommendations: "Beyond the
/// recommendations above, the reviewers ask the Board to note the following wider learning:" and bullets. A trainer
/// looking for the review's learning must find each bullet as learning, not as three more recommendations.
/// </summary>
public sealed class WiderLearningForTheBoardTests
{
    private const string Review = """
        Bro Teifi Regional Safeguarding Board
        Extended Child Practice Review BTRSB 01/2026

        2. Learning points

        The core group met monthly but the plan did not change in fourteen months.

        3. Improving systems and practice

        Recommendation 1: The Regional Safeguarding Board should seek assurance that neglect plans are reviewed independently after nine months.

        Recommendation 2: The Regional Safeguarding Board should ask agencies to offer conferences in Welsh.

        4. Learning for the Regional Safeguarding Board

        Beyond the recommendations above, the reviewers ask the Board to note the following wider learning:

        - Plans that stay the same for a year without measurable change rarely change the child's experience.
        - Practitioners did not know where to find the Board's neglect toolkit.
        """;

    [Fact]
    public void BulletsOfWiderLearning_ShouldBeFindings_EvenWhereTheirIntroductionMentionsRecommendations()
    {
        var review = new ReviewExtractor().Extract(DocumentText.FromText("ecpr.txt", Review));
        Assert.Equal(2, review.Units.Count(u => u.Kind == UnitKind.Recommendation));
        Assert.Equal(UnitKind.Finding, review.Units.Single(u => u.Text.StartsWith("Plans that stay the same", StringComparison.Ordinal)).Kind);
        Assert.Equal(UnitKind.Finding, review.Units.Single(u => u.Text.StartsWith("Practitioners did not know", StringComparison.Ordinal)).Kind);
    }
}
