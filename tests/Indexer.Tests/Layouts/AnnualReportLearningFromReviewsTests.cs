using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// A board annual report's learning section: each review a numbered section with its recommendations and then "What
/// has changed". A board chair asking "did we act on it?" must see each change against the recommendation it answers,
/// and the next review's recommendations as recommendations, not as more changes.
/// </summary>
public sealed class AnnualReportLearningFromReviewsTests
{
    private const string Report = """
        Larkfield Safeguarding Children Partnership

        Annual Report 2025 to 2026

        Section 5: Learning from reviews

        5.1 How we learn

        The partnership considered six serious incident notifications this year. Each had a rapid review, and two went on to a local child safeguarding practice review. We report here what each review recommended and what has changed.

        5.2 Child Safeguarding Practice Review: Oscar

        Oscar was fourteen when he was found with serious injuries after going missing for three days. He had been excluded from school and was known to youth justice services.

        The review made three recommendations.

        Recommendation 1: Partners should agree that any child at risk of permanent exclusion who has a social worker is discussed at a multi-agency meeting first.

        Recommendation 2: Larkfield Police should ensure that intelligence about a child's possible exploitation reaches the child's social worker within two working days.

        Recommendation 3: The Partnership should ensure that young people at risk of exploitation help to design the services meant for them.

        What has changed

        - Larkfield Council Education Services now hold a panel before any permanent exclusion of a child with a social worker. (Recommendation 1)
        - Larkfield Police send a daily intelligence summary to the children's services front door. (Recommendation 2)

        Progress against Recommendation 3 has been slower: the young people's group met twice and will be relaunched in the autumn.

        5.3 Thematic review: Infants with bruising (published February 2026)

        This review looked at the care of five babies who were seen with bruising before they could crawl.

        The review asked the partnership to take forward two recommendations:

        A. Larkfield Community Health should ensure that every bruise on a baby who is not yet mobile is discussed with the safeguarding team the same day.

        B. The Partnership should produce a leaflet for parents explaining why a bruised baby is always checked.

        Progress: The health visiting service now calls the safeguarding team from the home for every such bruise. (A)

        Progress: The leaflet was written with four families and published in March 2026. (B)

        5.4 What we will do next year

        The Practice Review Group will test whether these changes have made a difference for children.
        """;

    private static ExtractedReview Extract() => new ReviewExtractor(rulesOnly: true).Extract(DocumentText.FromText("annual-report.txt", Report));

    private static string? Answered(ExtractedReview review, string words) =>
        review.Units.Where(u => u.Kind == UnitKind.Action && u.Text.Contains(words, StringComparison.Ordinal))
            .Select(a => a.RecommendationId is null ? null : review.Units.Single(u => u.Id == a.RecommendationId).Number).Single();

    [Fact]
    public void EachReviewsRecommendations_ShouldBeRecommendations_WhateverTheirNumbering()
    {
        var review = Extract();
        Assert.Equal(["1", "2", "3", "A", "B"], review.Units.Where(u => u.Kind == UnitKind.Recommendation).Select(u => u.Number));
    }

    [Fact]
    public void WhatHasChanged_ShouldAnswerTheRecommendationEachChangeNames()
    {
        var review = Extract();
        Assert.Equal("1", Answered(review, "now hold a panel before any permanent exclusion"));
        Assert.Equal("2", Answered(review, "send a daily intelligence summary"));
        Assert.Equal("3", Answered(review, "young people's group met twice"));
        Assert.Equal("A", Answered(review, "calls the safeguarding team from the home"));
        Assert.Equal("B", Answered(review, "The leaflet was written with four families"));
    }
}
