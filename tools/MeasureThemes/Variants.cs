using System.Globalization;

namespace LearningSearch.MeasureThemes;

/// <summary>
/// The ways of joining the phrases and the sentence vector tried for issue 21, each scored on the tuning reviews only:
/// out of fold (five folds by review), with the threshold chosen on those scores and, honestly, in nested folds (each
/// fold tagged with the threshold the other four chose).
/// </summary>
internal sealed class Variants(
    string[] themeIds,
    int[] tuning,
    Func<int, int> foldOf,
    Func<int, string, bool> labelled,
    HashSet<string>[] rules,
    bool[][] excluded,
    bool[] modelTags)
{
    private static readonly double[] Grid = [0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];

    /// <summary>How the model's probabilities and the phrases' tags make one set of tags.</summary>
    public enum Join
    {
        /// <summary>The phrases' tags, and the model's beside them (as shipped before).</summary>
        Union,

        /// <summary>The model's alone: it has seen the phrases' signals, so it may overrule a phrase that misfires.</summary>
        ModelDecides,
    }

    public (double Oof, double Nested, double Threshold, double[][] Scores) Score(string name, float[][] rows, Join join, double positiveWeightCap = 10)
    {
        var scores = ThemeLogistic.OutOfFold(rows, tuning, foldOf, 5, themeIds, labelled, positiveWeightCap);
        var (threshold, oof) = Best(tuning, scores, join);
        var nested = new HashSet<string>[rules.Length];
        for (var fold = 0; fold < 5; fold++)
        {
            var (own, _) = Best(tuning.Where(i => foldOf(i) != fold).ToArray(), scores, join);
            foreach (var i in tuning.Where(i => foldOf(i) == fold)) nested[i] = Tags(i, scores[i], own, join);
        }
        var (f1, p, r) = Micro(tuning, nested);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {join} | cap {positiveWeightCap} | {oof:F3} at {threshold:F2} | nested {f1:F3} ({p:F3}, {r:F3}) |"));
        return (oof, f1, threshold, scores);
    }

    public HashSet<string> Tags(int i, double[] probability, double threshold, Join join)
    {
        var tags = join == Join.Union ? new HashSet<string>(rules[i]) : [.. rules[i].Where(t => !modelTags[Array.IndexOf(themeIds, t)])];
        for (var t = 0; t < themeIds.Length; t++)
        {
            // A trainer's exclusion wins over the model, and "modelTags": false leaves a theme to its phrases.
            if (!modelTags[t] || probability[t] < threshold) continue;
            if (excluded[i][t] && !rules[i].Contains(themeIds[t])) continue;
            tags.Add(themeIds[t]);
        }
        return tags;
    }

    private (double Threshold, double F1) Best(int[] ids, double[][] scores, Join join)
    {
        (double Threshold, double F1) best = (0.5, -1);
        foreach (var threshold in Grid)
        {
            var tags = new HashSet<string>[rules.Length];
            foreach (var i in ids) tags[i] = Tags(i, scores[i], threshold, join);
            var f1 = Micro(ids, tags).F1;
            if (f1 > best.F1 + 1e-9) best = (threshold, f1);
        }
        return best;
    }

    public (double F1, double P, double R) Micro(IEnumerable<int> ids, HashSet<string>[] predicted)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var i in ids)
        {
            foreach (var t in predicted[i]) if (labelled(i, t)) tp++; else fp++;
            foreach (var t in themeIds) if (labelled(i, t) && !predicted[i].Contains(t)) fn++;
        }
        double p = tp + fp == 0 ? 0 : (double)tp / (tp + fp), r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        return (p + r == 0 ? 0 : 2 * p * r / (p + r), p, r);
    }
}
