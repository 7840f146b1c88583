namespace LearningSearch.Themes.Phrases;

/// <summary>A taxonomy entry that does not follow the phrase syntax; the message is for a training lead.</summary>
internal sealed class PhraseSyntaxException(string problem) : Exception(problem);
