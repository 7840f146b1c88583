using System.Text.Json;
using LearningSearch.Indexer.Agencies;

namespace LearningSearch.Indexer.Layouts.LearnedBlocks;

/// <summary>
/// A linear model over <see cref="SegmentFeatures"/>: one weight per feature and label, the label with the highest
/// sum wins, and segments are decoded left to right so the labels already given are features of the next.
/// Trained offline by tools/TrainBlockReader (an averaged perceptron) on the layout library's answer keys; the
/// weights ship as block-model.json inside this assembly.
/// </summary>
public sealed class BlockModel
{
    public static readonly BlockLabel[] Labels = Enum.GetValues<BlockLabel>();

    private readonly Dictionary<string, float[]> _weights;

    public BlockModel(Dictionary<string, float[]> weights) => _weights = weights;

    public IReadOnlyDictionary<string, float[]> Weights => _weights;

    /// <summary>The model trained on the whole library, as committed.</summary>
    public static BlockModel Default => LazyDefault.Value;

    private static readonly Lazy<BlockModel> LazyDefault = new(() =>
    {
        using var stream = typeof(BlockModel).Assembly.GetManifestResourceStream("LearningSearch.Indexer.block-model.json")
            ?? throw new InvalidOperationException("The block-model.json resource is missing from the Indexer assembly.");
        return Load(stream);
    });

    public static BlockModel Load(Stream json)
    {
        var file = JsonSerializer.Deserialize<ModelFile>(json) ?? throw new InvalidDataException("not a block model");
        var order = file.Labels.Select(Enum.Parse<BlockLabel>).ToArray();
        var weights = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var (feature, values) in file.Weights)
        {
            var w = new float[Labels.Length];
            for (var k = 0; k < order.Length; k++) w[(int)order[k]] = values[k];
            weights[feature] = w;
        }
        return new BlockModel(weights);
    }

    public void Save(Stream json) =>
        JsonSerializer.Serialize(json, new ModelFile(
            Labels.Select(l => l.ToString()).ToArray(),
            _weights.Where(kv => kv.Value.Any(v => Math.Abs(v) >= 0.001f))
                .OrderBy(kv => kv.Key, StringComparer.Ordinal)
                .ToDictionary(kv => kv.Key, kv => kv.Value.Select(v => MathF.Round(v, 3)).ToArray())));

    /// <summary>The score of each label for a segment with these features.</summary>
    public float[] Scores(IEnumerable<string> features)
    {
        var scores = new float[Labels.Length];
        foreach (var f in features)
            if (_weights.TryGetValue(f, out var w))
                for (var k = 0; k < scores.Length; k++) scores[k] += w[k];
        return scores;
    }

    /// <summary>Labels every segment, left to right, with the margin of the winner over the runner-up.</summary>
    public IReadOnlyList<(BlockLabel Label, float Margin)> Decode(IReadOnlyList<Segment> segments, AgencyDirectory agencies)
    {
        var features = SegmentFeatures.Static(segments, agencies);
        var state = new DecodingState();
        var result = new List<(BlockLabel, float)>(segments.Count);
        for (var i = 0; i < segments.Count; i++)
        {
            state.Before(segments[i]);
            var scores = Scores(features[i].Concat(SegmentFeatures.Dynamic(features[i], state)));
            var best = Best(scores, state);
            var margin = scores[(int)best] - scores.Where((_, k) => k != (int)best).Max();
            result.Add((best, margin));
            state.After(segments[i], best);
        }
        return result;
    }

    /// <summary>The best label; "continues" is not allowed where no unit was started.</summary>
    public static BlockLabel Best(float[] scores, DecodingState state)
    {
        var best = BlockLabel.Other;
        for (var k = 0; k < scores.Length; k++)
        {
            var label = (BlockLabel)k;
            if (label == BlockLabel.ContinuesUnit && state.LastStart == BlockLabel.Other) continue;
            if (scores[k] > scores[(int)best]) best = label;
        }
        return best;
    }

    private sealed record ModelFile(string[] Labels, Dictionary<string, float[]> Weights);
}
