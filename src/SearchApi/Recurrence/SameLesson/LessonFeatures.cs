using System.Globalization;

namespace LearningSearch.SearchApi.Recurrence;

/// <summary>
/// What two recommendations sharing a theme have in common, each measure one a reader could check by eye:
/// <list type="bullet">
/// <item><c>Similarity</c>: closeness in meaning (MiniLM cosine);</item>
/// <item><c>SharedWords</c>: the rarity-weighted share of the shorter text's content words that the other uses too;</item>
/// <item><c>SharedPhrases</c>: two-word phrases both use ("was not brought" gives "not brought"), up to three, as 0 to 1;</item>
/// <item><c>SharedThemes</c>: themes both carry, up to three, as 0 to 1, and <c>ThemeRarity</c>, how rare the rarest of them is
/// among recommendations (0 to 1);</item>
/// <item><c>SameTrigger</c>: a shared theme was found in both by the same phrase of the taxonomy;</item>
/// <item><c>SharedAsk</c>: the rarity-weighted overlap of what each asks to be done (the words after "should", "must" or
/// "to", or an opening verb: "improve the recording of ...").</item>
/// </list>
/// </summary>
public readonly record struct LessonFeatures(double Similarity, double SharedWords, double SharedPhrases, double SharedThemes, double ThemeRarity, double SameTrigger, double SharedAsk)
{
    public static readonly string[] Names = ["similarity", "sharedWords", "sharedPhrases", "sharedThemes", "themeRarity", "sameTrigger", "sharedAsk"];

    /// <summary>In the order of <see cref="Names"/>, for the logistic regression.</summary>
    public double[] Values => [Similarity, SharedWords, SharedPhrases, SharedThemes, ThemeRarity, SameTrigger, SharedAsk];

    public override string ToString() => string.Join(" ", Names.Zip(Values, (n, v) => string.Create(CultureInfo.InvariantCulture, $"{n} {v:F2}")));
}

/// <summary>
/// The part of <see cref="LessonFeatures"/> read from the two texts and their themes, without their meaning vectors
/// (which are made after a generation is published), and the words that say why they were paired: the shared
/// two-word phrases and the rarest shared words, as the later recommendation writes them.
/// </summary>
public sealed record LessonWords(double SharedWords, double SharedPhrases, double SharedThemes, double ThemeRarity, double SameTrigger, double SharedAsk,
    IReadOnlyList<string> PhrasesSaid, IReadOnlyList<string> WordsSaid)
{
    public LessonFeatures With(double similarity) => new(similarity, SharedWords, SharedPhrases, SharedThemes, ThemeRarity, SameTrigger, SharedAsk);

    /// <summary>Why the pair was paired, in plain words: "Both speak of “not brought”, “appointments”; 72 % alike in meaning."</summary>
    public string Why(double similarity)
    {
        var said = PhrasesSaid.Concat(WordsSaid).Take(5).Select(w => $"\u201c{w}\u201d").ToList();
        var meaning = string.Create(CultureInfo.InvariantCulture, $"{Math.Round(similarity * 100)} % alike in meaning");
        return said.Count == 0 ? $"Paired by meaning alone: {meaning}." : $"Both speak of {string.Join(", ", said)}; {meaning}.";
    }
}
