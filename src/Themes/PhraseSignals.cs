namespace LearningSearch.Themes;

/// <summary>
/// What the phrase rules say of each theme of the taxonomy, in its order: the evidence score (tagged at 0.5 or more;
/// a lone weak word scores about 0.33) and whether one of the theme's exclusions matched the text.
/// </summary>
public sealed record PhraseSignals(IReadOnlyList<double> Scores, IReadOnlyList<bool> Excluded);
