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
    /// <summary>
    /// The fitted scorer (weights in the order of <see cref="LessonFeatures.Names"/>), from <c>tools/MeasureRecurrence fit</c>
    /// on the fitting half of the second labelled set. Of the feature sets tried there, closeness in meaning and shared
    /// words alone showed the most pairs out of fold at precision 0.85; the phrase, theme, trigger and ask features
    /// added nothing the shared words did not already say, so they weigh nothing.
    /// </summary>
    public static SameLessonScorer Fitted { get; } = new(
        weights: [7.2352, 8.674, 0, 0, 0, 0, 0],
        bias: -7.9374,
        threshold: 0.8216,
        sameSubjectSimilarity: 0.6341);

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
