namespace LearningSearch.Themes;

/// <summary>An exact span of the tagged text that triggered a theme.</summary>
public sealed record Evidence(int Start, int Length, string Text);
