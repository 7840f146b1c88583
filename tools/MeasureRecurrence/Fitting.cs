using System.Globalization;
using LearningSearch.SearchApi.Recurrence;

namespace LearningSearch.MeasureRecurrence;

/// <summary>The logistic regression of the same-lesson scorer, its threshold, and the figures docs/quality.md reports.</summary>
internal static class Fitting
{
    /// <summary>
    /// Weights and bias for P(same | features), by gradient descent on the log loss with a small L2 penalty (the
    /// features are 0 to 1, so one penalty suits all). Same pairs are few: they are weighted up to a third of the
    /// others' total, so the fit does not settle on never saying "same".
    /// </summary>
    public static SameLessonScorer Fit(IReadOnlyList<LabelledPair> pairs, double threshold = 0.5, double sameSubject = 0.55, bool[]? use = null)
    {
        var dimensions = LessonFeatures.Names.Length;
        use ??= [.. Enumerable.Repeat(true, dimensions)];
        // Fitted on standardised features (so one penalty suits all: similarity varies over a tenth of the range the
        // shares do), then turned back into weights of the raw features, which is what the scorer ships.
        var raw = pairs.Select(p => p.Features.Values).ToArray();
        var mean = Enumerable.Range(0, dimensions).Select(d => raw.Average(x => x[d])).ToArray();
        var sd = Enumerable.Range(0, dimensions).Select(d => Math.Sqrt(raw.Average(x => (x[d] - mean[d]) * (x[d] - mean[d]))) is var v && v > 1e-9 ? v : 1).ToArray();
        var x = raw.Select(r => r.Select((v, d) => use[d] ? (v - mean[d]) / sd[d] : 0).ToArray()).ToArray();
        var w = new double[dimensions];
        double b = 0;
        var positives = pairs.Count(p => p.Same);
        var positiveWeight = positives == 0 ? 1 : Math.Max(1, (pairs.Count - positives) / 3.0 / positives);
        const double l2 = 1e-2, rate = 0.5;
        for (var step = 0; step < 3000; step++)
        {
            var gw = new double[dimensions];
            double gb = 0, total = 0;
            for (var i = 0; i < x.Length; i++)
            {
                var z = b;
                for (var d = 0; d < dimensions; d++) z += x[i][d] * w[d];
                var y = pairs[i].Same ? 1.0 : 0.0;
                var weight = pairs[i].Same ? positiveWeight : 1;
                var error = (1 / (1 + Math.Exp(-z)) - y) * weight;
                total += weight;
                for (var d = 0; d < dimensions; d++) gw[d] += error * x[i][d];
                gb += error;
            }
            for (var d = 0; d < dimensions; d++) w[d] -= rate * (gw[d] / total + l2 * w[d]);
            b -= rate * gb / total;
        }
        var rawWeights = w.Select((v, d) => use[d] ? v / sd[d] : 0).ToArray();
        var rawBias = b - Enumerable.Range(0, dimensions).Sum(d => use[d] ? w[d] * mean[d] / sd[d] : 0);
        return new SameLessonScorer(rawWeights, rawBias, threshold, sameSubject);
    }

    /// <summary>
    /// The least probability that shows the most pairs while those shown are "same" at least <paramref name="precision"/>
    /// of the time (or <paramref name="right"/>), both as sampled and weighted back to all pairs; scores are each pair's
    /// out-of-fold probability (or any score where higher is surer).
    /// </summary>
    public static double ChooseThreshold(IReadOnlyList<LabelledPair> pairs, IReadOnlyList<double> scores, double precision, Func<LabelledPair, bool>? right = null)
    {
        right ??= q => q.Same;
        var best = 1.0;
        foreach (var t in scores.Distinct().Order())
        {
            var shown = Enumerable.Range(0, pairs.Count).Where(i => scores[i] >= t).ToList();
            if (shown.Count < 5) continue;
            var (p, _, _) = Precision(shown.Select(i => pairs[i]).ToList(), right);
            var pw = Weighted(shown.Select(i => pairs[i]).ToList(), right);
            if (p >= precision && pw >= precision) return t;
        }
        return best;
    }

    /// <summary>Out-of-fold probabilities: each pair scored by a model fitted on the folds without its later review.</summary>
    public static double[] OutOfFold(IReadOnlyList<LabelledPair> pairs, int folds, bool[]? use = null)
    {
        var reviews = pairs.Select(p => p.LaterReview).Distinct().Order(StringComparer.Ordinal).ToList();
        var fold = reviews.Select((r, n) => (r, n % folds)).ToDictionary(x => x.r, x => x.Item2, StringComparer.Ordinal);
        var scores = new double[pairs.Count];
        for (var f = 0; f < folds; f++)
        {
            var model = Fit([.. pairs.Where(p => fold[p.LaterReview] != f)], use: use);
            for (var i = 0; i < pairs.Count; i++)
                if (fold[pairs[i].LaterReview] == f) scores[i] = model.Probability(pairs[i].Features);
        }
        return scores;
    }

    public static (double P, double Low, double High) Precision(IReadOnlyList<LabelledPair> shown, Func<LabelledPair, bool> right)
    {
        if (shown.Count == 0) return (0, 0, 0);
        var k = shown.Count(right);
        var (low, high) = Wilson(k, shown.Count);
        return ((double)k / shown.Count, low, high);
    }

    /// <summary>The share right weighted by each pair's sampling weight: the estimate for every candidate pair, not only those sampled.</summary>
    public static double Weighted(IReadOnlyList<LabelledPair> shown, Func<LabelledPair, bool> right) =>
        shown.Count == 0 ? 0 : shown.Where(right).Sum(p => p.Weight) / shown.Sum(p => p.Weight);

    // Wilson's 95 % interval for k of n: sound for small n and for shares near 0 or 1, unlike the normal one.
    public static (double Low, double High) Wilson(int k, int n)
    {
        const double z = 1.96;
        var p = (double)k / n;
        var centre = (p + z * z / (2 * n)) / (1 + z * z / n);
        var half = z * Math.Sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / (1 + z * z / n);
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>One line of the report: pairs shown, how many and what share are the same lesson, and on the same subject.</summary>
    public static string Line(string what, IReadOnlyList<LabelledPair> all, Func<LabelledPair, bool> shownIf)
    {
        var shown = all.Where(shownIf).ToList();
        var same = Precision(shown, p => p.Same);
        var subject = Precision(shown, p => p.SameOrRelated);
        var weighted = all.Any(p => p.Weight != 1) ? string.Create(CultureInfo.InvariantCulture, $" | {Weighted(shown, p => p.Same):P0} | {Weighted(shown, p => p.SameOrRelated):P0}") : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"| {what} | {shown.Count} of {all.Count} | {shown.Count(p => p.Same)} of {all.Count(p => p.Same)} | {same.P:P0} ({same.Low:P0}-{same.High:P0}) | {shown.Count(p => p.SameOrRelated)} | {subject.P:P0} ({subject.Low:P0}-{subject.High:P0}){weighted} |");
    }

    /// <summary>How well each feature alone separates the same lesson from the rest, and from another lesson on the same subject (AUC).</summary>
    public static void Develop(IReadOnlyList<LabelledPair> pairs)
    {
        Console.WriteLine("| feature | mean: same | related | unrelated | AUC same vs rest | AUC same vs related |\n|---|---:|---:|---:|---:|---:|");
        for (var d = 0; d < LessonFeatures.Names.Length; d++)
        {
            double Mean(string label) => pairs.Where(p => p.Label == label).Select(p => p.Features.Values[d]).DefaultIfEmpty().Average();
            double Auc(Func<LabelledPair, bool> negative)
            {
                var pos = pairs.Where(p => p.Same).Select(p => p.Features.Values[d]).ToList();
                var neg = pairs.Where(negative).Select(p => p.Features.Values[d]).ToList();
                if (pos.Count == 0 || neg.Count == 0) return double.NaN;
                return pos.Sum(a => neg.Sum(b => a > b ? 1 : a == b ? 0.5 : 0)) / (pos.Count * (double)neg.Count);
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {LessonFeatures.Names[d]} | {Mean("same"):F2} | {Mean("related"):F2} | {Mean("unrelated"):F2} | {Auc(p => !p.Same):F2} | {Auc(p => p.Label == "related"):F2} |"));
        }
    }
}
