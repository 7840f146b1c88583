using System.Text.Json;
using System.Text.Json.Serialization;
using LearningSearch.Index.Schema;
using LearningSearch.Index.Units;
using LearningSearch.Themes;
using Lucene.Net.Documents;

namespace LearningSearch.SearchApi.Recurrence;

/// <summary>
/// What the recurrence view needs of a stored recommendation: how to cite it, its text and status, and the ids of
/// its themes with the words that found each (the same-lesson scorer asks whether a shared theme was found by the same
/// phrase), read from the unit's stored JSON without its details and the rest of each theme's evidence. The recurrence
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

        [JsonPropertyName("evidence")]
        public List<EvidenceText> Evidence { get; set; } = [];
    }

    public sealed class EvidenceText
    {
        [JsonPropertyName("text")]
        public string Text { get; set; } = "";
    }

    /// <summary>The recommendation of a stored unit document, as a unit with only these fields (themes without labels, their evidence without its place).</summary>
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
            Themes = outline.Themes.Select(t => new ThemeTag(t.Id, t.Id, 1, t.Evidence.Select(e => new Evidence(0, e.Text.Length, e.Text)).ToList())).ToList(),
        };
    }
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(RecommendationOutline))]
internal sealed partial class OutlineJson : JsonSerializerContext;
