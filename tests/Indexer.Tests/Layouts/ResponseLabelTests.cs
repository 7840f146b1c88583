using LearningSearch.Indexer.Layouts.SectionedReport;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// A response's label says who answers: when its own words name no organisation ("Accepted. A short-life working
/// group will ..."), the response is cited as the respondent's, so the board chair sees whose answer it is.
/// </summary>
public sealed class ResponseLabelTests
{
    [Theory]
    [InlineData("CPC response to 3(c)", "CPC")]
    [InlineData("Response of the CPC", "CPC")]
    [InlineData("Response of the CPC to Recommendations 4 and 5", "CPC")]
    [InlineData("Responses from the SBNI", "SBNI")]
    [InlineData("Update by ICB", "ICB")]
    public void ALabelNamingItsRespondent_ShouldSayWhoResponds(string label, string respondent) =>
        Assert.Equal(respondent, ResponseLine.Respondent(label));

    [Theory]
    [InlineData("Response")]
    [InlineData("Response to R2 and R3")]
    [InlineData("Partnership response")]
    [InlineData("Response of partners")]
    public void ALabelNamingNoRespondent_ShouldSayNone(string label) =>
        Assert.Null(ResponseLine.Respondent(label));
}
