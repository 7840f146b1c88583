using LearningSearch.Index.Units;
using LearningSearch.Indexer.Model;
using static LearningSearch.Indexer.Tests.Layouts.LayoutDocuments;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// A practice review with numbered "Learning points" and then "Recommendations" lettered A to E, the first with
/// sub-items (a) to (c). In Word and on the web page the letters are list numbering, not typed text.
/// </summary>
public sealed class LearningPointsAndLetteredRecommendationsTests
{
    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(LayoutDocuments))]
    public void LetteredRecommendations_ShouldBeReadAsRecommendationsAThroughE(string format)
    {
        var review = Extract(LearningPointsLettered, format);

        Assert.Equal("SectionedReportLayout", review.Review.Layout);
        Assert.Equal(["A", "B", "C", "D", "E"], review.Numbers(UnitKind.Recommendation));
        Assert.All(review.Units.Where(u => u.Kind == UnitKind.Recommendation), u => Assert.Equal("Recommendations", u.Heading));
        Assert.Equal(["Westvale City Council Children's Services"], review.Recommendation("C").Agencies);
    }

    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(LayoutDocuments))]
    public void LearningPoints_ShouldBeFindingsNeverRecommendations(string format)
    {
        var review = Extract(LearningPointsLettered, format);

        var learningPoints = review.Units.Where(u => u.Heading == "Learning points").ToList();
        Assert.Equal(["1", "2", "3", "4"], learningPoints.Select(u => u.Number));
        Assert.All(learningPoints, u => Assert.Equal(UnitKind.Finding, u.Kind));
        Assert.StartsWith("A late booking for antenatal care should prompt professional curiosity", learningPoints[0].Text);
    }

    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(LayoutDocuments))]
    public void SubItemsOfARecommendation_ShouldStayInItsTextRatherThanBecomeRecommendations(string format)
    {
        var review = Extract(LearningPointsLettered, format);

        // A web page's lettered list prints "a." where the Word document prints "(a)".
        var (first, third) = format == ".html" ? ("a.", "c.") : ("(a)", "(c)");
        var a = Words(review.Recommendation("A").Text);
        Assert.Contains($"in particular that: {first} referrals are made no later than twenty weeks", a);
        Assert.Contains($"{third} a pre-birth conference is held before thirty-six weeks where the threshold is met.", a);
        Assert.DoesNotContain(review.Units, u => u.Number is "a" or "b" or "c");
    }

    [Theory]
    [MemberData(nameof(Formats), MemberType = typeof(LayoutDocuments))]
    public void TheBackgroundAndConclusion_ShouldBeFindingsUnderTheirHeadings(string format)
    {
        var review = Extract(LearningPointsLettered, format);

        Assert.Equal(2, review.Units.Count(u => u.Heading == "Background" && u.Kind == UnitKind.Finding));
        Assert.StartsWith("Agencies worked hard to support this family", review.Units.Single(u => u.Heading == "Conclusion").Text);
    }
}
