// Measures the recurrence view's pairing of a later recommendation with an earlier one as "the same lesson again".
//   candidates: writes about 320 cross-review pairs sharing a theme, from the layout library, the unseen shelf and the
//     bundled corpus, for a blind labeller (pairs.jsonl and labelling-task.md), and their similarities elsewhere:
//     dotnet run -c Release --project tools/MeasureRecurrence -- candidates --out /work/pairs2 --features /tmp/pairs2-features.jsonl
using LearningSearch.MeasureRecurrence;

var root = Directory.GetCurrentDirectory();
while (!File.Exists(Path.Combine(root, "LearningSearch.sln"))) root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Run from inside the repository.");
string Option(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
var cache = Option("--vectors", Path.Combine(Path.GetTempPath(), "recurrence-vectors.lsuv"));
var labelled = Path.Combine(root, "tests/SearchApi.Tests/Recurrence/LabelledPairs");

switch (args.FirstOrDefault())
{
    case "candidates":
        var folder = Option("--out", "/work/pairs2");
        var recommendations = Shelf.Read(root, cache);
        Candidates.Write(recommendations, Path.Combine(labelled, "pairs.jsonl"), folder, Option("--features", "/tmp/pairs2-features.jsonl"), seed: 20261207);
        var task = File.ReadAllText(Path.Combine(labelled, "labelling-task.md")).Replace("/work/pairs/", folder.TrimEnd('/') + "/", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "labelling-task.md"), task);
        return 0;
    default:
        Console.Error.WriteLine("Usage: MeasureRecurrence candidates [--out DIR] [--features FILE] | score ...");
        return 2;
}
