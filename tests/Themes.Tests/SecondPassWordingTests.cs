namespace LearningSearch.Themes.Tests;

/// <summary>
/// Wording added in the second tuning pass (docs/tagging-tuning.md, "Second pass"), written as new sentences:
/// what a trainer reads as assessment, recording, CPA, police notifications, and the passing mentions that
/// name every child or a whole workforce rather than a theme.
/// </summary>
public class SecondPassWordingTests
{
    [Theory]
    [InlineData("Plans for the baby must be informed by an assessment of both parents.")]
    [InlineData("Health visitors will consider every sibling during assessment.")]
    [InlineData("Practitioners will complete assessments that take into account the history of each adult.")]
    [InlineData("Male carers should be seen, engaged and assessed even when they do not live in the home.")]
    [InlineData("Workers will be helped to weigh risk and protective factors before closing a case.")]
    [InlineData("Clinicians will keep abuse in the differential diagnosis of every unexplained injury.")]
    public void AssessmentAsTheWorkBeingDone_ShouldBeAssessment(string text)
    {
        Assert.Contains("assessment", Shipped.ThemesOf(text));
    }

    [Fact]
    public void JudgementsAssessmentsAndDecisionMaking_AsTheSubjectOfSupervision_ShouldNotBeAssessment()
    {
        Assert.DoesNotContain("assessment", Shipped.ThemesOf("Supervisors will explore how feelings about the parents affect professional judgements, assessments and decision making."));
    }

    [Theory]
    [InlineData("Every client on the Care Programme Approach will have a safeguarding children screen.")]
    [InlineData("CPA care plans will record whether the client lives with children.")]
    public void TheCareProgrammeApproach_ShouldBeParentalMentalHealth(string text)
    {
        Assert.Contains("parental-mental-health", Shipped.ThemesOf(text));
    }

    [Theory]
    [InlineData("Housing officers will clearly record any concern a tenant raises about a child.")]
    [InlineData("The reasons for closure must be recorded on the child's file.")]
    [InlineData("A central log of all reported concerns will be kept by the team.")]
    public void WhatStaffMustWriteDown_ShouldBeRecordKeeping(string text)
    {
        Assert.Contains("record-keeping", Shipped.ThemesOf(text));
    }

    [Fact]
    public void ThePoliceAssessingPublicProtectionNotices_ShouldBePoliceAndMultiAgency_NotInformationSharing()
    {
        var themes = Shipped.ThemesOf("The hub now triages every Public Protection Notice it receives.");

        Assert.Contains("police-powers", themes);
        Assert.Contains("multi-agency-working", themes);
        Assert.DoesNotContain("information-sharing", themes);
    }

    [Fact]
    public void TheConstabularyAsTheAgencyActing_ShouldBePolice()
    {
        Assert.Contains("police-powers", Shipped.ThemesOf("The Constabulary will brief all response teams on the new guidance."));
    }

    [Theory]
    [InlineData("Child protection plans will be reviewed for measurable outcomes.")]
    [InlineData("Managers will check the progress of each child protection plan at core group.")]
    public void ChildProtectionPlansAsTheWork_ShouldBeMultiAgencyWorking(string text)
    {
        Assert.Contains("multi-agency-working", Shipped.ThemesOf(text));
    }

    [Fact]
    public void AChildSubjectToAPlan_ShouldNotBeMultiAgencyWorkingForThatAlone()
    {
        Assert.DoesNotContain("multi-agency-working", Shipped.ThemesOf("The nurse noted that the child was subject to a child protection plan."));
    }

    [Theory]
    [InlineData("A call guide will cover reports of the death of an infant or child.")]
    [InlineData("Concerns a tenant raises about their children/unborn child must be passed to the duty team.")]
    [InlineData("Training on safe sleep will be offered to midwives, health visitors and school nurses.")]
    public void EveryChildOrTheWholeHealthWorkforce_ShouldNotBeInfantsForThatAlone(string text)
    {
        Assert.DoesNotContain("pre-birth-infants", Shipped.ThemesOf(text));
    }

    [Fact]
    public void MidwiferyPractice_ShouldStillBeInfants()
    {
        Assert.Contains("pre-birth-infants", Shipped.ThemesOf("Community midwives will ask about domestic abuse at booking."));
    }

    [Fact]
    public void SupportingFamilyReunification_ShouldNotBeTheSupportingFamiliesProgramme()
    {
        Assert.DoesNotContain("early-help", Shipped.ThemesOf("Care orders can play a part in supporting family reunification."));
        Assert.Contains("early-help", Shipped.ThemesOf("The council's Supporting Families programme funds key workers."));
    }

    [Theory]
    [InlineData("Safeguarding training now includes case studies of disguised compliance.")]
    [InlineData("New guidance is cascaded to all staff through team meetings.")]
    public void WhatTrainingCoversAndHowLearningIsCascaded_ShouldBeTraining(string text)
    {
        Assert.Contains("training-learning", Shipped.ThemesOf(text));
    }

    [Fact]
    public void SupervisorsTrainedToLevelFourInSupervision_ShouldBeSupervision_NotTraining()
    {
        var themes = Shipped.ThemesOf("The ward manager is trained to level 4 in safeguarding supervision.");

        Assert.Contains("supervision", themes);
        Assert.DoesNotContain("training-learning", themes);
    }

    [Fact]
    public void ComplianceMonitoredByACommittee_ShouldBeQualityAssurance()
    {
        Assert.Contains("quality-assurance", Shipped.ThemesOf("Completion is monitored by the Quality and Safety Committee."));
    }

    [Fact]
    public void ANamedDoctorPutInPlace_ShouldBeWorkforce()
    {
        Assert.Contains("workforce-capacity", Shipped.ThemesOf("A named doctor for safeguarding has been put in place."));
    }

    [Fact]
    public void RecognisingTheSickBaby_ShouldBeAMedicalPresentation()
    {
        Assert.Contains("injuries-medical", Shipped.ThemesOf("Nursery nurses will be trained in recognising the seriously ill baby."));
    }

    [Theory]
    [InlineData("Each child in care has an IHA within 20 working days.")]
    [InlineData("RHA completion is reported to the corporate parenting board.")]
    public void StatutoryHealthAssessmentsOfChildrenInCare_ShouldBeLookedAfterChildren(string text)
    {
        Assert.Contains("looked-after-children", Shipped.ThemesOf(text));
    }

    [Fact]
    public void TheIntercollegiateDocumentCitedByYear_ShouldNotBeLookedAfterChildren()
    {
        Assert.DoesNotContain("looked-after-children", Shipped.ThemesOf("Staff are trained in line with the Intercollegiate Documents for Children 2019 and LAC 2020."));
    }

    [Theory]
    [InlineData("All ward staff must be familiar with the escalation protocol.")]
    [InlineData("The project will increase staff awareness of coercive control.")]
    [InlineData("Health visitors will attend record keeping training this year.")]
    public void MakingStaffAwareAndCompetent_ShouldBeTraining(string text)
    {
        Assert.Contains("training-learning", Shipped.ThemesOf(text));
    }

    [Theory]
    [InlineData("Hospital staff must not assume that the involvement of other agencies means the child is safe.")]
    [InlineData("Leaving care workers will work in an integrated way with housing and health.")]
    public void AgenciesWorkingTogetherInOtherWords_ShouldBeMultiAgencyWorking(string text)
    {
        Assert.Contains("multi-agency-working", Shipped.ThemesOf(text));
    }

    [Fact]
    public void ReviewingFilesForEvidenceOfPractice_ShouldBeQualityAssurance()
    {
        Assert.Contains("quality-assurance", Shipped.ThemesOf("Team managers will sample case files for evidence that fathers were seen."));
    }

    [Fact]
    public void APerformanceFrameworkSettingOutRoles_ShouldNotBeQualityAssuranceForThatAlone()
    {
        Assert.DoesNotContain("quality-assurance", Shipped.ThemesOf("A new performance framework sets out the roles of social workers and managers."));
    }

    [Fact]
    public void APsychiatristsJobTitle_ShouldNotBeParentalMentalHealth()
    {
        Assert.DoesNotContain("parental-mental-health", Shipped.ThemesOf("The named doctor, an adult psychiatrist, now chairs the safeguarding group."));
    }

    [Theory]
    [InlineData("Non-accidental injury must be considered whenever a baby presents with bruising.")]
    [InlineData("Doctors should consider the possibility of maltreatment in every unexplained fracture.")]
    public void ConsideringAbuseAsACause_ShouldBeAssessment(string text)
    {
        Assert.Contains("assessment", Shipped.ThemesOf(text));
    }

    [Fact]
    public void BeingClearWithParentsAboutConsequences_ShouldBeProfessionalCuriosityAndChallenge()
    {
        Assert.Contains("professional-curiosity", Shipped.ThemesOf("Social workers will be clear with parents about what will happen if the agreement is broken."));
    }

    [Theory]
    [InlineData("Discharge letters are sent to the GP and the health visitor on the day the baby leaves hospital.")]
    [InlineData("The school nurse was not made aware of the three attendances at the emergency department.")]
    [InlineData("Midwives complete a liaison form for every vulnerable woman.")]
    public void LettersSentOnAndProfessionalsKeptInformed_ShouldBeInformationSharing(string text)
    {
        Assert.Contains("information-sharing", Shipped.ThemesOf(text));
    }

    [Fact]
    public void GPsMadeAwareOfTheirOwnResponsibilities_ShouldNotBeInformationSharing()
    {
        Assert.DoesNotContain("information-sharing", Shipped.ThemesOf("GPs will be made aware of their duty to attend child protection conferences."));
    }

    [Fact]
    public void RevisedRecordingProcesses_ShouldBeRecordKeeping()
    {
        Assert.Contains("record-keeping", Shipped.ThemesOf("Children's services revised the recording processes for care orders."));
    }

    [Fact]
    public void ADesignatedNursePutInPlace_ShouldBeWorkforce_HoweverLongTheDescription()
    {
        Assert.Contains("workforce-capacity", Shipped.ThemesOf("A designated nurse for looked after children, who is also an experienced health visitor and trained supervisor, has been put in place."));
    }

    [Fact]
    public void PromotingFamilyMeetings_ShouldBeThinkFamily()
    {
        Assert.Contains("think-family", Shipped.ThemesOf("Social workers are expected to promote the use of family meetings before any plan is agreed."));
    }
}
