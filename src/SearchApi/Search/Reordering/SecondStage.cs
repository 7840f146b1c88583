using System.Text.Json;
using System.Text.Json.Serialization;
using LearningSearch.Index.Schema;
using Lucene.Net.Search;

namespace LearningSearch.SearchApi.Search.Reordering;

/// <summary>
/// The second stage of a question's ranking: the first hits of the words-and-meaning ranking put in order again by a
/// weighted sum of <see cref="HitFeatures"/>, with weights fitted on the tuning half of the blind questions only
/// (<c>second-stage.json</c>, written by <c>tools/TrainSecondStage</c>). Beside the features, the fitted file may weigh the
/// question's and the unit's meaning dimension by dimension (<see cref="SecondStageWeights.MeaningByDimension"/>): what
/// closeness in meaning means in these reviews, learned from the judged questions, rather than the sentence model's
/// general sense of it. Hits past its depth keep their order after the reordered ones.
/// </summary>
public sealed class SecondStage
{
    /// <summary>How an explained hit names the learned closeness in meaning (added to the score, not one of the weighed features).</summary>
    public const string MeaningByDimensionName = "meaningByDimension";

    private readonly double[] _weights;

    public SecondStage(SecondStageWeights weights, bool enabled)
    {
        Weights = weights;
        Enabled = enabled && weights.Depth > 0;
        _weights = HitFeatures.Names.Select(name => weights.Weights.TryGetValue(name, out var w) ? w : 0).ToArray();
    }

    public SecondStageWeights Weights { get; }

    /// <summary>
    /// The question's meaning vector with each dimension weighed as fitted, so that its dot product with a unit's vector is
    /// the learned closeness; null when the weights weigh no dimension or the vector is of another size.
    /// </summary>
    public float[]? WeighQuestion(ReadOnlySpan<float> question) => Weigh(question, Weights.MeaningByDimension);

    /// <summary>The same for an action's recommendation: how close the question is to what the action answers.</summary>
    public float[]? WeighQuestionForParent(ReadOnlySpan<float> question) => Weigh(question, Weights.ParentMeaningByDimension);

    private static float[]? Weigh(ReadOnlySpan<float> question, float[]? byDimension)
    {
        if (byDimension is null || byDimension.Length != question.Length) return null;
        var weighed = new float[question.Length];
        for (var i = 0; i < weighed.Length; i++) weighed[i] = question[i] * byDimension[i];
        return weighed;
    }

    /// <summary>Whether questions are put in order again (<c>Search:SecondStage</c>, on by default).</summary>
    public bool Enabled { get; }

    /// <summary>
    /// The ranking with its first <see cref="SecondStageWeights.Depth"/> hits in the second stage's order, and each of
    /// them with its features and score (for an explained search).
    /// </summary>
    public (List<RankedDoc> Ranked, Dictionary<int, HitRanking> Why) Reorder(IndexSearcher searcher, IReadOnlyList<RankedDoc> ranked,
        IReadOnlyDictionary<int, float> wordScores, HitFeatures.Question question, Func<int, float?> similarity, Func<int, float?>? weighedSimilarity = null,
        Func<string, float?>? weighedParentSimilarity = null)
    {
        var depth = Math.Min(ranked.Count, Weights.Depth);
        var why = new Dictionary<int, HitRanking>(depth);
        if (depth == 0) return ([.. ranked], why);
        var bestFused = ranked.Take(depth).Max(r => r.Score);
        var bestWords = wordScores.Count == 0 ? 0 : wordScores.Values.Max();
        var scored = new (RankedDoc Doc, double Score, int Rank)[depth];
        var all = new double[depth][];
        var parents = new string?[depth];
        for (var i = 0; i < depth; i++)
        {
            var doc = ranked[i];
            var unit = UnitDocuments.ReadUnit(searcher.Doc(doc.Doc));
            parents[i] = unit.Kind == LearningSearch.Index.Units.UnitKind.Action ? unit.RecommendationId : null;
            all[i] = HitFeatures.Of(question, unit,
                bestFused <= 0 ? 0 : doc.Score / bestFused,
                bestWords <= 0 || !wordScores.TryGetValue(doc.Doc, out var w) ? 0 : w / bestWords,
                similarity(doc.Doc));
        }
        var meaning = HitFeatures.Meaning;
        var nearest = all.Max(f => f[meaning]);
        var farthest = all.Min(f => f[meaning]);
        for (var i = 0; i < depth; i++)
        {
            var doc = ranked[i];
            var features = all[i];
            features[HitFeatures.MeaningAmong] = nearest > farthest ? (features[meaning] - farthest) / (nearest - farthest) : 0;
            var score = 0.0;
            for (var f = 0; f < features.Length; f++) score += _weights[f] * features[f];
            var weighed = (weighedSimilarity?.Invoke(doc.Doc) ?? 0) + (parents[i] is { } parent ? weighedParentSimilarity?.Invoke(parent) ?? 0 : 0);
            score += weighed;
            scored[i] = (doc, score, i + 1);
            var explained = HitFeatures.Names.Zip(features).ToDictionary(p => p.First, p => Math.Round(p.Second, 4));
            if (weighedSimilarity is not null) explained[MeaningByDimensionName] = Math.Round(weighed, 4);
            why[doc.Doc] = new HitRanking(Math.Round(score, 4), i + 1, explained);
        }
        // Ties keep the first stage's order; the scores also become the hits' scores so that a page reads in order.
        var top = scored.OrderByDescending(s => s.Score).ThenBy(s => s.Rank).Select(s => s.Doc with { Score = s.Score }).ToList();
        var floor = top.Count == 0 ? 0 : top.Min(d => d.Score);
        for (var i = depth; i < ranked.Count; i++)
        {
            floor -= 1e-6;
            top.Add(ranked[i] with { Score = floor });
        }
        return (top, why);
    }
}

/// <summary>Why a hit stands where it does: the second stage's score, where the first stage had put it, and the features.</summary>
public sealed record HitRanking(double Score, int FirstStageRank, IReadOnlyDictionary<string, double> Features);

/// <summary>The fitted weights of the second stage, how deep it reorders, and how they were fitted (for a reader).</summary>
/// <param name="MeaningByDimension">One weight per dimension of the meaning vectors: the score adds the sum over dimensions
/// of question x unit x weight (none: closeness in meaning counts only as the "meaning" feature).</param>
/// <param name="ParentMeaningByDimension">The same for an action's recommendation: an action that answers a recommendation
/// close to the question is worth more than its own few words show.</param>
public sealed record SecondStageWeights(IReadOnlyDictionary<string, double> Weights, int Depth, string? Fitted = null, float[]? MeaningByDimension = null,
    float[]? ParentMeaningByDimension = null)
{
    public const string FileName = "second-stage.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>The weights fitted for this release (built into the application).</summary>
    public static SecondStageWeights LoadDefault()
    {
        using var stream = typeof(SecondStageWeights).Assembly.GetManifestResourceStream("LearningSearch.SearchApi." + FileName)
            ?? throw new InvalidOperationException($"{FileName} is not built into the application.");
        return Read(new StreamReader(stream).ReadToEnd(), FileName);
    }

    /// <summary>Weights from a file (<c>Search:SecondStage:Weights</c>, to measure other weights without a rebuild).</summary>
    public static SecondStageWeights Load(string file) => Read(File.ReadAllText(file), Path.GetFileName(file));

    private static SecondStageWeights Read(string json, string name)
    {
        var read = JsonSerializer.Deserialize<SecondStageWeights>(json, Json) ?? throw new InvalidDataException($"{name} is empty.");
        var unknown = read.Weights.Keys.Except(HitFeatures.Names).ToList();
        if (unknown.Count > 0)
            throw new InvalidDataException($"{name} weighs features the second stage does not know: {string.Join(", ", unknown)} (known: {string.Join(", ", HitFeatures.Names)}).");
        if (read.Depth < 0) throw new InvalidDataException($"{name}: depth must be 0 or more.");
        if (read.MeaningByDimension is { } byDimension && byDimension.Any(w => !float.IsFinite(w)))
            throw new InvalidDataException($"{name}: every weight of meaningByDimension must be a number.");
        if (read.ParentMeaningByDimension is { } byParent && byParent.Any(w => !float.IsFinite(w)))
            throw new InvalidDataException($"{name}: every weight of parentMeaningByDimension must be a number.");
        return read;
    }
}
