using LearningSearch.Meaning;

namespace LearningSearch.MeasureMeaning;

/// <summary>Units per second when a generation is filled, by window and batch size.</summary>
internal static class Throughput
{
    public static void Report(IReadOnlyList<UnitText> units, bool[] eightBit, int[] windows, int[] batches, int repeats)
    {
        var texts = units.Select(u => u.Text).ToArray();
        Console.WriteLine($"## Encoding all {texts.Length} units (src/Meaning, ONNX Runtime direct); best of {repeats}");
        Console.WriteLine();
        Console.WriteLine("| weights | window | batch | units/s (wall) | CPU ms a unit | CPUs | load before | load after |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (weights, window) in eightBit.SelectMany(e => windows.Select(w => (e, w))))
        {
            using var model = MeaningModel.TryLoad(new MeaningOptions { Window = window, EightBitWeights = weights }).Model!;
            var encoder = new SentenceEncoder(model);
            encoder.Encode(texts.Take(16).ToArray(), 16);
            foreach (var batch in batches)
            {
                var before = Machine.Load();
                var runs = Enumerable.Range(0, repeats).Select(_ => Machine.Time(() => encoder.Encode(texts, batch))).ToArray();
                var best = runs.MinBy(r => r.Wall);
                Console.WriteLine($"| {(weights ? "int8" : "float32")} | {window} | {batch} | {texts.Length / best.Wall:F0} | {1000 * best.Cpu / texts.Length:F1} | {Environment.ProcessorCount} | {before} | {Machine.Load()} |");
            }
        }
        Console.WriteLine();
    }
}
