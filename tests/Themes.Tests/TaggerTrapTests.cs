namespace LearningSearch.Themes.Tests;

/// <summary>
/// Wording that looks like one theme but belongs to another (or to none). Each rule is one a training lead
/// would agree with for any review, not a fix for one sentence.
/// </summary>
public class TaggerTrapTests
{
    [Fact]
    public void ASupervisionOrder_ShouldBeTheCourtsTheme_NotSupervision()
    {
        var themes = Shipped.ThemesOf("Any child returning home should have a child protection plan running parallel to the Supervision Order for at least six months.");

        Assert.Contains("supervision-orders-courts", themes);
        Assert.DoesNotContain("supervision", themes);
    }

    [Fact]
    public void ChildrenSubjectToSupervisionOrdersAndTheSupervisedChild_ShouldNotBeSupervision()
    {
        var themes = Shipped.ThemesOf("An audit of all children subject to supervision orders found the duty to advise, assist and befriend the supervised child poorly understood.");

        Assert.Contains("supervision-orders-courts", themes);
        Assert.DoesNotContain("supervision", themes);
    }

    [Fact]
    public void ReflectiveSupervisionNextToASupervisionOrder_ShouldBeBothThemes()
    {
        var themes = Shipped.ThemesOf("Supervision orders are reviewed by managers quarterly and discussed in reflective supervision.");

        Assert.Contains("supervision-orders-courts", themes);
        Assert.Contains("supervision", themes);
    }

    [Fact]
    public void ParentsLeavingChildrenWithoutSupervision_ShouldNotBeProfessionalSupervision()
    {
        var themes = Shipped.ThemesOf("The toddler was found playing in the road without supervision; parental supervision of the children was poor.");

        Assert.DoesNotContain("supervision", themes);
    }

    [Fact]
    public void SupervisionOfChildProtectionCases_ShouldStillBeSupervision()
    {
        Assert.Contains("supervision", Shipped.ThemesOf("Managers must ensure supervision of child protection cases happens monthly."));
    }

    [Theory]
    [InlineData("Missed health appointments should no longer be recorded as DNA but as was not brought.")]
    [InlineData("The trust has changed its DNA policy to WNB.")]
    [InlineData("She was DNA for three clinic appointments in a row.")]
    [InlineData("Children who Did Not Attend (DNA) the dental clinic were followed up.")]
    public void DnaAboutAChildsAppointment_ShouldBeWasNotBrought(string text)
    {
        Assert.Contains("was-not-brought", Shipped.ThemesOf(text));
    }

    [Theory]
    [InlineData("A DNA test confirmed that he was the child's father.")]
    [InlineData("Police took DNA samples and forensic evidence from the scene.")]
    [InlineData("Paternity was established through DNA.")]
    public void DnaAsGenetics_ShouldNotBeWasNotBrought(string text)
    {
        Assert.DoesNotContain("was-not-brought", Shipped.ThemesOf(text));
    }

    [Theory]
    [InlineData("The health visitor did not attend the initial child protection conference.")]
    [InlineData("Police did not attend the strategy discussion and the GP failed to attend the core group.")]
    [InlineData("These concerns were not brought to the attention of the designated nurse.")]
    public void ProfessionalsMissingMeetings_ShouldNotBeWasNotBrought(string text)
    {
        Assert.DoesNotContain("was-not-brought", Shipped.ThemesOf(text));
    }

    [Fact]
    public void ThinkFamilyAsTheNameOfAnAgenda_ShouldBeThinkFamily()
    {
        Assert.Contains("think-family", Shipped.ThemesOf("The 'Think Family' agenda continues to be embedded across the Constabulary."));
    }

    [Fact]
    public void FamilyInTheNamesOfOtherThings_ShouldNotBeThinkFamily()
    {
        var themes = Shipped.ThemesOf("The Stronger Families Safer Children model supports family meetings, the Family Court and the Family Nurse Partnership.");

        Assert.DoesNotContain("think-family", themes);
    }

    [Fact]
    public void ACoreGroup_ShouldBeMultiAgencyWorking_AndACoreAssessmentShouldBeAssessment()
    {
        var group = Shipped.ThemesOf("Staff must attend the core group when invited.");
        var core = Shipped.ThemesOf("Early referral to social care is required, who must complete a core assessment.");

        Assert.Contains("multi-agency-working", group);
        Assert.DoesNotContain("assessment", group);
        Assert.Contains("assessment", core);
    }

    [Fact]
    public void TheNeglectToolkit_ShouldBeNeglect_AndTheCseToolkitShouldNot()
    {
        Assert.Contains("neglect", Shipped.ThemesOf("The neglect toolkit was disseminated to all GP practices."));

        var cse = Shipped.ThemesOf("GP practices were unaware of the CSE toolkit.");
        Assert.Contains("sexual-abuse-exploitation", cse);
        Assert.DoesNotContain("neglect", cse);
    }

    [Fact]
    public void TheStockPhraseAbuseOrNeglect_ShouldNotMakeATextAboutNeglect()
    {
        var themes = Shipped.ThemesOf("Emergency department staff must always consider abuse or neglect within their differential diagnosis.");

        Assert.Contains("injuries-medical", themes);
        Assert.DoesNotContain("neglect", themes);
    }

    [Fact]
    public void EarlyHelp_ShouldBeEarlyHelp_ButHelpAloneShouldNot()
    {
        Assert.Contains("early-help", Shipped.ThemesOf("The value of an Early Help assessment was not well understood."));
        Assert.DoesNotContain("early-help", Shipped.ThemesOf("Advisors help schools to support families and help practitioners early in the year."));
    }

    [Fact]
    public void TheWordAuditAlone_ShouldNotBeQualityAssurance_ButACaseFileAuditShould()
    {
        Assert.DoesNotContain("quality-assurance", Shipped.ThemesOf("Include in the annual review; audit."));
        Assert.Contains("quality-assurance", Shipped.ThemesOf("Results from the monthly case file audit programme were good."));
    }

    [Fact]
    public void ACaseFileAudit_ShouldNotBeRecordKeeping()
    {
        Assert.DoesNotContain("record-keeping", Shipped.ThemesOf("82% of cases in the case file audit were judged good."));
    }

    [Fact]
    public void RecordingOfCrimes_ShouldBePolice_NotRecordKeeping()
    {
        var themes = Shipped.ThemesOf("To improve the recording of crimes at the first point of police contact.");

        Assert.Contains("police-powers", themes);
        Assert.DoesNotContain("record-keeping", themes);
    }

    [Fact]
    public void RecordKeepingWrittenEvenAsRecordingKeeping_ShouldBeRecordKeeping()
    {
        Assert.Contains("record-keeping", Shipped.ThemesOf("Each agency to ensure their recording keeping and management systems are robust."));
    }

    [Fact]
    public void APoliceProtectionNotice_ShouldBeInformationSharing_NotPolicePowers()
    {
        var themes = Shipped.ThemesOf("The Police Protection Notice was not shared with children's social care.");

        Assert.Contains("information-sharing", themes);
        Assert.DoesNotContain("police-powers", themes);
    }

    [Fact]
    public void ViolenceThatEscalates_ShouldBeDomesticAbuse_NotEscalation()
    {
        var themes = Shipped.ThemesOf("Domestic violence often starts or escalates in pregnancy.");

        Assert.Contains("domestic-abuse", themes);
        Assert.DoesNotContain("escalation", themes);
    }

    [Fact]
    public void SchoolNurses_ShouldNotMakeATextAboutEducation()
    {
        Assert.DoesNotContain("education", Shipped.ThemesOf("School nurses and school health teams offer drop-in sessions for school age children."));
    }

    [Fact]
    public void InHouseTrainingAndAPublicHouse_ShouldNotBeHousing()
    {
        Assert.DoesNotContain("housing", Shipped.ThemesOf("Sessions run in a private room in a local public house, with in-house training for the staff."));
    }

    [Fact]
    public void DatesOfBirth_ShouldNotBeUnbornBabies()
    {
        Assert.DoesNotContain("pre-birth-infants", Shipped.ThemesOf("Family details, ethnicity and dates of birth had not been recorded."));
    }

    [Fact]
    public void LearningDisability_ShouldNotCountAsLearningFromReviews()
    {
        var themes = Shipped.ThemesOf("A specialist nurse with an interest in learning disabilities provides outreach for disabled young people.");

        Assert.Contains("disabled-children", themes);
        Assert.DoesNotContain("training-learning", themes);
    }

    [Fact]
    public void ShortAbbreviationsInLowerCase_ShouldNotCount()
    {
        var themes = Shipped.ThemesOf("Ed said he would send the lac and mash recipe.");

        Assert.Empty(themes);
    }

    [Fact]
    public void AdultMentalHealthWithAChildsCamhsText_ShouldNotTurnIntoParentalMentalHealth()
    {
        var themes = Shipped.ThemesOf("The young person's anxiety and low mood meant CAMHS offered her mental health support.");

        Assert.Contains("child-mental-health", themes);
        Assert.DoesNotContain("parental-mental-health", themes);
    }
}
