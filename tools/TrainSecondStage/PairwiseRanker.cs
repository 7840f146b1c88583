namespace LearningSearch.TrainSecondStage;

/// <summary>
/// A linear ranker fitted on pairs (RankNet's logistic loss on score differences): for every two hits of a question with
/// different grades, the better should score higher. Its inputs are the service's features and, dimension by dimension,
/// the product of the question's and the unit's meaning vectors, then of the question's and (for an action) its
/// recommendation's, so that it learns which parts of meaning matter in these reviews. Weight decay keeps it from memorising the judged sets; the fitting order is seeded, so a run repeats.
/// </summary>
public sealed class PairwiseRanker(int features, int dimensions, double weightDecay, int epochs, int seed = 7)
{
    /// <summary>Products of vector parts are small (a 384-number unit vector's parts are about 0.05); scaled, they learn at the features' pace.</summary>
    public const float ProductScale = 20f;

    public int Inputs => features + 2 * dimensions;

    /// <summary>Fits on the pairs, each counted by its weight (a set kept only as a light floor counts less).</summary>
    public double[] Fit(IEnumerable<(double[] Better, double[] Worse, double Weight)> pairs)
    {
        var all = pairs.ToList();
        var weights = new double[Inputs];
        weights[0] = 1; // start from the first stage's order
        var random = new Random(seed);
        var rate = 0.05;
        var difference = new double[Inputs];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            foreach (var i in Enumerable.Range(0, all.Count).OrderBy(_ => random.Next()))
            {
                var (better, worse, weight) = all[i];
                var margin = 0.0;
                for (var k = 0; k < Inputs; k++)
                {
                    difference[k] = better[k] - worse[k];
                    margin += weights[k] * difference[k];
                }
                var pull = 1 / (1 + Math.Exp(margin));
                for (var k = 0; k < Inputs; k++) weights[k] += rate * (weight * pull * difference[k] - weightDecay * weights[k]);
            }
            rate *= 0.8;
        }
        return weights;
    }

    /// <summary>The inputs of one hit: its features, then each dimension's product of question and unit, then of question
    /// and the action's recommendation (zeros for any other unit), scaled.</summary>
    public double[] InputsOf(double[] hitFeatures, float[]? question, float[]? unit, float[]? parent)
    {
        var inputs = new double[Inputs];
        hitFeatures.AsSpan(0, features).CopyTo(inputs);
        if (question is null) return inputs;
        if (unit is not null)
            for (var k = 0; k < dimensions; k++) inputs[features + k] = question[k] * unit[k] * ProductScale;
        if (parent is not null)
            for (var k = 0; k < dimensions; k++) inputs[features + dimensions + k] = question[k] * parent[k] * ProductScale;
        return inputs;
    }
}
