using LearningSearch.Meaning;

namespace LearningSearch.MeasureMeaning;

/// <summary>How long units are in the model's word pieces, which decides what a window cuts.</summary>
internal static class WordPieceCounts
{
    public static void Report(IReadOnlyList<UnitText> units)
    {
        using var model = MeaningModel.TryLoad(new MeaningOptions { Window = 512 }).Model!;
        var counts = units.Select(u => model.Tokenize(u.Text).Tokens).Order().ToArray();
        int At(double share) => counts[(int)Math.Min(counts.Length - 1, share * counts.Length)];
        Console.WriteLine("## Word pieces per unit ([CLS] and [SEP] included)");
        Console.WriteLine();
        Console.WriteLine("| median | 90th % | 99th % | longest | over 128 | over 256 | over 512 |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine($"| {At(0.5)} | {At(0.9)} | {At(0.99)} | {counts[^1]} | {counts.Count(c => c > 128)} | {counts.Count(c => c > 256)} | {counts.Count(c => c > 512)} |");
        Console.WriteLine();
    }
}
