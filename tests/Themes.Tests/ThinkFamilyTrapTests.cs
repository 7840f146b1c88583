namespace LearningSearch.Themes.Tests;

/// <summary>
/// Think Family: adult-facing services considering their clients' children, and whole-family tools such as
/// family meetings, even where the words "Think Family" are not used.
/// </summary>
public class ThinkFamilyTrapTests
{
    [Theory]
    [InlineData("Housing officers will ask after the wellbeing of tenants with children at every visit.")]
    [InlineData("Adult alcohol workers invited to a child protection conference should attend or send a report.")]
    [InlineData("The risk form will capture what is relevant to the client and their family.")]
    [InlineData("Family group conferences are offered before proceedings begin.")]
    [InlineData("A strategy is needed for joint working between children's social care and substance misuse services.")]
    public void AdultServicesSeeingTheFamily_ShouldBeThinkFamily(string text)
    {
        Assert.Contains("think-family", Shipped.ThemesOf(text));
    }

    [Theory]
    [InlineData("A Team Around the Family meeting was held at the school.")]
    [InlineData("Drug and alcohol workers will attend safeguarding children training.")]
    public void FamilyOrAdultServicesNamedInPassing_ShouldNotBeThinkFamily(string text)
    {
        Assert.DoesNotContain("think-family", Shipped.ThemesOf(text));
    }

    [Fact]
    public void ACareLeaversPartnerWhoHasChildren_ShouldBeFathersAndHiddenMen()
    {
        Assert.Contains("fathers-hidden-men", Shipped.ThemesOf("Leaving care workers should think about the safety of children when a young person is in a relationship with a partner who has children."));
    }
}
