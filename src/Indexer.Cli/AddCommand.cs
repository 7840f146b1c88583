using System.CommandLine;
using System.Globalization;
using LearningSearch.Index;
using LearningSearch.Index.Units;
using LearningSearch.Indexer.Corpus;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Indexing;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.CommandLine;

/// <summary>
/// <c>add FILE [--corpus DIR] [--index DIR] [--id --title --partnership --area --year --type] [--replace] [--rules-only]</c>:
/// checks the document can be read, copies it into the corpus with its manifest entry, and updates the index
/// (only the new document is read). A running SearchApi picks the new index up by itself.
/// </summary>
public static class AddCommand
{
    internal static Command Create()
    {
        // Any number is taken so that a wrong count is answered in a sentence of its own, as before.
        var files = new Argument<string[]>("file") { Description = "The review document to add.", Arity = ArgumentArity.ZeroOrMore };
        var corpus = CommonOptions.Corpus();
        var index = CommonOptions.Index();
        var id = Text("--id", "The review id (in its URLs and unit ids); made from the document when left out.");
        var title = Text("--title", "The review's title.");
        var partnership = Text("--partnership", "The safeguarding partnership that published it.");
        var area = Text("--area", "The area it covers.");
        var year = Text("--year", "The year it was published, such as 2021.");
        var type = Text("--type", "The kind of review, such as \"Local child safeguarding practice review\".");
        var replace = new Option<bool>("--replace") { Description = "Replace a different document of the same name already in the corpus." };
        var noMeaning = CommonOptions.NoMeaning();
        var rulesOnly = CommonOptions.RulesOnly();
        var command = new Command("add", "Copy a review into the corpus with its manifest entry and update the index (only the new document is read).")
        {
            files, corpus, index, id, title, partnership, area, year, type, replace, noMeaning, rulesOnly,
        };
        command.SetAction(result => Run(
            new AddRequest(result.GetValue(files) ?? [], result.GetValue(corpus)!, result.GetValue(index)!, result.GetValue(replace))
            {
                Id = result.GetValue(id),
                Title = result.GetValue(title),
                Partnership = result.GetValue(partnership),
                Area = result.GetValue(area),
                Year = result.GetValue(year),
                Type = result.GetValue(type),
                Meaning = !result.GetValue(noMeaning),
                RulesOnly = result.GetValue(rulesOnly),
            },
            result.Output(),
            result.Errors()));
        return command;
    }

    // Taken as text, the year too: a wrong year is answered in the command's own words, as before.
    private static Option<string?> Text(string name, string description) => new(name) { Description = description, HelpName = name[2..] };

    public static int Run(AddRequest args, TextWriter output, TextWriter errors)
    {
        if (args.Files.Count != 1)
        {
            errors.WriteLine("Give the one file to add: add FILE [--title ... --partnership ... --year ... --type ...]");
            return 2;
        }
        var source = args.Files[0];
        var corpus = args.Corpus;
        var index = args.Index;
        if (!File.Exists(source))
        {
            errors.WriteLine($"There is no file '{source}'.");
            return 2;
        }
        if (!Directory.Exists(corpus))
        {
            errors.WriteLine($"The corpus folder '{corpus}' does not exist. Pass --corpus with the folder that holds the reviews.");
            return 2;
        }
        int? year = null;
        if (args.Year is { } yearText)
        {
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 1990 or > 2100)
            {
                errors.WriteLine($"--year must be a year such as 2021, not '{yearText}'.");
                return 2;
            }
            year = y;
        }

        var name = Path.GetFileName(source);
        var target = Path.Combine(corpus, name);
        // Copying onto a link would write through it, wherever it points.
        if (new FileInfo(target).LinkTarget is not null)
        {
            errors.WriteLine($"The corpus holds '{name}' as a link, which add does not write through; remove the link, then add the file.");
            return 2;
        }
        if (File.Exists(target) && !args.Replace && !SameBytes(source, target))
        {
            errors.WriteLine($"The corpus already holds a different '{name}'. Add --replace to replace it, or rename the file.");
            return 2;
        }

        // add writes the manifest back: saving one it could only partly read would lose the entries it could not.
        if (Manifest.Load(corpus).Problems is [var problem, ..])
        {
            errors.WriteLine($"{name} was not added, as add writes the corpus manifest and it cannot be read whole: {problem}.");
            return 2;
        }
        if (args.Id is { } id && HolderOf(id, name, corpus, index) is { } holder)
        {
            errors.WriteLine($"The review id '{id}' is already the id of {holder}; choose another --id, or leave it out to have one made from the document.");
            return 2;
        }

        var entry = new ManifestEntry
        {
            File = name,
            Id = args.Id,
            Title = args.Title,
            Partnership = args.Partnership,
            Area = args.Area,
            Type = args.Type,
            Year = year,
        };
        // Read it before copying: a document that cannot be read never enters the corpus.
        var readers = DocumentReaders.Default;
        ExtractedReviewCheck check;
        try
        {
            var document = readers.Read(source, name);
            var review = IndexerServices.CreateExtractor(rulesOnly: args.RulesOnly).Extract(document, entry);
            check = new ExtractedReviewCheck(review.Units.Count, review.Review.Id, review.Warnings);
        }
        catch (UnreadableDocumentException e)
        {
            errors.WriteLine($"{name} was not added: {e.Reason}.");
            return 1;
        }
        if (check.Units == 0)
        {
            errors.WriteLine($"{name} was not added: no recommendation, action or finding could be read from it.");
            return 1;
        }

        // In an order that a kill at any point leaves whole: the entry first (an entry without its file is ignored),
        // then the file copied under a hidden name and renamed in one step (a half-copied file is never a document);
        // a corpus that has the file but not yet its index is caught up by the next build or service start.
        var manifest = Manifest.Load(corpus);
        var existing = manifest.For(name);
        manifest.Entries.RemoveAll(e => string.Equals(e.File, name, StringComparison.OrdinalIgnoreCase));
        manifest.Entries.Add(existing is null ? entry : Merge(existing, entry));
        manifest.Save(corpus);
        var copying = Path.Combine(corpus, $".{name}.adding");
        File.Copy(source, copying, overwrite: true);
        File.Move(copying, target, overwrite: true);
        output.WriteLine($"Added {name} to {corpus} as review '{check.ReviewId}' ({check.Units} units).");
        foreach (var warning in check.Warnings) output.WriteLine($"  warning: {warning}");
        return BuildCommand.Run(corpus, index, output, errors, args.Meaning, args.RulesOnly);
    }

    private static ManifestEntry Merge(ManifestEntry old, ManifestEntry given) => old with
    {
        Id = given.Id ?? old.Id,
        Title = given.Title ?? old.Title,
        Partnership = given.Partnership ?? old.Partnership,
        Area = given.Area ?? old.Area,
        Type = given.Type ?? old.Type,
        Year = given.Year ?? old.Year,
    };

    // A review id is a key in every URL and unit id: the index in service and the manifest both say which are taken.
    private static string? HolderOf(string id, string name, string corpus, string index)
    {
        var manifest = Manifest.Load(corpus);
        var holder = manifest.Entries.FirstOrDefault(e => e.Id == id && !string.Equals(e.File, name, StringComparison.OrdinalIgnoreCase))?.File
            ?? IndexedReviewIds.Of(new IndexLocation(index)).GetValueOrDefault(id);
        return holder is null || string.Equals(holder, name, StringComparison.OrdinalIgnoreCase) ? null : holder;
    }

    private static bool SameBytes(string a, string b) => File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b));

    /// <summary>What <c>add</c> was asked: the file, where the corpus and index are, and the manifest entry as given.</summary>
    public sealed record AddRequest(IReadOnlyList<string> Files, string Corpus, string Index, bool Replace)
    {
        public string? Id { get; init; }
        public string? Title { get; init; }
        public string? Partnership { get; init; }
        public string? Area { get; init; }
        public string? Year { get; init; }
        public string? Type { get; init; }

        /// <summary>Whether the build loads the meaning model (see <see cref="BuildCommand.Run"/>); off unless asked.</summary>
        public bool Meaning { get; init; }

        /// <summary>Whether the document, and the build after it, are read by the rules alone (see <see cref="BuildCommand.Run"/>).</summary>
        public bool RulesOnly { get; init; }
    }

    private sealed record ExtractedReviewCheck(int Units, string ReviewId, IReadOnlyList<string> Warnings);
}
