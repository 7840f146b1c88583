namespace LearningSearch.Themes.Tests;

/// <summary>
/// A service named only as the setting of an action (a floating support team, a mother and baby unit) does not
/// make the action about that service's subject; what the action does (cover for absence, appointing staff,
/// a medical emergency, police notifications) does.
/// </summary>
public class ServiceSettingTrapTests
{
    [Fact]
    public void CoverForAFloatingSupportWorkersAbsence_ShouldBeWorkforce_NotHousing()
    {
        var themes = Shipped.ThemesOf("The floating support service will make sure a second keyworker covers any period of absence of the allocated worker.");

        Assert.Contains("workforce-capacity", themes);
        Assert.DoesNotContain("housing", themes);
    }

    [Fact]
    public void TrainingForStaffOfAMotherAndBabyUnit_ShouldBeInfants_NotParentalMentalHealth()
    {
        var themes = Shipped.ThemesOf("All staff at the mother and baby unit complete annual training in paediatric life support.");

        Assert.Contains("pre-birth-infants", themes);
        Assert.Contains("injuries-medical", themes);
        Assert.DoesNotContain("parental-mental-health", themes);
    }

    [Fact]
    public void AMotherWithPsychosisInAMotherAndBabyUnit_ShouldStillBeParentalMentalHealth()
    {
        Assert.Contains("parental-mental-health", Shipped.ThemesOf("The mother was admitted to a mother and baby unit with postnatal psychosis."));
    }

    [Fact]
    public void AHealthVisitorAppointedToATeam_ShouldBeWorkforce()
    {
        Assert.Contains("workforce-capacity", Shipped.ThemesOf("The trust appointed a health visitor to the inpatient unit to strengthen the team."));
    }

    [Fact]
    public void PoliceCheckingPublicProtectionNotices_ShouldBePoliceAndInformationSharing()
    {
        var themes = Shipped.ThemesOf("Police staff in the hub now check every Public Protection Notice for missing details of children before it goes to the local authority.");

        Assert.Contains("police-powers", themes);
        Assert.Contains("information-sharing", themes);
    }
}
