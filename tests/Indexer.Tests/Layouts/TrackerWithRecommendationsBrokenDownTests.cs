using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// A recommendations tracker exported from a partnership's system: whole-number rows are the review's recommendations,
/// rows numbered under them ("1.1", "2.3a") the actions they were broken down into, the Owner column says who answers for
/// each (a blank cell: the owner above), and a commentary under the table reports on recommendations by number. A board
/// chair asking what was done about recommendation 2 must see its actions under it, with their owners.
/// </summary>
public sealed class TrackerWithRecommendationsBrokenDownTests
{
    private const string Tracker = """
        Ashcombe Safeguarding Children Partnership
        Child Milo: recommendations tracker

        Exported on 03/02/2026 for the Practice Review Group. Where the Owner cell is blank, the owner is the same as the row above.

        Ref	Recommendation	Owner	Status	Date closed
        1	Ensure that every strategy discussion about a baby includes the health visitor who knows the family.	Head of Safeguarding, Ashcombe Council Children's Services	Closed	30/11/2025
        1.1	Add the health visiting duty line to the strategy discussion invitation list.	Partnership Procedures Group	Closed	31/08/2025
        1.2	Audit ten strategy discussions about babies to check that health attended.		Closed	30/11/2025
        2	Improve how agencies follow up a child who is not brought to appointments.	Designated Nurse, Ashcombe Integrated Care Board	Open – on track
        2.1	Adopt one was not brought policy across the hospital, community services and GP practices.		Closed	15/10/2025
        2.3a	GP practices to discuss any child with two missed appointments at their safeguarding meeting.	Named GP for Safeguarding Children	Open – on track

        Commentary for the group

        The group closed Recommendation 1 in November after the audit found health present at nine of the ten discussions.
        """;

    private static ExtractedReview Extract() => new ReviewExtractor().Extract(DocumentText.FromText("tracker-milo.txt", Tracker));

    private static LearningUnit Unit(ExtractedReview review, string words) =>
        review.Units.Single(u => u.Text.StartsWith(words, StringComparison.Ordinal));

    [Fact]
    public void RowsNumberedUnderARecommendation_ShouldBeItsActions()
    {
        var review = Extract();
        Assert.Equal(["1", "2"], review.Units.Where(u => u.Kind == UnitKind.Recommendation).Select(u => u.Number));
        foreach (var words in new[] { "Add the health visiting duty line", "Audit ten strategy discussions" })
            Assert.Equal((UnitKind.Action, "1"), (Unit(review, words).Kind, Parent(review, Unit(review, words))));
        Assert.Equal("2", Parent(review, Unit(review, "GP practices to discuss")));
    }

    [Fact]
    public void TheOwnerColumn_ShouldSayWhoAnswersForEachRow_ABlankCellTheOwnerAbove()
    {
        var review = Extract();
        Assert.Equal("Ashcombe Council Children's Services", Unit(review, "Ensure that every strategy discussion").Agency);
        Assert.Equal("Partnership Procedures Group", Unit(review, "Add the health visiting duty line").Agency);
        Assert.Equal("Partnership Procedures Group", Unit(review, "Audit ten strategy discussions").Agency);
        Assert.Equal("Named GP for Safeguarding Children", Unit(review, "GP practices to discuss").Agency);
    }

    [Fact]
    public void ACommentaryNamingARecommendation_ShouldBeProgressOnIt()
    {
        var review = Extract();
        var update = Unit(review, "The group closed Recommendation 1");
        Assert.Equal(UnitKind.Action, update.Kind);
        Assert.Equal("1", Parent(review, update));
    }

    private static string? Parent(ExtractedReview review, LearningUnit action) =>
        review.Units.SingleOrDefault(u => u.Id == action.RecommendationId)?.Number;
}
