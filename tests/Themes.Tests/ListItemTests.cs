namespace LearningSearch.Themes.Tests;

/// <summary>
/// A topic that is one item of a long list ("the sessions cover A, B, C, D and E") is named in passing, not the
/// subject of the text: the labeller's rule and a trainer's. A trio is not a long list, several items of one
/// theme make the list about it, and the long steps of an action plan are sentences, not list items.
/// </summary>
public class ListItemTests
{
    [Fact]
    public void OneTopicInALongCommaList_ShouldNotTagItsTheme()
    {
        var themes = Shipped.ThemesOf("The service supports adults facing domestic abuse, mental health problems, substance misuse and learning disabilities.");

        Assert.DoesNotContain("domestic-abuse", themes);
        Assert.DoesNotContain("substance-misuse", themes);
        Assert.DoesNotContain("disabled-children", themes);
    }

    [Fact]
    public void OneTopicInABulletedList_ShouldNotTagItsTheme_ButTheSentenceAroundItShould()
    {
        var themes = Shipped.ThemesOf("A programme of briefing sessions for partners covers:\n- Child exploitation\n- The Graded Care Profile\n- Voice of the Child\n- Autism awareness\n- Thresholds");

        Assert.Contains("training-learning", themes);
        Assert.DoesNotContain("neglect", themes);
        Assert.DoesNotContain("voice-of-child", themes);
        Assert.DoesNotContain("disabled-children", themes);
    }

    [Fact]
    public void OneListItemNamingTwoToolsOfATheme_ShouldStillBeOneTopic()
    {
        var themes = Shipped.ThemesOf("The workshops cover:\n- Child sexual exploitation\n- Genograms and ecomaps\n- Team Around the Family meetings\n- Autism awareness\n- Thresholds");

        Assert.DoesNotContain("assessment", themes);
    }

    [Fact]
    public void ATrio_ShouldStillTagEachTheme()
    {
        var themes = Shipped.ThemesOf("Assessments must weigh parental mental health, substance misuse and domestic abuse together.");

        Assert.Contains("parental-mental-health", themes);
        Assert.Contains("substance-misuse", themes);
        Assert.Contains("domestic-abuse", themes);
    }

    [Fact]
    public void ALongListOfOneThemesItems_ShouldTagThatTheme()
    {
        Assert.Contains("neglect", Shipped.ThemesOf("Tools now in use include the Graded Care Profile, a neglect toolkit, home conditions checklists and hygiene prompts."));
    }

    [Fact]
    public void TheLongStepsOfAnActionPlan_ShouldStillCount()
    {
        var themes = Shipped.ThemesOf(
            "- Allocate a second keyworker to every family with a child protection plan\n- Update the holiday procedure so that cover for absence is arranged\n"
            + "- Tell every team about the new process at its next meeting\n- Check that the new process is followed in each service");

        Assert.Contains("workforce-capacity", themes);
    }
}

/// <summary>Words that name a group in passing: every child "including the unborn", a division's name, a neighbouring area.</summary>
public class PassingNameTests
{
    [Fact]
    public void ProseWithCommas_ShouldNotBeMistakenForAList()
    {
        Assert.Contains("pre-birth-infants", Shipped.ThemesOf("Review how advice is given and written down, both before and after delivery, in relation to pregnant women and their partners, and share the results."));
    }

    [Theory]
    [InlineData("Report any concern about a child or unborn child to your line manager.")]
    [InlineData("Staff will assess the risks to children, unborn children and babies.")]
    public void UnbornChildrenNamedAlongsideAllChildren_ShouldNotBeUnbornBabies(string text)
    {
        Assert.DoesNotContain("pre-birth-infants", Shipped.ThemesOf(text));
    }

    [Fact]
    public void APreBirthAssessmentOfTheUnborn_ShouldStillBeUnbornBabies()
    {
        Assert.Contains("pre-birth-infants", Shipped.ThemesOf("A pre-birth assessment must be completed for every unborn baby subject to a plan."));
    }

    [Fact]
    public void AnIncidentAcrossABorder_ShouldNotBeAMoveBetweenAreas_ButAMoveShould()
    {
        Assert.DoesNotContain("transitions-moves", Shipped.ThemesOf("Out of hours teams and neighbouring authorities will review how they communicate about serious incidents."));
        Assert.Contains("transitions-moves", Shipped.ThemesOf("The leaving care service tells the host authority when a care leaver has moved into another local authority area."));
    }

    [Fact]
    public void ADirectorsTitle_ShouldNotBeEarlyHelp()
    {
        Assert.DoesNotContain("early-help", Shipped.ThemesOf("The Assistant Director, Early Help and Safeguarding, reviews a monthly report on children subject to supervision orders."));
    }
}

/// <summary>Narrow wording added while tuning must not reach into everyday sentences about children.</summary>
public class NarrowWordingTests
{
    [Fact]
    public void MonitoringAChildsAttendanceWithAGap_ShouldNotBeQualityAssurance()
    {
        Assert.DoesNotContain("quality-assurance", Shipped.ThemesOf("The nursery will monitor her attendance closely and tell the health visitor."));
    }

    [Fact]
    public void ReportsToTheCourt_ShouldNotBeQualityAssurance()
    {
        Assert.DoesNotContain("quality-assurance", Shipped.ThemesOf("The social worker gives regular reports to the court on the child's progress."));
    }

    [Fact]
    public void APatientWithChildProtectionConcerns_ShouldNotBeThinkFamily_ButAPatientWithChildrenShould()
    {
        Assert.DoesNotContain("think-family", Shipped.ThemesOf("A patient with child protection concerns was seen in the clinic."));
        Assert.Contains("think-family", Shipped.ThemesOf("Adult ward staff ask every patient with children who is caring for them."));
    }

    [Fact]
    public void ALearningConference_ShouldNotBeMultiAgencyWorking_EvenWhenWellAttended()
    {
        Assert.DoesNotContain("multi-agency-working", Shipped.ThemesOf("Two hundred staff attended the annual learning conference on neglect."));
    }

    [Fact]
    public void TheStepsOfAnActionAsBullets_ShouldStillCount()
    {
        var themes = Shipped.ThemesOf("- Update the support plan procedure.\n- Place the social worker's details on file.\n- Support plan training includes the above.\n- Managers check at team meetings.");

        Assert.Contains("training-learning", themes);
    }
}
