namespace LearningSearch.Themes.Tests;

/// <summary>
/// Wording that the dev set's labelling rules (tests/Themes.Tests/DevSet/README.md) name for a theme, written
/// here as new sentences: adult services thinking about patients' children, notices and written confirmations
/// of what is shared, an adult emergency department, reports to a board, moves to adulthood.
/// </summary>
public class LabellingRuleTests
{
    [Theory]
    [InlineData("Emergency department staff treating adults should refer their patients' children for early help.")]
    [InlineData("Adult ED staff now ask whether patients have dependent children.")]
    [InlineData("Clinicians identify clients who are parents at their first appointment.")]
    public void AdultServicesAskingAboutChildren_ShouldBeThinkFamily(string text)
    {
        Assert.Contains("think-family", Shipped.ThemesOf(text));
    }

    [Fact]
    public void AnAdultEmergencyDepartment_ShouldNotBeAChildsMedicalPresentation()
    {
        Assert.DoesNotContain("injuries-medical", Shipped.ThemesOf("The adult emergency department asks every patient who looks after their children."));
    }

    [Theory]
    [InlineData("A privacy notice tells families what the service shares and with whom.")]
    [InlineData("Every verbal referral must be followed by written confirmation within 48 hours.")]
    public void NoticesAndWrittenConfirmations_ShouldBeInformationSharing(string text)
    {
        Assert.Contains("information-sharing", Shipped.ThemesOf(text));
    }

    [Fact]
    public void SupervisionReportedToTheTrustBoard_ShouldBeQualityAssurance()
    {
        Assert.Contains("quality-assurance", Shipped.ThemesOf("Compliance with supervision is monitored by the named nurse and reported to the Trust Board twice a year."));
    }

    [Fact]
    public void TheHandoverFromHealthVisitorToSchoolNurse_ShouldBeATransition()
    {
        Assert.Contains("transitions-moves", Shipped.ThemesOf("The handover from health visitor to school nurse will include a face to face discussion of vulnerable children."));
    }
}

/// <summary>The voice of the child, written as practitioners write it.</summary>
public class VoiceOfTheChildWordingTests
{
    [Theory]
    [InlineData("The model puts the child first and makes sure their voice shapes the plan.")]
    [InlineData("Social workers will speak with each child alone at every visit.")]
    [InlineData("Children must be seen and heard at every review.")]
    public void TheChildsOwnViews_ShouldBeVoiceOfTheChild(string text)
    {
        Assert.Contains("voice-of-child", Shipped.ThemesOf(text));
    }
}
