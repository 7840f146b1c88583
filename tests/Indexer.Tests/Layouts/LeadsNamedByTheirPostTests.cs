using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// An action plan whose Lead column names a post with its organisation ("Head of Quality Assurance, Tollmere Children's
/// Services", "Tollmere Children's Services Principal Social Worker", "Designated Doctor, Tollmere ICB") and whose
/// recommendations address a sector in their own words ("Health partners should ..."): a board chair filtering by agency
/// must find each action under its organisation, not under nobody.
/// </summary>
public sealed class LeadsNamedByTheirPostTests
{
    private const string Plan = """
        Tollmere Safeguarding Children Partnership
        Multi-Agency Action Plan: Local Child Safeguarding Practice Review, Child Nia

        Purpose of this action plan

        This plan sets out how the partner agencies will respond to the review's recommendations. Each lead updates the Progress column before every meeting of the Learning and Improvement Group.

        Part A: Multi-agency recommendations

        Recommendation	Action	Lead	Timescale	Progress	RAG
        1. The Partnership should ensure that professionals working with disabled children understand the signs of neglect.	Add a section on disabled children to the neglect training.	Tollmere Children's Services Principal Social Worker	March 2024	Delivered to 80 staff.	Green
        	Audit twenty cases of disabled children for whether neglect was considered.	Head of Quality Assurance, Tollmere Children's Services	June 2024	Audit planned.	Amber
        2. Health partners should make sure that a missed appointment for a disabled child is followed up with the family.	Remind all GP practices of the Was Not Brought guidance.	Designated Doctor, Tollmere ICB	January 2024	Article published.	Blue
        3. Maternity services should tell the health visitor of every pregnant woman with a history of domestic abuse.	Add the question to the booking form.	Named Midwife, Tollmere Hospitals NHS Trust	April 2024	Form changed.	Green
        """;

    private static ExtractedReview Extract() => new ReviewExtractor().Extract(DocumentText.FromText("action-plan-child-nia.txt", Plan));

    private static string? AgencyOf(ExtractedReview review, string words) =>
        review.Units.Single(u => u.Text.StartsWith(words, StringComparison.Ordinal)).Agency;

    [Fact]
    public void ALeadCellNamingAPostAndItsOrganisation_ShouldGiveTheActionThatOrganisation()
    {
        var review = Extract();
        Assert.Equal("Tollmere Children's Services", AgencyOf(review, "Add a section on disabled children"));
        Assert.Equal("Tollmere Children's Services", AgencyOf(review, "Audit twenty cases"));
        Assert.Equal("Tollmere ICB", AgencyOf(review, "Remind all GP practices"));
    }

    [Fact]
    public void ARecommendationAddressingASector_ShouldCarryIt()
    {
        Assert.Equal("Health partners", AgencyOf(Extract(), "Health partners should make sure"));
        Assert.Equal("Maternity services", AgencyOf(Extract(), "Maternity services should tell"));
    }
}
