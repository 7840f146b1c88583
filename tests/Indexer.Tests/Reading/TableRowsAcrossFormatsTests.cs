namespace LearningSearch.Indexer.Tests.Reading;

/// <summary>
/// The same action plan, published as a web page, Markdown, Word or PDF, gives the layouts the table
/// rows the text version gives them. Rows are compared cell by cell after evening out markup.
/// </summary>
public class TableRowsAcrossFormatsTests
{
    [Theory]
    [InlineData("ads14-action-plan.html", Fixtures.Ads14, 1.0)]
    [InlineData("ads14-action-plan.md", Fixtures.Ads14, 1.0)]
    [InlineData("ads14-action-plan.docx", Fixtures.Ads14, 1.0)]
    [InlineData("an09-imr-recommendations.html", Fixtures.An09, 1.0)]
    [InlineData("an09-imr-recommendations.md", Fixtures.An09, 1.0)]
    [InlineData("an09-imr-recommendations.docx", Fixtures.An09, 1.0)]
    // A PDF row cut by a page break where the next page starts with a capital after a full stop stays
    // two rows, and a superscript or a word broken across lines can read differently: measured 95% and 97%.
    [InlineData("ads14-action-plan.pdf", Fixtures.Ads14, 0.9)]
    [InlineData("an09-imr-recommendations.pdf", Fixtures.An09, 0.95)]
    // Without borders the columns come from white space alone, and a page that starts inside a row
    // has no line with two columns to find the table by: measured 46%.
    [InlineData("ads14-action-plan-no-borders.pdf", Fixtures.Ads14, 0.4)]
    public void APublishedActionPlan_ShouldGiveTheTextsTableRows(string published, string text, double atLeast)
    {
        var found = Fixtures.RowsFound(Fixtures.Text(text), Fixtures.Read(published));

        Assert.True(found >= atLeast, $"{published}: {found:P1} of the text's table rows found, expected at least {atLeast:P0}");
    }

    [Theory]
    [InlineData("ads14-action-plan.html")]
    [InlineData("ads14-action-plan.md")]
    [InlineData("ads14-action-plan.docx")]
    [InlineData("ads14-action-plan.pdf")]
    public void Ads14Recommendation8_ShouldKeepItsRowAndItsAgencyResponses(string published)
    {
        var expected = Fixtures.TableRows(Fixtures.Text(Fixtures.Ads14));
        var rows = Fixtures.TableRows(Fixtures.Read(published));

        var recommendation8 = expected.Single(r => r[0] == "8.");
        Assert.Contains(rows, r => r.SequenceEqual(recommendation8));
        Assert.StartsWith("Missed medical appointments for children on a child protection", rows.Single(r => r[0] == "8.")[1], StringComparison.Ordinal);
        var wasNotBrought = expected.Single(r => r.Length > 2 && r[2].StartsWith("The Derbyshire CCG's have confirmed that the 'Was Not Brought' animation", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.SequenceEqual(wasNotBrought));
        Assert.Equal(["", "", wasNotBrought[2], "Confirmed July 2017"], wasNotBrought);
    }

    [Theory]
    [InlineData("ads14-action-plan.html")]
    [InlineData("ads14-action-plan.md")]
    [InlineData("ads14-action-plan.docx")]
    [InlineData("ads14-action-plan.pdf")]
    public void Ads14HeaderRow_ShouldComeOutAsTabSeparatedColumnNames(string published)
    {
        var lines = Fixtures.Read(published).Lines;

        Assert.Contains("\tRecommendation & Question for the Board (as suggested by the Overview writer)\tAction taken\tFurther action and/or completion date\tImpact\tRAG", lines);
    }
}
