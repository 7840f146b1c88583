using System.Numerics.Tensors;

namespace LearningSearch.MeasureThemes;

/// <summary>
/// A logistic regression per theme over any feature rows (a sentence vector, with or without the phrases' signals
/// beside it), fitted by full-batch gradient descent as the shipped model was: positives weighted up to the negatives'
/// total (capped), a little L2, 300 steps.
/// </summary>
internal static class ThemeLogistic
{
    // Settable by the command line (--l2, --steps) to try others; the shipped model's are the defaults.
    public static double L2 { get; set; } = 1e-3;
    public static double Rate { get; set; } = 2.0;
    public static int Steps { get; set; } = 300;

    /// <summary>Weights then bias (the last entry).</summary>
    public static float[] Fit(float[][] rows, IReadOnlyList<int> train, Func<int, bool> isPositive, double positiveWeightCap)
    {
        var dimensions = rows[train[0]].Length;
        var w = new float[dimensions + 1];
        var positives = train.Count(isPositive);
        if (positives == 0) { w[dimensions] = -10; return w; }
        // Positives weighted up to the negatives' total, so a theme with few labels is not simply never predicted.
        var positiveWeight = (float)Math.Min(positiveWeightCap, (double)(train.Count - positives) / positives);
        var labels = train.Select(i => isPositive(i)).ToArray();
        var total = labels.Sum(y => y ? positiveWeight : 1f);
        var gradient = new float[dimensions];
        for (var step = 0; step < Steps; step++)
        {
            Array.Clear(gradient);
            double biasGradient = 0;
            for (var n = 0; n < train.Count; n++)
            {
                var x = rows[train[n]];
                var error = (float)((Probability(w, x) - (labels[n] ? 1 : 0)) * (labels[n] ? positiveWeight : 1f));
                TensorPrimitives.MultiplyAdd(x, error, gradient, gradient);
                biasGradient += error;
            }
            for (var d = 0; d < dimensions; d++) w[d] -= (float)(Rate * ((gradient[d] / total) + (L2 * w[d])));
            w[dimensions] -= (float)(Rate * biasGradient / total);
        }
        return w;
    }

    public static double Probability(float[] w, float[] x)
    {
        var z = TensorPrimitives.Dot(new ReadOnlySpan<float>(w, 0, x.Length), x) + w[x.Length];
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>Each tuning unit's probability per theme from a model trained on the other folds' reviews.</summary>
    public static double[][] OutOfFold(float[][] rows, int[] tuning, Func<int, int> foldOf, int folds, string[] themeIds, Func<int, string, bool> labelled, double positiveWeightCap)
    {
        var scores = new double[rows.Length][];
        foreach (var i in tuning) scores[i] = new double[themeIds.Length];
        var jobs = Enumerable.Range(0, folds).SelectMany(f => Enumerable.Range(0, themeIds.Length).Select(t => (f, t))).ToArray();
        Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = 2 }, job =>
        {
            var train = tuning.Where(i => foldOf(i) != job.f).ToArray();
            var w = Fit(rows, train, i => labelled(i, themeIds[job.t]), positiveWeightCap);
            foreach (var i in tuning.Where(i => foldOf(i) == job.f)) scores[i][job.t] = Probability(w, rows[i]);
        });
        return scores;
    }
}
