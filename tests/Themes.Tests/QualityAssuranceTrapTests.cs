namespace LearningSearch.Themes.Tests;

/// <summary>
/// "Assure the partnership that staff do X" is about X; quality assurance is an audit, monitoring or
/// assurance activity described for its own sake.
/// </summary>
public class QualityAssuranceTrapTests
{
    [Theory]
    [InlineData("The partnership should seek assurance that midwives ask every pregnant woman about domestic abuse.")]
    [InlineData("The trust has given assurance that all ward staff know how to call the paediatric team.")]
    [InlineData("The impact will continue to be reviewed through the quality and assurance process.")]
    public void AssuranceThatSomethingIsDone_ShouldNotBeQualityAssurance(string text)
    {
        Assert.DoesNotContain("quality-assurance", Shipped.ThemesOf(text));
    }

    [Theory]
    [InlineData("The board will monitor attendance at child protection conferences and act on any gaps.")]
    [InlineData("The named nurse reports quarterly to the safeguarding committee on children not brought to clinic.")]
    [InlineData("The hospital is regularly auditing practice in recording who the child's carers are.")]
    [InlineData("A joint agency audit of neglect cases found plans were not reviewed.")]
    public void AnAuditOrMonitoringActivity_ShouldBeQualityAssurance(string text)
    {
        Assert.Contains("quality-assurance", Shipped.ThemesOf(text));
    }
}
