using System.Text.Json;
using System.Text.Json.Serialization;
using LearningSearch.Index.Schema;
using LearningSearch.Index.Units;
using LearningSearch.Themes;
using Lucene.Net.Documents;

namespace LearningSearch.SearchApi.Recurrence;

/// <summary>
/// What the recurrence view needs of a stored recommendation: how to cite it, its text and status, and the ids of
/// its themes, read from the unit's stored JSON without its details and the evidence of each theme. The recurrence
/// reads every recommendation of the index (about 100,000 at 5,000 reviews): parsing whole units there made half a
/// gigabyte of objects for the collector to carry.
/// </summary>
internal sealed class RecommendationOutline
{
    public string Id { get; set; } = "";
    public string ReviewId { get; set; } = "";
    public UnitKind Kind { get; set; }
    public string? Number { get; set; }
    public int Sequence { get; set; }
    public List<string> Agencies { get; set; } = [];
    public string? Status { get; set; }
    public string? Heading { get; set; }
    public string Text { get; set; } = "";
    public List<ThemeId> Themes { get; set; } = [];

    public sealed class ThemeId
    {
        [JsonPropertyName("themeId")]
        public string Id { get; set; } = "";
    }

    /// <summary>The recommendation of a stored unit document, as a unit with only these fields (themes without labels or evidence).</summary>
    public static LearningUnit Read(Document doc)
    {
        var outline = UnitDocuments.ReadStored(doc, OutlineJson.Default.RecommendationOutline);
        return new LearningUnit
        {
            Id = outline.Id,
            ReviewId = outline.ReviewId,
            Kind = outline.Kind,
            Number = outline.Number,
            Sequence = outline.Sequence,
            Agencies = outline.Agencies,
            Status = outline.Status,
            Heading = outline.Heading,
            Text = outline.Text,
            Lines = default,
            Themes = outline.Themes.Select(t => new ThemeTag(t.Id, t.Id, 1, [])).ToList(),
        };
    }
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(RecommendationOutline))]
internal sealed partial class OutlineJson : JsonSerializerContext;
