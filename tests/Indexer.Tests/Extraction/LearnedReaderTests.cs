using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Indexing;
using LearningSearch.Indexer.Layouts.LearnedBlocks;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Extraction;

/// <summary>
/// A board chair indexes a review whose layout the rules were not written for: the learned reader reads it instead,
/// and the extraction report says so, so that someone checks its units. A review the rules read well is left to them,
/// and with rules only the learned reader never reads at all. The documents are written for these tests.
/// </summary>
public sealed class LearnedReaderTests
{
    private static ExtractedReview Extract(string text, bool rulesOnly = false) =>
        new ReviewExtractor(rulesOnly: rulesOnly).Extract(DocumentText.FromText("plan.txt", text));

    // An action plan table the rules know, then a progress report under headings they do not: the rules read the table's
    // three recommendations and four actions and leave the progress unread.
    private static readonly string Table = """
        Ashcombe Safeguarding Children Partnership

        Child Safeguarding Practice Review: Mia

        Action plan and progress report

        Part 1: Action plan

        Rec | Recommendation | Action | Lead agency | Target date | RAG
        1 | The Partnership should make sure that practitioners ask about every adult living in a household when a baby is born. | 1.1 Add a question about all adults in the home to the new birth visit template. | Ashcombe Community Health NHS Trust | March 2025 | Green
         |  | 1.2 Train health visitors to record the names and dates of birth of other adults in the home. | Ashcombe Community Health NHS Trust | June 2025 | Amber
        2 | Ashcombe Police should share information about domestic abuse with health visitors when a child under one lives in the home. | 2.1 Agree a notification process between the police domestic abuse unit and the health visiting service. | Ashcombe Police | April 2025 | Green
        3 | The Partnership should check that its training on injuries in non-mobile babies reaches GP practices. | 3.1 Deliver the bruising protocol briefing to every GP practice safeguarding lead. | Ashcombe Integrated Care Board | May 2025 | Red

        """.Replace(" | ", "\t", StringComparison.Ordinal);

    private static readonly string Progress = Table + "\n" + """
        Part 2: Progress since the last report

        Progress on recommendation 1

        The new birth visit template was changed in January and health visitors now ask about every adult in the home at the first visit.

        Progress on recommendation 2

        The police and the health visiting service have agreed a notification form, which is being tested in the north of the county.

        Progress on recommendation 3

        Only eleven of the thirty GP practices have received the briefing, because the trainer was absent for two months.
        """;

    private static List<string> ActionsOn(ExtractedReview review, string number)
    {
        var recommendation = review.Units.Single(u => u.Kind == UnitKind.Recommendation && u.Number == number);
        return review.Units.Where(u => u.Kind == UnitKind.Action && u.RecommendationId == recommendation.Id).Select(u => u.Text).ToList();
    }

    [Fact]
    public void AReviewInALayoutTheRulesDoNotKnow_ShouldStillYieldItsActions_AndSayItWasReadByTheLearnedReader()
    {
        var review = Extract(Progress);

        Assert.Equal(nameof(LearnedBlockLayout), review.Review.Layout);
        Assert.Equal(3, review.Count(UnitKind.Recommendation));
        Assert.Contains(ActionsOn(review, "3"), a => a.StartsWith("Only eleven of the thirty GP practices", StringComparison.Ordinal));
        Assert.Contains(ActionsOn(review, "1"), a => a.StartsWith("The new birth visit template was changed", StringComparison.Ordinal));
        var warning = Assert.Single(review.Warnings, w => w.Contains("read by the learned reader", StringComparison.Ordinal));
        Assert.StartsWith("plan.txt: read by the learned reader: the document's layout was not recognised by the rules; check its units", warning, StringComparison.Ordinal);
        Assert.Contains("the rules read 7 unit(s) as ActionPlanTableLayout", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void AReviewTheRulesReadWell_ShouldNotBeReReadByTheLearnedReader()
    {
        var review = Extract(Table);

        Assert.Equal("ActionPlanTableLayout", review.Review.Layout);
        Assert.Equal(["1.1 Add a question about all adults in the home to the new birth visit template.", "1.2 Train health visitors to record the names and dates of birth of other adults in the home."],
            ActionsOn(review, "1"));
        Assert.DoesNotContain(review.Warnings, w => w.Contains("learned reader", StringComparison.Ordinal));
    }

    [Fact]
    public void AReportWhoseSummaryRestatesItsRecommendations_ShouldKeepTheRulesReading()
    {
        // The learned reader reads the restated list once, as the rules do; counted twice, it would seem to read more.
        var file = Path.Combine(AppContext.BaseDirectory, "Fixtures", "layouts", "lcspr-findings-with-recommendations.txt");
        var review = new ReviewExtractor().Extract(DocumentReaders.Default.Read(file, Path.GetFileName(file)));

        Assert.Equal("SectionedReportLayout", review.Review.Layout);
        Assert.Equal(5, review.Count(UnitKind.Recommendation));
        Assert.DoesNotContain(review.Warnings, w => w.Contains("learned reader", StringComparison.Ordinal));
    }

    [Fact]
    public void WithRulesOnly_TheLearnedReaderShouldNeverRead()
    {
        var review = Extract(Progress, rulesOnly: true);

        Assert.Equal("ActionPlanTableLayout", review.Review.Layout);
        Assert.Equal(7, review.Units.Count);
        Assert.Equal(["3.1 Deliver the bruising protocol briefing to every GP practice safeguarding lead."], ActionsOn(review, "3"));
        Assert.DoesNotContain(review.Warnings, w => w.Contains("learned reader", StringComparison.Ordinal));
    }

    [Fact]
    public void SwitchingToRulesOnly_ShouldReadEveryDocumentAgain()
    {
        // The index's fingerprint decides whether a build reads a document again or keeps its units.
        Assert.NotEqual(IndexerServices.Fingerprint(), IndexerServices.Fingerprint(rulesOnly: true));
        Assert.Equal(IndexerServices.Fingerprint(rulesOnly: true), IndexerServices.Fingerprint(rulesOnly: true));
    }
}
