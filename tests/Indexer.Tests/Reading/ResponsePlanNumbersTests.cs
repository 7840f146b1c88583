namespace LearningSearch.Indexer.Tests.Reading;

/// <summary>
/// The Family Y response plan numbers its themes "1.", recommendations "1.1." and responses "1.1.1.";
/// in the Word version those numbers exist only as list numbering. Every format must show them.
/// </summary>
public class ResponsePlanNumbersTests
{
    [Theory]
    [InlineData("family-y-response-plan.docx")]
    [InlineData("family-y-response-plan.pdf")]
    [InlineData("family-y-response-plan.html")]
    [InlineData("family-y-response-plan.md")]
    public void FamilyYResponsePlan_ShouldKeepThemeRecommendationAndResponseNumbers(string published)
    {
        var lines = Fixtures.Read(published).Lines;

        Assert.Contains("1. Governance and supervision", lines);
        Assert.Contains(lines, l => l.StartsWith("1.1. An improvement of supervision, including supervision of supervisors", StringComparison.Ordinal));
        Assert.Contains("1.1.1. Response", lines);
        Assert.Contains(lines, l => l.StartsWith("1.4. Escalation policies must be used", StringComparison.Ordinal));
        Assert.Contains("1.4.1. Response", lines);
        Assert.Contains("2. Recognising signs and symptoms of child sexual abuse and neglect", lines);
        Assert.Contains(lines, l => l.StartsWith("12.1. It is recommended all Child Protection Partners", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("family-y-response-plan.docx")]
    [InlineData("family-y-response-plan.pdf")]
    [InlineData("family-y-response-plan.html")]
    [InlineData("family-y-response-plan.md")]
    public void FamilyYResponses_ShouldComeOutAsBullets(string published)
    {
        var lines = Fixtures.Read(published).Lines;

        var director = lines.Single(l => l.Contains("The Director of Childrens Services has a detailed improvement plan", StringComparison.Ordinal));
        Assert.StartsWith("- The Director of Childrens Services", director, StringComparison.Ordinal);
        var bullets = lines.Count(l => l.StartsWith("- ", StringComparison.Ordinal));
        var text = Fixtures.Text(Fixtures.FamilyY).Lines;
        // Three responses were typed with a "•" in front: a PDF cannot tell those from list bullets.
        var listBullets = text.Count(l => l.StartsWith("- ", StringComparison.Ordinal));
        var typedBullets = text.Count(l => l.StartsWith("• ", StringComparison.Ordinal));
        Assert.Equal((52, 3), (listBullets, typedBullets));
        Assert.InRange(bullets, listBullets, listBullets + typedBullets);
    }

    [Theory]
    [InlineData("rds20-action-plan.docx")]
    [InlineData("rds20-action-plan.pdf")]
    [InlineData("rds20-action-plan.html")]
    [InlineData("rds20-action-plan.md")]
    public void Rds20LetteredRecommendations_ShouldEachBeALineOfTheirOwn(string published)
    {
        var lines = Fixtures.Read(published).Lines;

        foreach (var letter in "ABCDE")
            Assert.Contains($"Recommendation {letter}", lines);
        Assert.Contains(lines, l => l.StartsWith("The practice of creating and sharing of Public Protection Notices did not work in this case", StringComparison.Ordinal));
    }
}
