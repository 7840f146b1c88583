using LearningSearch.Indexer.Layouts.LearnedBlocks;

namespace LearningSearch.TrainBlockReader;

/// <summary>
/// An averaged perceptron over segment features, trained left to right with the true labels of the segments before
/// as the decoder's memory; the average of the weights over every step is what is kept (it generalises better than the last).
/// </summary>
public sealed class Perceptron
{
    private readonly Dictionary<string, float[]> _w = new(StringComparer.Ordinal);
    private readonly Dictionary<string, float[]> _u = new(StringComparer.Ordinal); // each update times the step it was made at
    private int _step = 1;

    public static BlockModel Train(IReadOnlyList<TrainingDocument> documents, int epochs, int seed = 7)
    {
        var p = new Perceptron();
        var random = new Random(seed);
        var order = documents.ToArray();
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var d in order) p.Learn(d);
        }
        return p.Averaged();
    }

    private void Learn(TrainingDocument d)
    {
        var model = new BlockModel(_w);
        var state = new DecodingState();
        for (var i = 0; i < d.Segments.Count; i++)
        {
            state.Before(d.Segments[i]);
            var features = d.Features[i].Concat(SegmentFeatures.Dynamic(d.Features[i], state)).ToList();
            var predicted = BlockModel.Best(model.Scores(features), state);
            var gold = d.Labels[i];
            if (predicted != gold)
                foreach (var f in features)
                {
                    Update(f, (int)gold, 1);
                    Update(f, (int)predicted, -1);
                }
            state.After(d.Segments[i], gold);
            _step++;
        }
    }

    private void Update(string feature, int label, float by)
    {
        if (!_w.TryGetValue(feature, out var w))
        {
            _w[feature] = w = new float[BlockModel.Labels.Length];
            _u[feature] = new float[BlockModel.Labels.Length];
        }
        w[label] += by;
        _u[feature][label] += _step * by;
    }

    private BlockModel Averaged() =>
        new(_w.ToDictionary(kv => kv.Key, kv => kv.Value.Select((w, k) => w - _u[kv.Key][k] / _step).ToArray(), StringComparer.Ordinal));
}

/// <summary>One reading of one document (a document in one format), with its segments, features and true labels.</summary>
public sealed record TrainingDocument(string Document, string Format, IReadOnlyList<Segment> Segments, IReadOnlyList<string[]> Features, BlockLabel[] Labels);
