namespace LearningSearch.Themes;

/// <summary>
/// One recurring lesson of child safeguarding reviews (for example "Was Not Brought"), as a training lead
/// wrote it in <c>taxonomy.json</c>. The phrase strings keep the taxonomy's own syntax (see the README):
/// the tagger and the query matcher compile them; nothing else needs to read them.
/// </summary>
/// <param name="Id">Stable lower-case id such as <c>was-not-brought</c>; stored in the index, so never renamed lightly.</param>
/// <param name="Label">The name practitioners see.</param>
/// <param name="Definition">One paragraph saying what belongs to the theme, for people labelling and reading.</param>
/// <param name="Phrases">Wording that signals the theme; <c>weak:</c> entries only count in pairs.</param>
/// <param name="Synonyms">The words practitioners search with; they also tag, and they expand searches.</param>
/// <param name="Exclusions">Wording that cancels a match sitting inside it (for supervision: "supervision order").</param>
/// <param name="ExcludeWhenTagged">Themes whose presence cancels this theme's weak evidence.</param>
public sealed record Theme(
    string Id,
    string Label,
    string Definition,
    IReadOnlyList<string> Phrases,
    IReadOnlyList<string> Synonyms,
    IReadOnlyList<string> Exclusions,
    IReadOnlyList<string> ExcludeWhenTagged,
    bool ModelTags = true);
