using System.Text.Json;
using Xunit.Abstractions;

namespace LearningSearch.Themes.Tests.Quality;

/// <summary>
/// How far a board chair can trust "this lesson appeared in five reviews": the tagger against 428 units
/// labelled by reading, blind to the tagger (tests/Themes.Tests/DevSet). Prints per-theme precision and
/// recall and the micro-averaged F1. The aim is micro F1 0.85 and recall 0.9 for the five themes named first;
/// measured today: 0.849 overall, 0.756 on held-out reviews, first-five recall 0.89 to 1.00 (docs/tagging-tuning.md).
/// The assertions hold what has been reached, so a taxonomy edit that makes tagging worse fails here.
/// </summary>
public sealed class TaggingQualityTests(ITestOutputHelper output)
{
    private static readonly string[] FirstFive = ["was-not-brought", "think-family", "supervision", "fathers-hidden-men", "information-sharing"];

    private sealed record Labelled(string Id, string Kind, string Text, string[] Themes)
    {
        public string Review => Id[..Id.IndexOf('/', StringComparison.Ordinal)];
    }

    /// <summary>
    /// Reviews whose units the taxonomy was never tuned on: the figure for them is what to expect of a new
    /// review. The taxonomy was tuned on the other three.
    /// </summary>
    public static readonly string[] HeldOutReviews = ["family-y", "cqc-derby-2015"];

    private static List<Labelled> DevSet()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LearningSearch.sln"))) dir = dir.Parent;
        var path = Path.Combine(dir!.FullName, "tests", "Themes.Tests", "DevSet", "labelled-units.jsonl");
        return File.ReadLines(path).Where(l => l.Length > 0).Select(l =>
        {
            using var doc = JsonDocument.Parse(l);
            var r = doc.RootElement;
            return new Labelled(r.GetProperty("id").GetString()!, r.GetProperty("kind").GetString()!, r.GetProperty("text").GetString()!,
                r.GetProperty("themes").EnumerateArray().Select(t => t.GetString()!).ToArray());
        }).ToList();
    }

    public static (Dictionary<string, (int Tp, int Fp, int Fn)> PerTheme, double MicroF1) Measure(ThemeTagger tagger, IEnumerable<(string Text, string[] Themes)> units) =>
        Measure(units.Select(u => ((IReadOnlySet<string>)tagger.Tag(u.Text).Select(t => t.ThemeId).ToHashSet(), u.Themes)));

    /// <summary>Per-theme counts and micro F1 of the themes a tagger gave against the labelled ones, unit by unit.</summary>
    public static (Dictionary<string, (int Tp, int Fp, int Fn)> PerTheme, double MicroF1) Measure(IEnumerable<(IReadOnlySet<string> Got, string[] Expected)> units)
    {
        var counts = new Dictionary<string, (int Tp, int Fp, int Fn)>();
        foreach (var (got, expected) in units)
        {
            foreach (var theme in got.Union(expected))
            {
                var c = counts.GetValueOrDefault(theme);
                var inGot = got.Contains(theme);
                var inExpected = expected.Contains(theme);
                counts[theme] = (c.Tp + (inGot && inExpected ? 1 : 0), c.Fp + (inGot && !inExpected ? 1 : 0), c.Fn + (!inGot && inExpected ? 1 : 0));
            }
        }
        var tp = counts.Values.Sum(c => c.Tp);
        var fp = counts.Values.Sum(c => c.Fp);
        var fn = counts.Values.Sum(c => c.Fn);
        var precision = tp == 0 ? 0 : (double)tp / (tp + fp);
        var recall = tp == 0 ? 0 : (double)tp / (tp + fn);
        return (counts, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    private const double AimMicroF1 = 0.85;
    private const double AimFirstFiveRecall = 0.9;
    private const double FloorMicroF1 = 0.84;
    private const double FloorHeldOutMicroF1 = 0.75;
    private const double FloorFirstFiveRecall = 0.88;

    [Fact]
    public void TheTagger_ShouldKeepItsAgreementWithATrainersLabelsOnTheDevelopmentSet()
    {
        var set = DevSet();
        var tagger = new ThemeTagger(Taxonomy.LoadDefault());
        var (perTheme, microF1) = Measure(tagger, set.Select(u => (u.Text, u.Themes)));

        output.WriteLine($"{set.Count} units ({set.Count(u => u.Kind == "recommendation")} recommendations, {set.Count(u => u.Kind == "action")} actions, {set.Count(u => u.Kind == "finding")} findings)");
        output.WriteLine($"{"theme",-28} {"labelled",8} {"tagged",6} {"P",6} {"R",6} {"F1",6}");
        foreach (var (theme, c) in perTheme.OrderByDescending(x => x.Value.Tp + x.Value.Fn))
        {
            double p = c.Tp + c.Fp == 0 ? 1 : (double)c.Tp / (c.Tp + c.Fp), r = c.Tp + c.Fn == 0 ? 1 : (double)c.Tp / (c.Tp + c.Fn);
            output.WriteLine($"{theme,-28} {c.Tp + c.Fn,8} {c.Tp + c.Fp,6} {p,6:F2} {r,6:F2} {(p + r == 0 ? 0 : 2 * p * r / (p + r)),6:F2}");
        }
        output.WriteLine($"micro F1 {microF1:F3} (all {set.Count} units)");
        var heldOut = set.Where(u => HeldOutReviews.Contains(u.Review)).ToList();
        var tuned = set.Where(u => !HeldOutReviews.Contains(u.Review)).ToList();
        output.WriteLine($"micro F1 {Measure(tagger, tuned.Select(u => (u.Text, u.Themes))).MicroF1:F3} on the {tuned.Count} units of the reviews the taxonomy was tuned on");
        var heldOutF1 = Measure(tagger, heldOut.Select(u => (u.Text, u.Themes))).MicroF1;
        output.WriteLine($"micro F1 {heldOutF1:F3} on the {heldOut.Count} held-out units ({string.Join(", ", HeldOutReviews)})");
        output.WriteLine($"aim: micro F1 {AimMicroF1}, recall {AimFirstFiveRecall} for {string.Join(", ", FirstFive)}");

        Assert.True(microF1 >= FloorMicroF1, $"micro F1 {microF1:F3} fell below {FloorMicroF1}");
        Assert.True(heldOutF1 >= FloorHeldOutMicroF1, $"held-out micro F1 {heldOutF1:F3} fell below {FloorHeldOutMicroF1}");
        foreach (var theme in FirstFive)
        {
            var c = perTheme.GetValueOrDefault(theme);
            var recall = (double)c.Tp / Math.Max(1, c.Tp + c.Fn);
            Assert.True(recall >= FloorFirstFiveRecall, $"{theme}: recall {recall:F2} ({c.Tp} of {c.Tp + c.Fn}) fell below {FloorFirstFiveRecall}");
        }
    }
}
