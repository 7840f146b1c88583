using System.Diagnostics;
using System.Text.Json;
using LearningSearch.Meaning;

namespace LearningSearch.MeasureMeaning;

/// <summary>What reading a question costs a search: each blind tuning question encoded once, alone, not remembered.</summary>
internal static class QuestionLatency
{
    public static void Report(string questionsFile)
    {
        using var set = JsonDocument.Parse(File.ReadAllText(questionsFile));
        var questions = set.RootElement.EnumerateArray().Select(q => q.GetProperty("question").GetString()!).ToArray();
        using var model = MeaningModel.TryLoad(new MeaningOptions { RecentQuestions = 0 }).Model!;
        var encoder = new SentenceEncoder(model);
        encoder.EncodeQuestion("warm-up");
        var before = Machine.Load();
        var milliseconds = questions.Select(q =>
        {
            var clock = Stopwatch.StartNew();
            encoder.EncodeQuestion(q);
            return clock.Elapsed.TotalMilliseconds;
        }).Order().ToArray();
        var (_, cpu) = Machine.Time(() => Array.ForEach(questions, q => encoder.EncodeQuestion(q)));
        Console.WriteLine($"## Reading a question ({questions.Length} tuning questions, int8, window 256, none remembered)");
        Console.WriteLine();
        Console.WriteLine("| median ms (wall) | 90th % ms | CPU ms a question | CPUs | load before | load after |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine($"| {milliseconds[milliseconds.Length / 2]:F1} | {milliseconds[milliseconds.Length * 9 / 10]:F1} | {1000 * cpu / questions.Length:F1} | {Environment.ProcessorCount} | {before} | {Machine.Load()} |");
        Console.WriteLine();
    }
}
