using LearningSearch.Themes.Phrases;

namespace LearningSearch.Themes.Loading;

/// <summary>A theme whose entries have been checked and parsed, ready for the tagger and the query matcher.</summary>
internal sealed record ParsedTheme(
    Theme Theme,
    IReadOnlyList<Phrase> Phrases,
    IReadOnlyList<Phrase> Synonyms,
    IReadOnlyList<Phrase> Exclusions);
