using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Library;

/// <summary>
/// A folder of review documents with their answer keys (Fixtures/library: the layouts the extraction was built
/// on; Fixtures/unseen: five written by someone who never saw the extraction, scored once blind and never tuned on), read
/// in every format they are published in.
/// </summary>
public static class LibraryShelf
{
    public const string Built = "library";
    public const string Unseen = "unseen";

    private static readonly string[] Formats = [".txt", ".md", ".html", ".docx", ".pdf", ".xlsx"];
    private static readonly ConcurrentDictionary<string, ExtractedReview> Read = new();

    public static string Folder(string shelf) => Path.Combine(AppContext.BaseDirectory, "Fixtures", shelf);

    public static IReadOnlyList<string> Documents(string shelf) =>
        Directory.Exists(Folder(shelf))
            ? Directory.GetFiles(Folder(shelf), "*.key.json").Select(f => Path.GetFileName(f)[..^".key.json".Length]).Order(StringComparer.Ordinal).ToList()
            : [];

    public static IReadOnlyList<string> FormatsOf(string shelf, string document) =>
        Formats.Where(f => File.Exists(Path.Combine(Folder(shelf), document + f))).ToList();

    public static AnswerKey Key(string shelf, string document) => AnswerKey.Load(Path.Combine(Folder(shelf), document + ".key.json"));

    // The rules alone on the library: the learned reader was trained on these very documents, so a score with it would
    // be a score of what it learned by heart (tools/TrainBlockReader measures it on documents held out of its training).
    // The unseen shelf, which the learned reader never saw either, is also read as the product ships (asShipped).
    public static ExtractedReview Extract(string shelf, string document, string format, bool asShipped = false) =>
        Read.GetOrAdd($"{shelf}/{document}{format}/{(asShipped ? "shipped" : "rules")}", _ =>
            new ReviewExtractor(rulesOnly: !asShipped).Extract(DocumentReaders.Default.Read(Path.Combine(Folder(shelf), document + format), document + format)));

    public static LibraryScore Score(string shelf, string document, string format, bool asShipped = false) =>
        LibraryScore.Of(document, format, Key(shelf, document), Extract(shelf, document, format, asShipped));

    public static IReadOnlyList<LibraryScore> ScoreAll(string shelf, bool asShipped = false) =>
        Documents(shelf).SelectMany(d => FormatsOf(shelf, d).Select(f => Score(shelf, d, f, asShipped))).ToList();

    /// <summary>The table docs/quality.md shows: each document's share of units right, per format, and the totals.</summary>
    public static string Table(IReadOnlyList<LibraryScore> scores)
    {
        var formats = Formats.Where(f => scores.Any(s => s.Format == f)).ToList();
        var table = new StringBuilder();
        table.AppendLine("| document | units | " + string.Join(" | ", formats) + " |");
        table.AppendLine("|---|---:|" + string.Concat(formats.Select(_ => "---:|")));
        foreach (var document in scores.GroupBy(s => s.Document))
        {
            var cells = formats.Select(f => document.FirstOrDefault(s => s.Format == f) is { } s ? Percent(s.Right, s.Expected) : "");
            table.AppendLine($"| {document.Key} | {document.First().Expected} | {string.Join(" | ", cells)} |");
        }
        var totals = formats.Select(f => scores.Where(s => s.Format == f).ToList()).Select(s => Percent(s.Sum(x => x.Right), s.Sum(x => x.Expected)));
        table.AppendLine($"| **all, right** | {scores.GroupBy(s => s.Document).Sum(g => g.First().Expected)} | {string.Join(" | ", totals)} |");
        var found = formats.Select(f => scores.Where(s => s.Format == f).ToList()).Select(s => Percent(s.Sum(x => x.Found), s.Sum(x => x.Expected)));
        table.AppendLine($"| all, found in the right kind | | {string.Join(" | ", found)} |");
        return table.ToString();
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "-" : ((double)part / whole).ToString("P1", CultureInfo.InvariantCulture);
}
