namespace LearningSearch.Themes.Tests;

/// <summary>
/// Training is the subject of most sentences that mention it in an action plan, but a memo or a briefing about
/// a procedure is not training. "Multi-agency" is an adjective reviews put on almost anything; multi-agency
/// working is referrals, conferences, joint protocols and agencies talking to each other.
/// </summary>
public class TrainingAndMultiAgencyTrapTests
{
    [Theory]
    [InlineData("Bruising in babies who are not yet mobile is now covered in level 3 safeguarding training for all health visitors.")]
    [InlineData("The trust has updated its domestic abuse training to include routine enquiry in the antenatal clinic.")]
    [InlineData("All ward staff attended training on responding to a deteriorating infant.")]
    [InlineData("A practice learning event for GPs and school nurses will share the learning from this review.")]
    public void TrainingDeliveredOrRequired_ShouldBeTrainingLearning(string text)
    {
        Assert.Contains("training-learning", Shipped.ThemesOf(text));
    }

    [Fact]
    public void AManagementBriefingOnAChangedProcedure_ShouldNotBeTrainingLearning()
    {
        Assert.DoesNotContain("training-learning", Shipped.ThemesOf("A management briefing was issued so that team leaders know the procedure has changed."));
    }

    [Fact]
    public void YoungPeopleNotInEducationTrainingOrEmployment_ShouldNotBeTrainingLearning()
    {
        Assert.DoesNotContain("training-learning", Shipped.ThemesOf("The youth team supports young people who are not in education, training or employment."));
    }

    [Theory]
    [InlineData("The hospital's multi-disciplinary team reviewed the ward's discharge checklist.")]
    [InlineData("Health visitors see children subject to supervision orders monthly, in line with Working Together to Safeguard Children 2018.")]
    [InlineData("A Think Family learning conference was held for all staff of the trust.")]
    [InlineData("The inter-agency guidance on drug and alcohol using parents was placed on the intranet.")]
    public void MultiAgencyAsAWordInPassing_ShouldNotBeMultiAgencyWorking(string text)
    {
        Assert.DoesNotContain("multi-agency-working", Shipped.ThemesOf(text));
    }

    [Theory]
    [InlineData("A written protocol between the hospital and children's social care sets out who arranges the discharge planning meeting.")]
    [InlineData("Housing support workers will contact the allocated social worker within a week of starting work with a family.")]
    [InlineData("Alcohol workers invited to a child protection conference should attend or send a report.")]
    [InlineData("Staff will make appropriate referrals where their assessment shows a child may be at risk.")]
    public void AgenciesWorkingTogether_ShouldBeMultiAgencyWorking(string text)
    {
        Assert.Contains("multi-agency-working", Shipped.ThemesOf(text));
    }
}
