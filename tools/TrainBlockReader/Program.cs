using LearningSearch.TrainBlockReader;

// Trains the learned block reader on the layout library's answer keys and measures it on documents it was not trained on.
//   train [--with-unseen] [--epochs N]   writes src/Indexer/Layouts/LearnedBlocks/block-model.json
//   evaluate [--epochs N] [--library-only] leave-one-document-out over the library, and the unseen set with the model
//                                         trained on the library only, each beside the rules, per document and format
//                                         (--library-only: the library alone, for work on the reader after the blind score)
//   cost [--corpus corpus] [--rounds 20]  the time to read a corpus into units by the rules alone and with the learned reader
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
        Evaluation.Run(library, unseen, epochs, args.Contains("--misses"), scoreUnseen: !args.Contains("--library-only"));
        break;
    case "cost":
        ReadingCost.Run(Path.GetFullPath(args.SkipWhile(a => a != "--corpus").Skip(1).FirstOrDefault() ?? Path.Combine(root, "corpus")),
            args.SkipWhile(a => a != "--rounds").Skip(1).Select(int.Parse).FirstOrDefault(20));
        break;
    case "show":
        // show DOCUMENT [FORMAT]: each segment with its true label and the label the model (trained without the document) gives it, then the units.
        var name = args[1];
        var format = args.Length > 2 && args[2].StartsWith('.') ? args[2] : ".txt";
        var shown = library.Concat(unseen).First(r => r.Document == name && r.Format == format);
        var without = LearningSearch.TrainBlockReader.Perceptron.Train(library.Concat(unseen).Where(r => r.Document != name).Select(r => r.Training).ToList(), epochs);
        var decoded = without.Decode(shown.Training.Segments, LearningSearch.Indexer.Agencies.AgencyDirectory.Default);
        for (var i = 0; i < decoded.Count; i++)
        {
            var seg = shown.Training.Segments[i];
            var text = seg.Text.Length > 90 ? seg.Text[..90] : seg.Text;
            Console.WriteLine($"{seg.Block.Line,4}{(seg.IsCell ? $"c{seg.Cell}" : "  ")} {Short(shown.Training.Labels[i]),-5} {(decoded[i].Label == shown.Training.Labels[i] ? "" : Short(decoded[i].Label)),-5} {decoded[i].Margin,6:F1} {text}");
        }
        var read = new LearningSearch.Indexer.Extraction.ReviewExtractor(layouts: [new LearningSearch.Indexer.Layouts.LearnedBlocks.LearnedBlockLayout(without, 0.9)], rulesOnly: true).Extract(shown.Text);
        foreach (var u in read.Units)
            Console.WriteLine($"{u.Id} [{string.Join(", ", u.Agencies)}] {(u.Text.Length > 80 ? u.Text[..80] : u.Text)}");
        Console.WriteLine(LearningSearch.Indexer.Tests.Library.LibraryScore.Of(name, format, shown.Key, read) is var sc ? $"{sc.Right}/{sc.Expected}\n" + string.Join("\n", sc.Misses) : "");
        break;
    default:
        Console.Error.WriteLine("usage: train [--with-unseen] [--epochs N] | evaluate [--epochs N] [--misses] [--library-only] | show DOCUMENT [FORMAT] | cost [--corpus DIR] [--rounds N]");
        return 2;
}
return 0;

static string Short(LearningSearch.Indexer.Layouts.LearnedBlocks.BlockLabel l) => l switch
{
    LearningSearch.Indexer.Layouts.LearnedBlocks.BlockLabel.StartsRecommendation => "REC",
    LearningSearch.Indexer.Layouts.LearnedBlocks.BlockLabel.StartsAction => "ACT",
    LearningSearch.Indexer.Layouts.LearnedBlocks.BlockLabel.StartsFinding => "FIND",
    LearningSearch.Indexer.Layouts.LearnedBlocks.BlockLabel.ContinuesUnit => "+",
    _ => ".",
};

internal static class Repository
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LearningSearch.sln"))) return dir.FullName;
        throw new InvalidOperationException("run from inside the repository");
    }
}
