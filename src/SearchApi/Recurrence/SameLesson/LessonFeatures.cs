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
