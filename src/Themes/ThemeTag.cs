using System.Text.Json.Serialization;

namespace LearningSearch.Themes;

/// <summary>A theme found in a piece of review text, with how sure the tagger is and why.</summary>
/// <param name="ThemeId">The theme's id from the taxonomy.</param>
/// <param name="Label">The theme's label, for display.</param>
/// <param name="Score">In (0, 1]; rises with the number and strength of the evidence (see <see cref="ThemeTagger"/>).</param>
/// <param name="Evidence">Every span that counted, in text order (none for a tag the model gave).</param>
/// <param name="Examples">For a tag the theme model gave (<see cref="Model.ThemeModel"/>): the nearest labelled units
/// carrying the theme, and <see cref="Score"/> is the model's probability; null for a tag of the phrase rules.</param>
public sealed record ThemeTag(
    string ThemeId,
    string Label,
    double Score,
    IReadOnlyList<Evidence> Evidence,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<Model.LabelledExample>? Examples = null)
{
    /// <summary>Given by the theme model rather than by the taxonomy's phrases.</summary>
    [JsonIgnore]
    public bool FromModel => Examples is not null;
}
