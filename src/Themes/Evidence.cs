namespace LearningSearch.Themes;

/// <summary>
/// The exact words that made the tagger choose a theme: <c>text.Substring(Start, Length) == Text</c> for
/// the text that was tagged, so the page can highlight them and a reviewer can judge the tag.
/// </summary>
public sealed record Evidence(int Start, int Length, string Text);
