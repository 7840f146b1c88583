using System.Globalization;
using LearningSearch.Bench.Generation;
using LearningSearch.Bench.Running;
using LearningSearch.Indexer.CommandLine;
using LearningSearch.Themes;

namespace LearningSearch.Bench;

/// <summary>The benchmark's commands: generate a corpus, or run the whole benchmark on one corpus size.</summary>
public static class BenchCommands
{
    public static int Generate(Arguments args, TextWriter output)
    {
        var reviews = Int(args, "reviews", null);
        var seed = Int(args, "seed", 42);
        var folder = args.Get("out") ?? throw new ArgumentException("generate needs --out DIR.");
        var samples = SampleUnits.Read(args.Get("samples") ?? Path.Combine(RepositoryRoot.Find(), "corpus"));
        var corpus = new SyntheticCorpus(samples, Taxonomy.LoadDefault()).Generate(reviews, seed, folder);
        output.WriteLine($"{corpus.Reviews:N0} reviews, {corpus.PlannedUnits:N0} units, {corpus.Bytes / 1048576.0:F1} MB written to {Path.GetFullPath(folder)}");
        foreach (var (layout, count) in corpus.Layouts) output.WriteLine($"  {layout}: {count}");
        return 0;
    }

    public static async Task<int> Run(Arguments args, TextWriter output, CancellationToken cancel)
    {
        var options = new RunOptions
        {
            Reviews = Int(args, "reviews", null),
            Seed = Int(args, "seed", 42),
            HttpSeconds = Double(args, "http-seconds", 20),
            HttpWorkers = Int(args, "http-workers", 4),
            Iterations = Int(args, "iterations", 400),
            OutFolder = args.Get("out", Path.Combine("docs", "bench-results")),
            WorkFolder = args.Get("work", ".bench"),
            SamplesFolder = args.Get("samples"),
            ProfileDocuments = Int(args, "profile-documents", 100),
            Command = "dotnet run -c Release --project bench/LearningSearch.Bench -- run " + string.Join(" ", Environment.GetCommandLineArgs().Skip(2)),
        };
        var result = await new BenchRun(options, output).Execute(cancel);
        var (json, markdown) = ResultReport.Save(result, options.OutFolder);
        output.WriteLine();
        output.WriteLine(ResultReport.Markdown(result));
        output.WriteLine($"Results: {json}, {markdown}");
        return 0;
    }

    public static int Tagging(Arguments args, TextWriter output)
    {
        TaggingProfile.Run(args.Get("corpus") ?? throw new ArgumentException("tagging needs --corpus DIR."), Int(args, "documents", 100), output);
        return 0;
    }

    private static int Int(Arguments args, string name, int? fallback)
    {
        var text = args.Get(name);
        if (text is null) return fallback ?? throw new ArgumentException($"--{name} is required.");
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value : throw new ArgumentException($"--{name} must be a whole number; it was '{text}'.");
    }

    private static double Double(Arguments args, string name, double fallback)
    {
        var text = args.Get(name);
        if (text is null) return fallback;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value : throw new ArgumentException($"--{name} must be a number of seconds; it was '{text}'.");
    }
}
