namespace LearningSearch.Themes.Tests;

/// <summary>Recording as a practice (systems, codes, what is recorded and shared), not every use of the word "record".</summary>
public class RecordKeepingTrapTests
{
    [Theory]
    [InlineData("The health visiting service will review how it records and shares information about families who move.")]
    [InlineData("New electronic codes have been set up so that clinic staff can mark a child who was not brought.")]
    [InlineData("Managers must make sure recording is completed within timescale on every child protection case.")]
    [InlineData("The discharge software will be changed to allow recording of social care involvement.")]
    public void RecordingAsAPractice_ShouldBeRecordKeeping(string text)
    {
        Assert.Contains("record-keeping", Shipped.ThemesOf(text));
    }

    [Fact]
    public void SupervisionDocumentation_ShouldBeSupervision_NotRecordKeeping()
    {
        var themes = Shipped.ThemesOf("The supervision documentation will prompt supervisors to explore the emotional impact of the work on the supervisee.");

        Assert.Contains("supervision", themes);
        Assert.DoesNotContain("record-keeping", themes);
    }
}
