namespace LearningSearch.Meaning.Tests;

/// <summary>Units written the way reviews word them (the first three as in the bundled corpus), for the stories.</summary>
internal static class Recommendations
{
    public static readonly UnitText SaferSleep = new("an09/rec-38",
        "To carry out a review of how co-sleeping advice is delivered and documented, both antenatally and post-delivery, " +
        "in relation to pregnant women and partners with problematic substance misuse.");

    public static readonly UnitText WasNotBrought = new("family-y/rec-8.1",
        "The LA adopts the more appropriate terminology of 'Was Not Brought' (WNB) instead of 'Did Not Attend' (DNA) which " +
        "unjustly places an emphasis on a child when it is the parent or guardian who does not bring a child or young person to an appointment.");

    public static readonly UnitText DomesticAbuseNotices = new("rds20/rec-a/action-3",
        "The Safeguarding Coordination Hub and Domestic Abuse Referral Team within Derbyshire Police review and process all " +
        "Public Protection Notices and check the notices for data quality before submitting them to the relevant Local Authority.");

    public static readonly UnitText SchoolAttendance = new("test/rec-2",
        "Schools should follow up every unexplained absence on the first day and refer persistent non-attendance to the " +
        "education welfare service, recording the child's attendance pattern on the safeguarding file.");

    public static readonly UnitText Supervision = new("test/rec-3",
        "Managers should provide regular reflective supervision to social workers holding child protection cases, " +
        "with case decisions recorded on the child's file.");

    public static readonly IReadOnlyList<UnitText> All = [SaferSleep, WasNotBrought, DomesticAbuseNotices, SchoolAttendance, Supervision];
}
