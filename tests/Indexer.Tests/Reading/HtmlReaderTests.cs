using System.Text;

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
}
