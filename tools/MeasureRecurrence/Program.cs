// Measures the recurrence view's pairing of a later recommendation with an earlier one as "the same lesson again".
//   candidates: writes about 320 cross-review pairs sharing a theme, from the layout library, the unseen shelf and the
//     bundled corpus, for a blind labeller (pairs.jsonl and labelling-task.md), and their similarities elsewhere:
//     dotnet run -c Release --project tools/MeasureRecurrence -- candidates [--out DIR] [--features FILE]   (default: pairs-to-label and pairs-features.jsonl in the temp folder)
//   develop: how each feature of the same-lesson scorer separates the first 204 labelled pairs' labels:
//     dotnet run -c Release --project tools/MeasureRecurrence -- develop [--fit] [--list] [--time]
//   fit: splits the new labelled pairs once by later review (seed 20261208), fits the scorer and chooses its threshold
//     on the fitting half, and reports held-out precision, and the first 204 pairs as a third check:
//     dotnet run -c Release --project tools/MeasureRecurrence -- fit --pairs tests/SearchApi.Tests/Recurrence/LabelledPairs/second
using System.Globalization;
using LearningSearch.MeasureRecurrence;
using LearningSearch.SearchApi.Recurrence;

var root = Directory.GetCurrentDirectory();
while (!File.Exists(Path.Combine(root, "LearningSearch.sln"))) root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Run from inside the repository.");
string Option(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
var cache = Option("--vectors", Path.Combine(Path.GetTempPath(), "recurrence-vectors.lsuv"));
var labelled = Path.Combine(root, "tests/SearchApi.Tests/Recurrence/LabelledPairs");

switch (args.FirstOrDefault())
{
    case "candidates":
        var folder = Option("--out", Path.Combine(Path.GetTempPath(), "pairs-to-label"));
        Directory.CreateDirectory(folder);
        var recommendations = Shelf.Read(root, cache);
        Candidates.Write(recommendations, Path.Combine(labelled, "pairs.jsonl"), folder, Option("--features", Path.Combine(Path.GetTempPath(), "pairs-features.jsonl")), seed: 20261207);
        var task = File.ReadAllText(Path.Combine(labelled, "labelling-task.md")).Replace("/work/pairs/", folder.TrimEnd('/') + "/", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "labelling-task.md"), task);
        return 0;
    case "develop":
    {
        var shelf = Shelf.Read(root, cache);
        var comparison = new LessonComparison(shelf.Select(LabelledSet.Lesson).ToList());
        var old = LabelledSet.Read(labelled, shelf, comparison);
        Console.WriteLine($"{old.Count} pairs: {old.Count(p => p.Same)} same, {old.Count(p => p.Label == "related")} related");
        Fitting.Develop(old);
        if (args.Contains("--fit"))
        {
            // A stand-in until the new labelled pairs come: fitted and thresholded on these 204 pairs themselves (out of fold).
            var outOfFold = Fitting.OutOfFold(old, folds: 5);
            var threshold = Fitting.ChooseThreshold(old, outOfFold, 0.85);
            var scorer = Fitting.Fit(old, threshold);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold {threshold:F3}; weights [{string.Join(", ", scorer.Weights.Select(w => w.ToString("F3", CultureInfo.InvariantCulture)))}], bias {scorer.Bias:F3}"));
            Console.WriteLine(Fitting.Line("out of fold", old, p => outOfFold[old.ToList().IndexOf(p)] >= threshold));
        }
        if (args.Contains("--time"))
        {
            // What the comparison costs the recurrence build: every recommendation read once, then a compare per pair.
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var fresh = new LessonComparison(shelf.Select(LabelledSet.Lesson).ToList());
            var lessons = shelf.Select(LabelledSet.Lesson).ToList();
            var counted = clock.Elapsed.TotalMilliseconds;
            var pairs = new List<(int, int)>();
            for (var i = 0; i < lessons.Count; i++)
                for (var j = 0; j < i; j++)
                    if (shelf[i].ReviewId != shelf[j].ReviewId && shelf[i].Themes.Intersect(shelf[j].Themes).Any()) pairs.Add((i, j));
            clock.Restart();
            foreach (var (i, j) in pairs) fresh.Compare(lessons[i], lessons[j]);
            var compared = pairs.Count;
            counted = 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rarity of {shelf.Count} recommendations counted in {counted:F0} ms; {compared} pairs compared in {clock.Elapsed.TotalMilliseconds - counted:F0} ms ({(clock.Elapsed.TotalMilliseconds - counted) * 1000 / compared:F1} µs a pair, each text read once)"));
        }
        if (args.Contains("--list"))
            foreach (var p in old.Where(p => p.Same || p.Features.Similarity >= 0.55).OrderByDescending(p => p.Features.Similarity))
                Console.WriteLine($"{p.Label,-9} {p.Features} {p.Pair}");
        return 0;
    }
    case "fit":
    {
        var labelledFolder = Path.GetFullPath(Option("--pairs", Path.Combine(labelled, "second")), root);
        var shelf = Shelf.Read(root, cache);
        var comparison = new LessonComparison(shelf.Select(LabelledSet.Lesson).ToList());
        var fresh = LabelledSet.Read(labelledFolder, shelf, comparison, Path.Combine(labelledFolder, "sampling.jsonl"));
        var old = LabelledSet.Read(labelled, shelf, comparison);
        Report.Run(fresh, old, seed: 20261208, precision: 0.85, Path.Combine(labelledFolder, "scored.jsonl"));
        return 0;
    }
    default:
        Console.Error.WriteLine("Usage: MeasureRecurrence candidates [--out DIR] [--features FILE] | develop [--list] | fit [--pairs DIR]");
        return 2;
}
