using LearningSearch.Index.Units;
using LearningSearch.Indexer.Agencies;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Layouts;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Extraction;

/// <summary>
/// A board chair adding a review in a layout the product has not seen is told where it was probably misread,
/// by file and place, instead of finding out at the board meeting that a recommendation is missing.
/// </summary>
public sealed class MisreadSignalsTests
{
    private const string File = "new-review.txt";

    [Fact]
    public void RecommendationsTheDocumentNumbersButWereNotRead_ShouldBeNamedWithTheirLines()
    {
        var document = Prepared("Recommendation 1: Agencies should share notices.", "", "Recommendation 2: The ICB should audit.", "", "Recommendation 3: The police should attend.");
        var units = new[] { Recommendation("1", "Agencies should share notices."), Recommendation("2", "The ICB should audit.") };

        var warning = Assert.Single(MisreadSignals.Find(document, units, AgencyDirectory.Default));

        Assert.Equal($"{File}: the document labels 3 recommendations but 2 were read; not read as recommendations: Recommendation 3 (line 5). Check the units, or add a layout for documents like this.", warning);
    }

    [Fact]
    public void ARecommendationFarLongerThanItsSiblings_ShouldBeFlaggedAsPerhapsMerged()
    {
        var units = new[]
        {
            Recommendation("1", "The Partnership should review its escalation policy."),
            Recommendation("2", "The ICB should audit discharge letters."),
            Recommendation("3", string.Join(' ', Enumerable.Repeat("The council should make sure every closure is reviewed by a manager.", 25))),
        };

        var warning = Assert.Single(MisreadSignals.Find(Prepared("text"), units, AgencyDirectory.Default));

        Assert.StartsWith($"{File}: recommendation 3 (line 1) is 1,724 characters, more than four times its siblings' typical", warning);
    }

    [Fact]
    public void BulletsInARecommendationThatBeginWithAnAgency_ShouldBeFlaggedAsPerhapsItsActions()
    {
        var units = new[] { Recommendation("1", "Discharge letters must confirm the address.\n- Eastvale Community Health to review its discharge letters.") };

        var warning = Assert.Single(MisreadSignals.Find(Prepared("text"), units, AgencyDirectory.Default));

        Assert.Contains("holds 1 bullet(s) that begin with an agency and what it will do (\"Eastvale Community Health to review its discharge letters.\")", warning);
    }

    [Fact]
    public void AReviewReadAsItIsNumbered_ShouldRaiseNoSignal()
    {
        var document = Prepared("Recommendation 1: Agencies should share notices.", "", "Recommendation 2: The ICB should audit.");
        var units = new[] { Recommendation("1", "Agencies should share notices."), Recommendation("2", "The ICB should audit.") };

        Assert.Empty(MisreadSignals.Find(document, units, AgencyDirectory.Default));
    }

    private static PreparedDocument Prepared(params string[] lines) => new(new DocumentText(File, lines, []));

    private static LearningUnit Recommendation(string number, string text) => new()
    {
        Id = $"new/rec-{number}",
        ReviewId = "new",
        Kind = UnitKind.Recommendation,
        Number = number,
        Text = text,
        Lines = new LineRange(1, 1),
    };
}
