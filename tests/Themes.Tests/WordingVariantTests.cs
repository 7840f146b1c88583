namespace LearningSearch.Themes.Tests;

/// <summary>Reviews say the same thing many ways; a rule written once must find them all.</summary>
public class WordingVariantTests
{
    [Theory]
    [InlineData("The child was not brought to the clinic.")]
    [InlineData("The child wasn't brought to the clinic.")]
    [InlineData("The child wasn’t brought to the clinic.")]
    [InlineData("Children not being brought to appointments is a sign of neglect.")]
    [InlineData("There were missed appointments.")]
    [InlineData("She had three missed medical appointments.")]
    [InlineData("The mother missed two health appointments.")]
    [InlineData("Children who are persistently WNB.")]
    [InlineData("Parents who didn't attend with the baby.")]
    [InlineData("No-access visits were recorded.")]
    public void WaysOfSayingWasNotBrought_ShouldAllBeWasNotBrought(string text)
    {
        Assert.Contains("was-not-brought", Shipped.ThemesOf(text));
    }

    [Theory]
    [InlineData("multi-agency working", "multi-agency-working")]
    [InlineData("multi agency working", "multi-agency-working")]
    [InlineData("multiagency working", "multi-agency-working")]
    [InlineData("Multi-Agency Safeguarding Hub", "multi-agency-working")]
    [InlineData("co-sleeping", "safer-sleep")]
    [InlineData("co sleeping", "safer-sleep")]
    [InlineData("cosleeping", "safer-sleep")]
    [InlineData("self harm", "child-mental-health")]
    [InlineData("self-harm", "child-mental-health")]
    [InlineData("non- engagement", "professional-curiosity")]
    public void HyphensSpacesOrNothing_ShouldMatchTheSame(string text, string themeId)
    {
        Assert.Contains(themeId, Shipped.ThemesOf(text));
    }

    [Theory]
    [InlineData("controlling behaviour", "controlling behavior", "domestic-abuse")]
    [InlineData("the paediatric examination", "the pediatric examination", "injuries-medical")]
    [InlineData("quality assurance of the organisation", "quality assurance of the organization", "quality-assurance")]
    [InlineData("a walk-in centre", "a walk-in center", "injuries-medical")]
    [InlineData("the Freedom Programme", "the Freedom Program", "domestic-abuse")]
    [InlineData("routine enquiry", "routine inquiry", "domestic-abuse")]
    [InlineData("retinal haemorrhages", "retinal hemorrhages", "injuries-medical")]
    [InlineData("child-centred", "child-centered", "voice-of-child")]
    [InlineData("healthy scepticism", "healthy skepticism", "professional-curiosity")]
    public void BritishAndAmericanSpellings_ShouldBothMatch(string british, string american, string themeId)
    {
        Assert.Contains(themeId, Shipped.ThemesOf(british));
        Assert.Contains(themeId, Shipped.ThemesOf(american));
    }

    [Theory]
    [InlineData("Concerns were escalated to the head of service.", "escalation")]
    [InlineData("Staff must escalate concerns.", "escalation")]
    [InlineData("Chronologies were not kept up to date.", "record-keeping")]
    [InlineData("The fathers were not assessed.", "fathers-hidden-men")]
    [InlineData("Information was shared with the school.", "information-sharing")]
    [InlineData("The GP shared safeguarding information promptly.", "information-sharing")]
    [InlineData("Disabilities were not considered.", "disabled-children")]
    [InlineData("Referred to children's social care.", "multi-agency-working")]
    [InlineData("The voices of children were not heard.", "voice-of-child")]
    [InlineData("The children’s voices were not heard.", "voice-of-child")]
    public void PluralAndVerbForms_ShouldMatchTheBaseWord(string text, string themeId)
    {
        Assert.Contains(themeId, Shipped.ThemesOf(text));
    }

    [Theory]
    [InlineData("CP-IS", "information-sharing")]
    [InlineData("CP- IS", "information-sharing")]
    [InlineData("CPIS", "information-sharing")]
    [InlineData("referred to the MASH", "multi-agency-working")]
    [InlineData("discussed at MARAC", "domestic-abuse")]
    [InlineData("a Marac referral", "domestic-abuse")]
    [InlineData("signs of CSE", "sexual-abuse-exploitation")]
    [InlineData("signs of CSA", "sexual-abuse-exploitation")]
    [InlineData("referred to CAMHS", "child-mental-health")]
    [InlineData("the LAC nurse", "looked-after-children")]
    [InlineData("SUDI prevention", "safer-sleep")]
    [InlineData("PPNs were submitted", "information-sharing")]
    [InlineData("a TAF meeting", "early-help")]
    [InlineData("S47 enquiries", "multi-agency-working")]
    [InlineData("s.47 enquiries", "multi-agency-working")]
    [InlineData("section 47 enquiries", "multi-agency-working")]
    [InlineData("the S11 audit", "quality-assurance")]
    [InlineData("seen in A&E", "injuries-medical")]
    [InlineData("seen in A & E", "injuries-medical")]
    public void Abbreviations_ShouldBeRecognised(string text, string themeId)
    {
        Assert.Contains(themeId, Shipped.ThemesOf(text));
    }

    [Fact]
    public void CaseAndCurlyApostrophes_ShouldNotMatter()
    {
        Assert.Contains("voice-of-child", Shipped.ThemesOf("THE CHILD’S VOICE WAS LOST"));
        Assert.Contains("voice-of-child", Shipped.ThemesOf("the child's voice was lost"));
    }
}
