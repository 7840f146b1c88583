using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;

namespace LearningSearch.Indexer.Tests.Reading;

/// <summary>
/// Whether a review arrives as text, PDF, Word, a web page or Markdown, the extractor finds the same
/// recommendations in it: as many, with the same numbers, starting with the same words.
/// </summary>
public class RecommendationsAcrossFormatsTests
{
    [Theory]
    [InlineData("ads14-action-plan", Fixtures.Ads14, ".docx")]
    [InlineData("ads14-action-plan", Fixtures.Ads14, ".html")]
    [InlineData("ads14-action-plan", Fixtures.Ads14, ".md")]
    [InlineData("ads14-action-plan", Fixtures.Ads14, ".pdf")]
    [InlineData("rds20-action-plan", Fixtures.Rds20, ".docx")]
    [InlineData("rds20-action-plan", Fixtures.Rds20, ".html")]
    [InlineData("rds20-action-plan", Fixtures.Rds20, ".md")]
    [InlineData("rds20-action-plan", Fixtures.Rds20, ".pdf")]
    [InlineData("family-y-response-plan", Fixtures.FamilyY, ".docx")]
    [InlineData("family-y-response-plan", Fixtures.FamilyY, ".html")]
    [InlineData("family-y-response-plan", Fixtures.FamilyY, ".md")]
    [InlineData("family-y-response-plan", Fixtures.FamilyY, ".pdf")]
    public void AReviewInAnyFormat_ShouldGiveTheRecommendationsItsTextGives(string name, string text, string extension)
    {
        var extractor = new ReviewExtractor();
        var fromText = Recommendations(extractor.Extract(Fixtures.Text(text) with { SourceFile = name + extension }));
        var fromFormat = Recommendations(extractor.Extract(Fixtures.Read(name + extension)));

        Assert.NotEmpty(fromText);
        Assert.Equal(fromText, fromFormat);
    }

    private static List<(string? Number, string Start)> Recommendations(ExtractedReview review) =>
        review.Units.Where(u => u.Kind == UnitKind.Recommendation)
            .Select(u => (u.Number, Start(u.Text)))
            .ToList();

    private static string Start(string text)
    {
        var normalised = Fixtures.Normalise(text);
        return normalised[..Math.Min(60, normalised.Length)];
    }
}
