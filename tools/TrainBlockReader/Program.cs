using LearningSearch.TrainBlockReader;

// Trains the learned block reader on the layout library's answer keys and measures it on documents it was not trained on.
//   train [--with-unseen] [--epochs N]   writes src/Indexer/Layouts/LearnedBlocks/block-model.json
//   evaluate [--epochs N]                 leave-one-document-out over the library, and the unseen set with the model
//                                         trained on the library only, each beside the rules, per document and format
var command = args.FirstOrDefault() ?? "evaluate";
var epochs = args.SkipWhile(a => a != "--epochs").Skip(1).Select(int.Parse).FirstOrDefault(8);
var root = Repository.Root();
var library = Shelf.Load(Path.Combine(root, "tests/Indexer.Tests/Fixtures/library"));
var unseen = Shelf.Load(Path.Combine(root, "tests/Indexer.Tests/Fixtures/unseen"));
Console.Error.WriteLine($"library: {library.Count} readings of {library.Select(r => r.Document).Distinct().Count()} documents; unseen: {unseen.Count} readings; segments not aligned to a key unit: {library.Concat(unseen).Sum(r => r.Unaligned)}");

switch (command)
{
    case "train":
        var training = args.Contains("--with-unseen") ? library.Concat(unseen).ToList() : library;
        var model = LearningSearch.TrainBlockReader.Perceptron.Train(training.Select(r => r.Training).ToList(), epochs);
        var path = Path.Combine(root, "src/Indexer/Layouts/LearnedBlocks/block-model.json");
        using (var file = File.Create(path)) model.Save(file);
        Console.WriteLine($"{path}: {model.Weights.Count} features, trained on {training.Select(r => r.Document).Distinct().Count()} documents ({epochs} epochs)");
        break;
    case "evaluate":
        Evaluation.Run(library, unseen, epochs, args.Contains("--misses"));
        break;
    default:
        Console.Error.WriteLine("usage: train [--with-unseen] [--epochs N] | evaluate [--epochs N] [--misses]");
        return 2;
}
return 0;

internal static class Repository
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LearningSearch.sln"))) return dir.FullName;
        throw new InvalidOperationException("run from inside the repository");
    }
}
