namespace LearningSearch.SearchApi.Recurrence;

/// <summary>
/// Says whether a later recommendation asks for the same change as an earlier one on a shared theme ("the same lesson
/// again"): a logistic regression over <see cref="LessonFeatures"/>, fitted on labelled pairs by
/// <c>tools/MeasureRecurrence</c>, with the least probability at which a pair is shown as a repeat chosen there too
/// (docs/quality.md, "Recurrence: is a 'recommended again' pair the same lesson?"). A pair below it but close in
/// meaning is on the same subject, and is shown apart, never as a repeat.
/// </summary>
public sealed class SameLessonScorer(double[] weights, double bias, double threshold, double sameSubjectSimilarity)
{
    /// <summary>The fitted scorer (weights in the order of <see cref="LessonFeatures.Names"/>); see the class summary for where they come from.</summary>
    public static SameLessonScorer Fitted { get; } = new(
        weights: [0, 0, 0, 0, 0, 0, 0],
        bias: 0,
        threshold: 0.5,
        sameSubjectSimilarity: 0.55);

    /// <summary>The least probability for a pair to be shown as the same lesson.</summary>
    public double Threshold { get; } = threshold;

    /// <summary>The least similarity in meaning for a pair below <see cref="Threshold"/> to be shown as on the same subject.</summary>
    public double SameSubjectSimilarity { get; } = sameSubjectSimilarity;

    public IReadOnlyList<double> Weights { get; } = weights;

    public double Bias { get; } = bias;

    public double Probability(LessonFeatures features)
    {
        var z = Bias;
        var values = features.Values;
        for (var i = 0; i < values.Length; i++) z += Weights[i] * values[i];
        return 1 / (1 + Math.Exp(-z));
    }

    public LessonVerdict Judge(LessonFeatures features) =>
        Probability(features) >= Threshold ? LessonVerdict.SameLesson
        : features.Similarity >= SameSubjectSimilarity ? LessonVerdict.SameSubject
        : LessonVerdict.Neither;
}

/// <summary>What a pair of recommendations sharing a theme is: the same lesson again, another lesson on the same subject, or neither.</summary>
public enum LessonVerdict
{
    Neither,
    SameSubject,
    SameLesson,
}
