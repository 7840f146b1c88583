using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// An appendix of single-agency learning: each agency's section opens with its sector and name ("Police: Eastmere
/// Constabulary"), then "Learning identified by the agency" and "Recommendations" whose sentences name the agency's own
/// parts ("The Public Protection Unit should", "The force should", "The Front Door should"). A board chair filtering by
/// agency must find all three under Eastmere Constabulary, not under a unit's name or nobody.
/// </summary>
public sealed class ImrSectionOrganisationTests
{
    private const string Appendix = """
        Eastmere Safeguarding Children Partnership
        Local Child Safeguarding Practice Review: Child J
        Appendix C: Single agency learning and recommendations

        Introduction to this appendix

        Each agency that knew Child J completed an individual management review. Its learning and recommendations are set out below, agency by agency.

        Police: Eastmere Constabulary

        Learning identified by the agency

        - The referral to children's social care was sent four days after the incident because of a backlog.

        Recommendations

        1.1 Eastmere Constabulary should remind all response officers that the names of every child present are recorded.

        1.2 The Public Protection Unit should introduce a daily review of outstanding child referrals.

        1.3 The force should audit fifty domestic abuse risk assessments to test whether the reminder has changed practice.

        Children's Social Care: Eastmere Borough Council

        Learning identified by the agency

        - The first contact was screened as information only, although it was the third notification that year.

        Recommendations

        R1. The Front Door should apply a cumulative threshold to police notifications about the same household.
        """;

    [Fact]
    public void RecommendationsInAnAgencysSection_ShouldBeThatOrganisations_WhicheverPartOfItTheyName()
    {
        var review = new ReviewExtractor().Extract(DocumentText.FromText("appendix-c-child-j.txt", Appendix));
        var agencies = review.Units.Where(u => u.Kind == UnitKind.Recommendation).ToDictionary(u => u.Number!, u => u.Agency);
        Assert.Equal("Eastmere Constabulary", agencies["1.2"]);
        Assert.Equal("Eastmere Constabulary", agencies["1.3"]);
        Assert.Equal("Eastmere Borough Council", agencies["R1"]);
    }
}
