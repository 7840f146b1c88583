namespace LearningSearch.Themes.Tagging;

/// <summary>
/// The scoring rule, in one place so that the README, the tests and the code cannot drift apart.
/// <para>
/// Each taxonomy entry that matched adds its weight once (strong 1.0, <c>weak:</c> 0.4), plus a quarter of
/// its weight for each repeat, at most two repeats: repeating one word is not new evidence. With S that sum,
/// <c>Score = 1 − e^(−S)</c>, and a theme is tagged when <c>Score ≥ 0.5</c> (S ≥ ln 2 ≈ 0.69). So one strong
/// phrase tags (0.63); one weak word never does, however often it appears (at most 0.45); two different weak
/// words together do (0.55); and more evidence always scores higher, approaching but never reaching 1.
/// </para>
/// </summary>
internal static class EvidenceScore
{
    public const double StrongWeight = 1.0;
    public const double WeakWeight = 0.4;
    public const double RepeatShare = 0.25;
    public const int CountedRepeats = 2;
    public const double Threshold = 0.5;

    public static double WeightOf(bool isWeak) => isWeak ? WeakWeight : StrongWeight;

    /// <param name="hits">The entry index and weight of every counted match.</param>
    public static double Of(IEnumerable<(int Entry, double Weight)> hits)
    {
        var strength = hits
            .GroupBy(h => h.Entry)
            .Sum(g => g.First().Weight * (1 + RepeatShare * Math.Min(g.Count() - 1, CountedRepeats)));
        return 1 - Math.Exp(-strength);
    }

    public static bool IsTagged(double score) => score >= Threshold;
}
