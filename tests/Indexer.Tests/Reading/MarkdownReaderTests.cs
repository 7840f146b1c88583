using LearningSearch.Index.Units;
using LearningSearch.Indexer.Reading;

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
    public void ANumberedHeadingJoinedToTheListUnderIt_ShouldKeepTheNumbersTheAuthorTyped()
    {
        // Markdown joins "8. Recommendations" and the list under it into one list shown as 8, 9, 10; the author numbered
        // the recommendations 1 and 2.
        var lines = Fixtures.ReadString(".md", "8. Recommendations for the Board\n\n1. The Board should relaunch its bruising protocol.\n\n2. The Board should audit strategy discussions.").Lines;

        Assert.Equal(["8. Recommendations for the Board", "", "1. The Board should relaunch its bruising protocol.", "", "2. The Board should audit strategy discussions."], lines);
    }

    [Fact]
    public void APipeTable_ShouldGiveTabSeparatedRowsWithoutItsDelimiterRow()
    {
        var lines = Fixtures.ReadString(".md",
            "| No. | Recommendation | RAG |\n|:---|---|---:|\n| 8. | Was Not Brought \\| DNA | Green |\n| | Hospital policy |\n").Lines;

        Assert.Equal(["No.\tRecommendation\tRAG", "8.\tWas Not Brought | DNA\tGreen", "\tHospital policy\t"], lines);
    }

    [Fact]
    public void ATableWithEmphasisLinksAndHtmlInItsCells_ShouldKeepWhatTheCleaningStepReads()
    {
        var lines = Fixtures.ReadString(".md",
            "| **No.** | *Recommendation* | Action |\n|---|---|---|\n" +
            "| 8. | **Was Not Brought** in [policy](https://example.org) | <p>Codes changed on 20<sup>th</sup> June</p> <p>Audit &amp; training</p> |\n").Lines;

        Assert.Equal(["**No.**\t*Recommendation*\tAction",
            "8.\t**Was Not Brought** in policy\t<p>Codes changed on 20<sup>th</sup> June</p> <p>Audit &amp; training</p>"], lines);
    }

    [Fact]
    public void ListsInsideListItems_ShouldEachBeNumberedFromTheirOwnStart()
    {
        var lines = Fixtures.ReadString(".md",
            "1. Governance\n   1. Supervision\n   1. Escalation\n      - Police\n2. Training\n\n3) Audit\n4) Review").Lines;

        Assert.Equal(["1. Governance", "1. Supervision", "2. Escalation", "- Police", "2. Training", "", "3) Audit", "4) Review"], lines);
    }

    [Fact]
    public void CodeAndQuotes_ShouldReadAsTheirText()
    {
        var lines = Fixtures.ReadString(".md",
            "> The review found\n> gaps.\n\n```\nre:\\bs\\.?47\n  kept\n```\n\n<!-- a note to the editor -->\n\nEnd `code\\.` here").Lines;

        Assert.Equal(["The review found gaps.", "", "re:\\bs\\.?47", "kept", "", "End code\\. here"], lines);
    }

    [Fact]
    public void MarkdownNestedPastWhatMarkdigFollows_ShouldBeRefusedWithTheReason()
    {
        var refusal = Assert.Throws<UnreadableDocumentException>(() =>
            Fixtures.ReadString(".md", "Recommendation 1\n\n" + new string('>', 5_000) + " quoted"));

        Assert.StartsWith("the Markdown could not be read (", refusal.Reason, StringComparison.Ordinal);
        Assert.EndsWith("); save it as plain text", refusal.Reason, StringComparison.Ordinal);
    }
}
