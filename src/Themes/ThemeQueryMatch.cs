namespace LearningSearch.Themes;

/// <summary>
/// A theme that a practitioner's search words mention, and the plain search phrases (never patterns) that
/// a searcher may OR into the query so that "DNA" also finds "was not brought".
/// </summary>
/// <param name="Theme">The theme mentioned.</param>
/// <param name="MatchedText">The words of the query that mention it, exactly as typed.</param>
/// <param name="Expansions">The theme's synonyms and key phrases as plain phrases, without duplicates.</param>
public sealed record ThemeQueryMatch(Theme Theme, string MatchedText, IReadOnlyList<string> Expansions);
