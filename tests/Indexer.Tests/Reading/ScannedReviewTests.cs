using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;
using LearningSearch.Indexer.Reading.Ocr;
using LearningSearch.Indexer.Reading.Pdf;

namespace LearningSearch.Indexer.Tests.Reading;

/// <summary>
/// A partnership that only has a scanned copy of an old review (pages of images, no text layer) still gets its
/// recommendations and actions, read by OCR (scripts/test.sh installs Debian's tesseract-ocr), and is told which
/// pages were read that way and how far the reading has got.
/// </summary>
public sealed class ScannedReviewTests
{
    private const string Scanned = "scanned-rapid-review.pdf"; // tests/fixtures/scanned_review_pdf.py of the layout document below
    private static readonly string Printed = Path.Combine(AppContext.BaseDirectory, "Fixtures", "layouts", "rapid-review-bulleted-recommendations.txt");

    [Fact]
    public void AScannedReview_ShouldGiveTheRecommendationsAndActionsItsTextGives()
    {
        var extractor = new ReviewExtractor();
        var fromScan = extractor.Extract(Fixtures.Read(Scanned));
        var fromText = extractor.Extract(new PlainTextReader().Read(Printed, "rapid-review.txt"));

        Assert.Equal(Kinds(fromText), Kinds(fromScan));
        var recommendations = fromScan.Units.Where(u => u.Kind == UnitKind.Recommendation).Select(u => u.Text).ToList();
        Assert.Contains(recommendations, t => t.Contains("reinforces safe sleep advice at every health visiting contact", StringComparison.Ordinal));
        Assert.Contains(fromScan.Warnings, w => w.Contains("page 1 is a scanned image and was read by OCR", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadingAScannedReview_ShouldSayWhichPageItHasReached()
    {
        var said = new List<string>();
        new PdfReader(TesseractOcr.Find() ?? throw new InvalidOperationException("tesseract-ocr is not installed (scripts/test.sh installs it)"), said.Add)
            .Read(Fixtures.Format(Scanned), Scanned);

        Assert.NotEmpty(said);
        Assert.Equal($"{Scanned}: reading scanned page 1 of {said.Count} by OCR", said[0]);
    }

    private static List<(UnitKind, int)> Kinds(ExtractedReview review) =>
        review.Units.GroupBy(u => u.Kind).Select(g => (g.Key, g.Count())).OrderBy(x => x.Key).ToList();
}
