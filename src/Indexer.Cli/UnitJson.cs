using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using LearningSearch.Index.Units;
using LearningSearch.Indexer.Model;

namespace LearningSearch.Indexer.CommandLine;

/// <summary>The JSON shape of a unit for <c>extract --format jsonl</c>: one object per line, fields named as the issue names them.</summary>
public static class UnitJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Line(ExtractedReview review, LearningUnit unit) => JsonSerializer.Serialize(new
    {
        id = unit.Id,
        reviewId = unit.ReviewId,
        reviewTitle = review.Review.Title,
        year = review.Review.Year,
        kind = unit.Kind.Name(),
        number = unit.Number,
        recommendationId = unit.RecommendationId,
        cites = unit.Cites,
        agency = unit.Agency,
        agencies = unit.Agencies,
        status = unit.Status,
        dates = unit.Dates,
        heading = unit.Heading,
        text = unit.Text,
        details = unit.Details.Select(d => new { label = d.Label, text = d.Text }),
        lines = unit.Lines.ToString(),
        themes = unit.Themes.Select(t => new { id = t.ThemeId, label = t.Label, score = Math.Round(t.Score, 3), evidence = t.Evidence.Select(e => e.Text).Distinct() }),
        actionThemes = unit.ActionThemes.Select(t => t.ThemeId),
    }, Options);
}
