namespace LearningSearch.Themes.Vocabulary;

/// <summary>Words of a question that the vocabulary knows another way of saying, and the phrases searched for as well.</summary>
/// <param name="MatchedText">The question's words, exactly as typed.</param>
/// <param name="AlsoSearched">Plain phrases (never patterns) to search for beside the question's own words.</param>
/// <param name="Group">The entry's group ("abbreviation", "everyday", ...).</param>
public sealed record VocabularyMatch(string MatchedText, IReadOnlyList<string> AlsoSearched, string Group);
