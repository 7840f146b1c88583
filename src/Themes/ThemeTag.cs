namespace LearningSearch.Themes;

/// <summary>A theme found in a piece of review text, with how sure the tagger is and why.</summary>
/// <param name="ThemeId">The theme's id from the taxonomy.</param>
/// <param name="Label">The theme's label, for display.</param>
/// <param name="Score">In (0, 1]; rises with the number and strength of the evidence (see <see cref="ThemeTagger"/>).</param>
/// <param name="Evidence">Every span that counted, in text order.</param>
public sealed record ThemeTag(string ThemeId, string Label, double Score, IReadOnlyList<Evidence> Evidence);
