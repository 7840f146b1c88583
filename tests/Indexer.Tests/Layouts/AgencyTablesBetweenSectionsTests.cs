using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// An appendix of single-agency learning, as partnerships publish them: under each agency its learning, then its
/// recommendations (some agencies in a table, some as numbered paragraphs), then its update. A board chair adding such
/// an appendix must get every agency's part, not the first table swallowing the rest.
/// </summary>
public sealed class AgencyTablesBetweenSectionsTests
{
    private const string Appendix = """
        Oakbridge Safeguarding Children Partnership
        Appendix B – Single agency learning and recommendations

        Introduction to this appendix

        Each agency that knew the family wrote an individual management review. Their learning and recommendations are set out below, agency by agency, with the latest update from each.

        Health: Oakbridge Community Health NHS Trust

        Learning identified by the agency

        - Health visitors closed the family to the service after two missed contacts without a discussion with the safeguarding team.
        - School nursing and health visiting records were held on different systems.

        Recommendations

        No.	Recommendation	Lead	Target date
        H1	The Trust will amend its procedure so that no child is closed to health visiting after missed contacts without a safeguarding discussion.	Named Nurse	31 March 2024
        H2	The Trust will move school nursing records to the shared record so that both services see the family's history.	Chief Nursing Information Officer	31 December 2024

        Police: Oakbridge Constabulary

        Learning identified by the agency

        - Officers at a domestic abuse incident did not record that two children lived in the house.

        Recommendations

        1.1 Oakbridge Constabulary should remind response officers that every child present at a domestic abuse incident must be recorded.
        Lead: Detective Superintendent, Public Protection. Date: December 2023.

        1.2 The Public Protection Unit should review outstanding child referrals every day so that none is delayed beyond a day.
        Lead: Detective Chief Inspector. Date: January 2024.

        Children's Social Care: Oakbridge Borough Council

        Learning identified by the agency

        - The third police notification in a year was screened as information only and no strategy discussion was held.

        Recommendations

        CSC R1: The Front Door should treat a third police notification about one household in a year as a reason for a manager's review.
        CSC R2: Children's Social Care should record in every assessment whether the child was seen alone.
        CSC R3: Children's Social Care should ensure that step-down decisions to Early Help are agreed by a team manager.

        Response from Oakbridge Borough Council (April 2024): R1 and R2 have both been met. The Front Door's recording system now flags a third notification.

        Education: Millbrook Academy

        Recommendations

        No.	Recommendation	Lead	Target date
        E1	The Academy will combine its attendance and safeguarding meetings so that the safeguarding lead sees every pupil whose attendance falls.	Headteacher	September 2023
        """;

    private static ExtractedReview Extract() => new ReviewExtractor().Extract(DocumentText.FromText("appendix-b.txt", Appendix));

    [Fact]
    public void EveryAgencysRecommendations_ShouldBeRead_WhetherInATableOrNumberedParagraphs()
    {
        var review = Extract();

        var numbers = review.Units.Where(u => u.Kind == UnitKind.Recommendation).Select(u => u.Number).Order().ToList();
        Assert.Equal(["1.1", "1.2", "E1", "H1", "H2", "R1", "R2", "R3"], numbers);
        // The police's learning is a finding of its own, not more words of the health table's last row.
        Assert.Contains(review.Units, u => u.Kind == UnitKind.Finding && u.Text.StartsWith("Officers at a domestic abuse incident", StringComparison.Ordinal));
        Assert.DoesNotContain("Officers at a domestic abuse incident", review.Units.Single(u => u.Number == "H2").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAgencysResponseNamingTwoRecommendations_ShouldAnswerThoseTwo_AsThatAgency()
    {
        var review = Extract();

        var answered = review.Units.Where(u => u.Kind == UnitKind.Action && u.Text.StartsWith("R1 and R2 have both been met", StringComparison.Ordinal)).ToList();
        var numbersAnswered = answered.Select(a => review.Units.Single(u => u.Id == a.RecommendationId).Number).ToList();
        Assert.Equal(["R1", "R2"], numbersAnswered);
        Assert.All(answered, a => Assert.Equal("Oakbridge Borough Council", a.Agency));
    }

    private const string OneTableThenNumberedParagraphs = """
        Eastmere Safeguarding Children Partnership
        Appendix C – Single agency recommendations

        This appendix sets out the recommendations each agency made in its management review, numbered as each agency numbered them.

        Health – Eastmere Hospitals NHS Foundation Trust

        Ref	Recommendation	Lead	Target date
        H1	The Trust should ensure that midwives ask about domestic abuse at every antenatal contact where the woman is seen alone.	Named Midwife	31 March 2024
        H2	The Trust should send the health visitor a written summary before a baby leaves the neonatal unit.	Named Nurse	30 June 2024

        Police – Eastmere Constabulary

        Police 1.1 Eastmere Constabulary should ensure that officers at a domestic abuse incident see and speak to every child at the address.
        Lead: Detective Superintendent, Public Protection
        Target date: 30 September 2024

        Police 1.2 The Public Protection Unit should share every notification with the child's school on the next school day.
        Lead: Detective Chief Inspector, Public Protection Unit
        Target date: 31 July 2024

        Progress on 1.1 and 1.2: the incident log cannot now be closed until each child's details are entered.
        """;

    [Fact]
    public void AgencySectionsAfterTheOnlyTable_ShouldBeReadAsThatAgencysRecommendations_WithTheirDatesAndProgress()
    {
        var review = new ReviewExtractor().Extract(DocumentText.FromText("appendix-c.txt", OneTableThenNumberedParagraphs));

        Assert.Equal(["1.1", "1.2", "H1", "H2"], review.Units.Where(u => u.Kind == UnitKind.Recommendation).Select(u => u.Number).Order());
        var police = review.Units.Single(u => u.Number == "1.1");
        // The heading names the sector and then the agency; the "Lead:" line names a post, which is kept beside it.
        Assert.Equal(["Eastmere Constabulary"], police.Agencies);
        Assert.Contains(police.Details, d => d.Label == "Lead" && d.Text.StartsWith("Detective Superintendent", StringComparison.Ordinal));
        Assert.Contains("30 September 2024", police.Dates);
        var progress = review.Units.Where(u => u.Kind == UnitKind.Action).Select(a => review.Units.Single(u => u.Id == a.RecommendationId).Number);
        Assert.Equal(["1.1", "1.2"], progress);
    }
}
