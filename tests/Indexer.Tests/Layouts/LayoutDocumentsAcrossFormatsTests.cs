using LearningSearch.Index.Units;
using LearningSearch.Indexer.Model;
using static LearningSearch.Indexer.Tests.Layouts.LayoutDocuments;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// Every test document, whether it arrives as text, Markdown, a web page, Word or PDF, is read by the same layout
/// into the same units, and its units hold nearly all of its body text.
/// </summary>
public sealed class LayoutDocumentsAcrossFormatsTests
{
    [Theory]
    [MemberData(nameof(EveryDocumentInEveryFormat), MemberType = typeof(LayoutDocuments))]
    public void EveryDocumentInEveryFormat_ShouldHoldAtLeast98PercentOfItsBodyTextInUnits(string document, string format)
    {
        var coverage = Extract(document, format).Coverage;

        Assert.True(coverage.BodyWords > 200, $"{document}{format}: only {coverage.BodyWords} body words");
        Assert.True(coverage.Fraction >= 0.98, $"{document}{format}: {coverage.Fraction:P1}; not held: {string.Join(" | ", coverage.Uncovered)}");
    }

    [Theory]
    [MemberData(nameof(EveryDocumentInEveryFormat), MemberType = typeof(LayoutDocuments))]
    public void EveryDocumentInEveryFormat_ShouldGiveTheUnitsItsTextGives(string document, string format)
    {
        var fromText = Extract(document, ".txt");
        var fromFormat = Extract(document, format);

        Assert.Equal(fromText.Review.Layout, fromFormat.Review.Layout);
        Assert.Equal(Units(fromText), Units(fromFormat));
        Assert.DoesNotContain(fromFormat.Warnings, w => w.Contains("no known layout", StringComparison.Ordinal) || w.Contains("which the review does not list", StringComparison.Ordinal));
    }

    private static List<string> Units(ExtractedReview review) =>
        review.Units.Select(u => string.Join(" | ",
            u.Kind, u.Number, u.Heading, u.Agency, u.Status, string.Join(", ", u.Dates),
            review.Units.SingleOrDefault(r => r.Id == u.RecommendationId)?.Number,
            Start(u.Text))).ToList();

    private static string Start(string text)
    {
        var words = Words(text);
        return words[..Math.Min(80, words.Length)];
    }
}
