using System.Text.Json;
using LearningSearch.SearchApi.Recurrence;

namespace LearningSearch.MeasureRecurrence;

/// <summary>A labelled pair with its two recommendations, its features, and its sampling weight (1 where every pair was labelled).</summary>
internal sealed record LabelledPair(int N, string Pair, string LaterReview, string Label, ShelfRecommendation Later, ShelfRecommendation Earlier, LessonFeatures Features, double Weight)
{
    public bool Same => Label == "same";

    public bool SameOrRelated => Label is "same" or "related";
}

internal static class LabelledSet
{
    /// <summary>Reads pairs.jsonl and labels.jsonl of a folder (and the sampling weights, if a features file is given), checking every label belongs to its pair.</summary>
    public static IReadOnlyList<LabelledPair> Read(string folder, IReadOnlyList<ShelfRecommendation> shelf, LessonComparison comparison, string? weightsFile = null)
    {
        var byId = shelf.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var labels = Lines(Path.Combine(folder, "labels.jsonl")).ToDictionary(l => l.GetProperty("n").GetInt32(), l => (Pair: l.GetProperty("pair").GetString()!, Label: l.GetProperty("label").GetString()!));
        var weights = weightsFile is null ? [] : Lines(weightsFile).ToDictionary(l => l.GetProperty("pair").GetString()!, l => l.GetProperty("weight").GetDouble(), StringComparer.Ordinal);
        var pairs = new List<LabelledPair>();
        foreach (var p in Lines(Path.Combine(folder, "pairs.jsonl")))
        {
            var n = p.GetProperty("n").GetInt32();
            var pair = p.GetProperty("pair").GetString()!;
            if (!labels.TryGetValue(n, out var label)) throw new InvalidDataException($"pair {n} ({pair}) has no label in {folder}");
            if (label.Pair != pair) throw new InvalidDataException($"label {n} is for {label.Pair}, not {pair}");
            if (label.Label is not ("same" or "related" or "unrelated")) throw new InvalidDataException($"label {n}: '{label.Label}'");
            var ids = pair.Split(" <- ");
            var later = byId[ids[0]];
            var earlier = byId[ids[1]];
            if (later.Text != p.GetProperty("later").GetString() || earlier.Text != p.GetProperty("earlier").GetString())
                throw new InvalidDataException($"pair {n}: the texts read now differ from those labelled");
            var features = comparison.Compare(Lesson(later), Lesson(earlier)).With(System.Numerics.Tensors.TensorPrimitives.Dot<float>(later.Vector, earlier.Vector));
            pairs.Add(new LabelledPair(n, pair, later.ReviewId, label.Label, later, earlier, features, weights.GetValueOrDefault(pair, 1)));
        }
        return pairs;
    }

    public static LessonText Lesson(ShelfRecommendation r) => new(r.Text, r.Tags);

    private static IEnumerable<JsonElement> Lines(string file) =>
        File.ReadLines(file).Where(l => l.Trim().Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone());
}
