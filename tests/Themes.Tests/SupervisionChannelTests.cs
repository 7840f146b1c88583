namespace LearningSearch.Themes.Tests;

/// <summary>
/// Supervision is a theme when a unit is about supervision or management oversight, not when it is one of the
/// channels a message travels through alongside training and team meetings.
/// </summary>
public class SupervisionChannelTests
{
    [Theory]
    [InlineData("Professional curiosity is encouraged and covered in training and supervision.")]
    [InlineData("The revised guidance will be discussed in team meetings and supervision.")]
    [InlineData("The neglect toolkit is promoted through training, supervision and advice from the safeguarding team.")]
    [InlineData("The threshold document is used within supervision, training and advice calls.")]
    public void SupervisionAsOneChannelForAMessage_ShouldNotBeSupervision(string text)
    {
        Assert.DoesNotContain("supervision", Shipped.ThemesOf(text));
    }

    [Fact]
    public void SupervisionItselfBesideAChannelList_ShouldStillBeSupervision()
    {
        var themes = Shipped.ThemesOf("Named nurses receive one to one supervision every six weeks, and have the training and supervision they need for the role.");

        Assert.Contains("supervision", themes);
    }

    [Theory]
    [InlineData("A decision to close the case needs management sign-off and a recorded rationale.")]
    [InlineData("Any departure from legal advice needs a clear management rationale on the file.")]
    [InlineData("Plans for children returning home are reviewed by managers every quarter as part of line manager oversight.")]
    public void ManagersOverseeingDecisions_ShouldBeSupervision(string text)
    {
        Assert.Contains("supervision", Shipped.ThemesOf(text));
    }
}
