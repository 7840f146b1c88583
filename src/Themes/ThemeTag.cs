namespace LearningSearch.Themes;

/// <summary>A theme given to a text, with the spans that triggered it.</summary>
public sealed record ThemeTag(string ThemeId, string Label, double Score, IReadOnlyList<Evidence> Evidence);
