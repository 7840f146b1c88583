namespace LearningSearch.Indexer.Tests.Reading;

/// <summary>Reviews kept as Markdown, read as GitHub shows them.</summary>
public class MarkdownReaderTests
{
    [Fact]
    public void HeadingsAndWrappedParagraphs_ShouldComeOutAsOneLineEach()
    {
        var lines = Fixtures.ReadString(".md",
            "## Recommendation A ##\n\nThe practice of sharing Public Protection Notices\ndid not work in this case.\n\nSummary\n=======\nSee [the plan](https://example.org/plan) \\*draft\\*.").Lines;

        Assert.Equal(["Recommendation A", "", "The practice of sharing Public Protection Notices did not work in this case.", "", "Summary", "", "See the plan *draft*."], lines);
    }

    [Fact]
    public void AListNumberedOneOneOne_ShouldShowTheNumbersMarkdownShows()
    {
        var lines = Fixtures.ReadString(".md", "1. Governance\n1. Supervision\n1. Escalation\n\n* Police\n+ Health").Lines;

        Assert.Equal(["1. Governance", "2. Supervision", "3. Escalation", "", "- Police", "- Health"], lines);
    }

    [Fact]
    public void APipeTable_ShouldGiveTabSeparatedRowsWithoutItsDelimiterRow()
    {
        var lines = Fixtures.ReadString(".md",
            "| No. | Recommendation | RAG |\n|:---|---|---:|\n| 8. | Was Not Brought \\| DNA | Green |\n| | Hospital policy |\n").Lines;

        Assert.Equal(["No.\tRecommendation\tRAG", "8.\tWas Not Brought | DNA\tGreen", "\tHospital policy\t"], lines);
    }
}
