using System.Text;
using LearningSearch.Index.Units;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Reading;

/// <summary>Web pages saved from a partnership's site, as browsers show them.</summary>
public class HtmlReaderTests
{
    [Fact]
    public void APageWithScriptsStylesAndNavigation_ShouldGiveOnlyTheReviewsText()
    {
        var lines = Fixtures.Read("ads14-action-plan.html").Lines;

        Assert.Equal("Derbyshire", lines[0]);
        Assert.DoesNotContain(lines, l => l.Contains("dataLayer", StringComparison.Ordinal) || l.Contains("border-collapse", StringComparison.Ordinal));
        Assert.DoesNotContain("- Home", lines);
        Assert.Contains("- Limited / No Progress", lines);
    }

    [Fact]
    public void AMergedFirstCell_ShouldLeaveTheContinuationRowsFirstCellEmpty()
    {
        var lines = Fixtures.ReadString(".html",
            "<table><tr><th>No.</th><th>Recommendation</th><th>Action</th></tr>" +
            "<tr><td rowspan=2>8.</td><td rowspan=2>Was Not Brought</td><td>CCG codes changed</td></tr>" +
            "<tr><td>Hospital policy introduced</td></tr>" +
            "<tr><td colspan=3>Nottinghamshire agencies</td></tr></table>").Lines;

        Assert.Equal(["No.\tRecommendation\tAction", "8.\tWas Not Brought\tCCG codes changed", "\t\tHospital policy introduced", "Nottinghamshire agencies\t\t"], lines);
    }

    [Fact]
    public void ListsWithoutClosingTags_ShouldBeNumberedAsABrowserNumbersThem()
    {
        var lines = Fixtures.ReadString(".html",
            "<h2>Recommendation&nbsp;3</h2><ol type=a start=3><li>Supervision &amp; challenge<li value=7>Escalation</ol>" +
            "<ol><li>Audit<li>Training</ol><ul><li>Police<li><p>Health</ul><p>Reviewed &lsquo;January&rsquo; 2018<br>by the board").Lines;

        Assert.Equal(["Recommendation 3", "", "c. Supervision & challenge", "g. Escalation", "", "1. Audit", "2. Training", "", "- Police", "- Health", "",
            "Reviewed \u2018January\u2019 2018", "by the board"], lines);
    }

    [Fact]
    public void AnOldPageInWindows1252_ShouldKeepItsCurlyApostrophes()
    {
        var bytes = Encoding.ASCII.GetBytes("<html><head><meta charset=windows-1252></head><body><p>Children\u0001s Services</p></body></html>");
        bytes[Array.IndexOf(bytes, (byte)1)] = 0x92;

        var lines = UnreadableDocumentsTests.ReadBytes(".html", bytes).Lines;

        Assert.Equal(["Children\u2019s Services"], lines);
    }

    [Fact]
    public void AMalformedPage_ShouldGiveTheTextABrowserShowsWithoutScriptsStylesOrAnError()
    {
        var lines = Fixtures.ReadString(".html",
            "<html><head><title>Review &amp; plan</title><style>p { color: red }</style>" +
            "<script>if (a < b) document.write('<p>Recommendation 9</p>')</script>" +
            "<body><h1>Learning from Child R<p>The <b>health visitor <i>was not</b> told</i> of the move" +
            "<p>Agencies&nbsp;should share &lsquo;Was Not Brought&rsquo; data &copy 2019 </td></tr></table></li>" +
            "<table><tr><td>8.<td>Codes changed</table stray <p>Reviewed 2018 <!-- never closed <p>hidden").Lines;

        Assert.Equal(["Learning from Child R", "", "The health visitor was not told of the move", "",
            "Agencies should share \u2018Was Not Brought\u2019 data \u00A9 2019", "", "8.\tCodes changed", "", "Reviewed 2018"], lines);
    }

    [Fact]
    public void AListInsideAListItem_ShouldNumberEachListOnItsOwn()
    {
        var lines = Fixtures.ReadString(".html",
            "<ol><li>Governance<ol type=\"a\"><li>Supervision</li><li>Escalation<ul><li>Police</li></ul></li></ol></li><li>Training</li></ol>").Lines;

        Assert.Equal(["1. Governance", "a. Supervision", "b. Escalation", "- Police", "2. Training"], lines);
    }

    [Fact]
    public void AListOfLetteredRecommendationsStartingAtC_ShouldBeLabelledCDE()
    {
        var lines = Fixtures.ReadString(".html",
            "<p>Recommendations</p><ol type=\"a\" start=\"3\"><li>Supervision</li><li>Escalation</li><li>Training</li></ol>").Lines;

        Assert.Equal(["Recommendations", "", "c. Supervision", "d. Escalation", "e. Training"], lines);
    }

    [Fact]
    public void AnActionPlanWhoseRecommendationSpansThreeRows_ShouldLeaveItsCellEmptyOnTheRowsBelow()
    {
        var lines = Fixtures.ReadString(".html",
            "<table><tr><th>No.</th><th>Recommendation</th><th>Action</th><th>RAG</th></tr>" +
            "<tr><td>8.</td><td rowspan=\"3\"><p>Was Not Brought</p><p>policy</p></td><td>CCG codes<br>changed</td><td>Green</td></tr>" +
            "<tr><td></td><td><ul><li>Hospital policy</li><li>GP audit</li></ul></td><td>Amber</td></tr>" +
            "<tr><td></td><td>Training</td><td>Red</td></tr>" +
            "<tr><td>9.</td><td>Escalation</td><td>Briefing</td><td>Green</td></tr></table>").Lines;

        Assert.Equal(["No.\tRecommendation\tAction\tRAG", "8.\tWas Not Brought policy\tCCG codes changed\tGreen",
            "\t\t- Hospital policy - GP audit\tAmber", "\t\tTraining\tRed", "9.\tEscalation\tBriefing\tGreen"], lines);
    }

    [Fact]
    public void AnOldPageThatNeverClosesItsFontTags_ShouldStillBeRead()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 6000).Select(i => $"<p><font face=Arial>Action {i}"));

        var lines = Fixtures.ReadString(".html", "<body>" + paragraphs).Lines;

        Assert.Equal("Action 6000", lines[^1]);
    }

    [Fact]
    public void APageNestedThousandsOfTagsDeep_ShouldBeRefusedQuicklyWithTheReason()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var refusal = Assert.Throws<UnreadableDocumentException>(() =>
            Fixtures.ReadString(".html", "<p>Recommendation 1</p>" + string.Concat(Enumerable.Repeat("<div><b>", 50_000)) + "text"));

        Assert.Equal("the web page nests its elements more than 4,096 deep (tags opened and never closed) and is too malformed to read; save its text or a PDF of it", refusal.Reason);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }
}
