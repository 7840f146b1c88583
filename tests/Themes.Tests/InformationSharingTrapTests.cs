namespace LearningSearch.Themes.Tests;

/// <summary>Information sharing is information passing between agencies or services, not a client confiding in a worker.</summary>
public class InformationSharingTrapTests
{
    [Theory]
    [InlineData("The leaving care team will inform the host authority when a young person moves into its area.")]
    [InlineData("The GP is always notified when a child is not brought to an out-of-hours appointment.")]
    [InlineData("Expectations for the circulation of conference minutes and plans to every agency will be reinforced.")]
    [InlineData("Agencies will review their out of hours communication channels with neighbouring areas.")]
    public void PassingInformationBetweenServices_ShouldBeInformationSharing(string text)
    {
        Assert.Contains("information-sharing", Shipped.ThemesOf(text));
    }

    [Theory]
    [InlineData("Staff must act when a tenant shares information about worries at home.")]
    [InlineData("Discharge planning should start early in a long admission, not in its final days.")]
    public void ConfidingOrPlanningAlone_ShouldNotBeInformationSharing(string text)
    {
        Assert.DoesNotContain("information-sharing", Shipped.ThemesOf(text));
    }
}
