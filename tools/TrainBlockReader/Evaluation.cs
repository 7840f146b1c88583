using System.Globalization;
using System.Text;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Layouts;
using LearningSearch.Indexer.Layouts.LearnedBlocks;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Tests.Library;

namespace LearningSearch.TrainBlockReader;

/// <summary>
/// Scores the rules, the learned reader and ways of joining them on documents the model was not trained on: each
/// library document with the model trained on the other library documents, and each unseen document with the model
/// trained on the whole library. The rules were written while reading the library, so only their unseen figure is blind.
/// </summary>
public static class Evaluation
{
    // Rules only, and the model under test only: the extractor's own learned reader was trained on every document here,
    // held out or not, so letting it read would score it on what it learned from.
    private static readonly ReviewExtractor Rules = new(rulesOnly: true);

    private static readonly string[] Shelves =
    [
        "library, each document held out (model trained on the other library and unseen documents)",
        "unseen, each document held out (model trained on the library and the other unseen documents)",
        "unseen, model trained on the library only",
    ];

    /// <summary>The ways of reading compared: the rules alone, the model alone, and the model where the rules say they may have misread.</summary>
    private static readonly (string Name, Func<ExtractedReview, ExtractedReview, ExtractedReview> Choose)[] Strategies =
    [
        ("rules", (rules, _) => rules),
        ("model", (_, model) => model),
        ("model if rules fell back", (rules, model) => rules.Review.Layout == nameof(ParagraphFallbackLayout) ? model : rules),
        ("model if rules warn", (rules, model) => MisreadWarnings(rules) > 0 ? model : rules),
        ("fewer warnings", (rules, model) => MisreadWarnings(model) < MisreadWarnings(rules) ? model : rules),
        ("model if it reads 10 % more units", (rules, model) => model.Units.Count > rules.Units.Count * 1.1 ? model : rules),
        ("model if it reads 25 % more units", (rules, model) => model.Units.Count > rules.Units.Count * 1.25 ? model : rules),
        ("model if it reads 50 % more units", (rules, model) => model.Units.Count > rules.Units.Count * 1.5 ? model : rules),
        ("model if it reads 25 % more actions and recommendations", (rules, model) => Answerable(model) > Answerable(rules) * 1.25 ? model : rules),
        ("model if 25 % of its units' openings are not the rules' units' of that kind", (rules, model) => Disagreement(rules, model) > 0.25 ? model : rules),
        ("model if 40 % of its units' openings are not the rules' units' of that kind", (rules, model) => Disagreement(rules, model) > 0.4 ? model : rules),
    ];

    /// <param name="scoreUnseen">False scores the library alone (the unseen set still trains the library's models): the
    /// unseen set was scored blind once, and work on the reader since is measured on the library.</param>
    public static void Run(List<Reading> library, List<Reading> unseen, int epochs, bool misses, bool scoreUnseen = true)
    {
        var names = Strategies.Select(s => s.Name).Concat(["gold labels, assembled", .. Taus.Select(t => $"rules, model where it disagrees by > {t}")]).ToList();
        var scores = names.ToDictionary(s => s, _ => new List<(string Shelf, LibraryScore Score)>());
        var diagnostics = new List<string>();
        void Score(string shelf, BlockModel model, IEnumerable<Reading> readings)
        {
            var learned = new ReviewExtractor(layouts: [new LearnedBlockLayout(model, 0.9)], rulesOnly: true);
            foreach (var r in readings)
            {
                var byRules = Rules.Extract(r.Text);
                var byModel = learned.Extract(r.Text);
                foreach (var (name, choose) in Strategies)
                    scores[name].Add((shelf, LibraryScore.Of(r.Document, r.Format, r.Key, choose(byRules, byModel))));
                var segments = r.Training.Segments;
                scores["gold labels, assembled"].Add((shelf, LibraryScore.Of(r.Document, r.Format, r.Key, WithLabels(r, r.Training.Labels))));
                var decoded = model.Decode(segments, LearningSearch.Indexer.Agencies.AgencyDirectory.Default);
                var fromRules = RulesLabels.Of(segments, byRules.Units);
                foreach (var tau in Taus)
                {
                    var merged = fromRules.Select((l, i) => decoded[i].Label != l && decoded[i].Margin > tau ? decoded[i].Label : l).ToArray();
                    scores[$"rules, model where it disagrees by > {tau}"].Add((shelf, LibraryScore.Of(r.Document, r.Format, r.Key, WithLabels(r, merged))));
                }
                if (r.Format is ".txt" or ".xlsx")
                {
                    var disagree = Enumerable.Range(0, segments.Count).Where(i => decoded[i].Label != fromRules[i]).ToList();
                    diagnostics.Add($"| {shelf[..6]} | {r.Document} | {LibraryScore.Of(r.Document, r.Format, r.Key, byRules).Right}/{r.Key.Expected().Count()} | {LibraryScore.Of(r.Document, r.Format, r.Key, byModel).Right} | {disagree.Count}/{segments.Count} | "
                        + string.Join(" ", Taus.Select(t => disagree.Count(i => decoded[i].Margin > t))) + $" | {(disagree.Count == 0 ? 0 : disagree.Average(i => decoded[i].Margin)):F1} | {byRules.Review.Layout} | units {byRules.Units.Count} / {byModel.Units.Count}, disagreement {Disagreement(byRules, byModel):F2} / {Disagreement(byModel, byRules):F2} |");
                }
            }
        }

        // Every document read by a model that never saw it: the library's by one trained on the rest of the library and the
        // unseen set; the unseen set's twice, by one trained on the library alone (as it was first scored) and pooled.
        var all = library.Concat(unseen).ToList();
        foreach (var held in (scoreUnseen ? all : library).Select(r => r.Document).Distinct())
        {
            var model = Perceptron.Train(all.Where(r => r.Document != held).Select(r => r.Training).ToList(), epochs);
            Score(library.Any(r => r.Document == held) ? Shelves[0] : Shelves[1], model, all.Where(r => r.Document == held));
        }
        if (scoreUnseen) Score(Shelves[2], Perceptron.Train(library.Select(r => r.Training).ToList(), epochs), unseen);

        foreach (var shelf in Shelves.Where(shelf => scores.Values.Any(v => v.Any(x => x.Shelf == shelf))))
        {
            Console.WriteLine($"\n## {shelf}\n");
            Console.WriteLine(Summary(scores.ToDictionary(kv => kv.Key, kv => kv.Value.Where(x => x.Shelf == shelf).Select(x => x.Score).ToList())));
            foreach (var name in new[] { "rules", "model" })
                Console.WriteLine($"### {name}\n\n" + Table(scores[name].Where(x => x.Shelf == shelf).Select(x => x.Score).ToList()));
        }
        Console.WriteLine("| shelf | document | rules right | model right | segments disagreeing | ... with margin > " + string.Join(" ", Taus) + " | mean margin | rules' layout |\n|---|---|---|---|---|---|---|---|\n" + string.Join("\n", diagnostics));
        if (misses)
            foreach (var s in scores[misses ? "gold labels, assembled" : "model"].Where(x => x.Score.Format is ".txt" or ".xlsx" && x.Score.Misses.Count > 0))
                Console.WriteLine($"## {s.Score.Document}: {s.Score.Right}/{s.Score.Expected}, {s.Score.Extra} extra\n" + string.Join("\n", s.Score.Misses));
    }

    private static readonly float[] Taus = [2, 5, 10, 20, 40];

    private static ExtractedReview WithLabels(Reading r, IReadOnlyList<BlockLabel> labels) =>
        new ReviewExtractor(layouts: [new LabelledLayout(labels)], rulesOnly: true).Extract(r.Text);

    private sealed class LabelledLayout(IReadOnlyList<BlockLabel> labels) : IReviewLayout
    {
        public string Name => "labelled";

        public LayoutMatch Recognise(PreparedDocument document) => new(0.9, "given labels");

        public void Read(PreparedDocument document, ReviewDraft draft) => LearnedBlockLayout.ReadLabelled(Segment.Of(document), labels, draft);
    }

    private static int Answerable(ExtractedReview r) => r.Units.Count(u => u.Kind != LearningSearch.Index.Units.UnitKind.Finding);

    // The share of the model's units whose opening words no unit of the same kind in the rules' reading holds.
    private static double Disagreement(ExtractedReview rules, ExtractedReview model)
    {
        if (model.Units.Count == 0) return 0;
        var held = rules.Units.Select(u => (u.Kind, Words: LibraryScore.Words(u.FullText))).ToList();
        return model.Units.Count(m =>
        {
            var opening = string.Join(' ', LibraryScore.Words(m.Text).Split(' ').Take(8));
            return !held.Any(h => h.Kind == m.Kind && h.Words.Contains(opening, StringComparison.Ordinal));
        }) / (double)model.Units.Count;
    }

    private static int MisreadWarnings(ExtractedReview review) =>
        review.Warnings.Count(w => w.Contains("recommendations but", StringComparison.Ordinal) || w.Contains("may have been merged", StringComparison.Ordinal)
            || w.Contains("may be that agency", StringComparison.Ordinal) || w.Contains("no known layout", StringComparison.Ordinal));

    private static string Summary(Dictionary<string, List<LibraryScore>> byStrategy)
    {
        var formats = byStrategy.First().Value.Select(s => s.Format).Distinct().ToList();
        var t = new StringBuilder();
        t.AppendLine("| reading | right | found | " + string.Join(" | ", formats) + " |");
        t.AppendLine("|---|---:|---:|" + string.Concat(formats.Select(_ => "---:|")));
        foreach (var (name, s) in byStrategy)
            t.AppendLine($"| {name} | {Percent(s.Sum(x => x.Right), s.Sum(x => x.Expected))} | {Percent(s.Sum(x => x.Found), s.Sum(x => x.Expected))} | "
                + string.Join(" | ", formats.Select(f => s.Where(x => x.Format == f).ToList()).Select(x => Percent(x.Sum(y => y.Right), x.Sum(y => y.Expected)))) + " |");
        return t.ToString();
    }

    private static string Table(List<LibraryScore> scores)
    {
        var formats = scores.Select(s => s.Format).Distinct().ToList();
        var t = new StringBuilder();
        t.AppendLine("| document | units | " + string.Join(" | ", formats) + " |");
        t.AppendLine("|---|---:|" + string.Concat(formats.Select(_ => "---:|")));
        foreach (var d in scores.GroupBy(s => s.Document))
            t.AppendLine($"| {d.Key} | {d.First().Expected} | " + string.Join(" | ", formats.Select(f => d.FirstOrDefault(s => s.Format == f) is { } s ? Percent(s.Right, s.Expected) : "")) + " |");
        return t.ToString();
    }

    private static string Percent(int part, int whole) => whole == 0 ? "-" : ((double)part / whole).ToString("P1", CultureInfo.InvariantCulture);
}
