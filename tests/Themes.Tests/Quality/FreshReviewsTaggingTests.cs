using Xunit.Abstractions;

namespace LearningSearch.Themes.Tests.Quality;

/// <summary>
/// Theme badges on reviews written after the tagger was last tuned: the documents of the tenth and later blind extraction
/// sets (tests/Themes.Tests/FreshReviews), labelled blind by two readers with a third deciding their disagreements. No
/// phrase has been written from them. Since the sixteenth session the model is trained on sets 10 to 12 too, so its
/// held-out figure is the later sets' (13 on). Prints the table of docs/quality.md; the assertions hold what was reached.
/// </summary>
public sealed class FreshReviewsTaggingTests(ITestOutputHelper output, Model.SentenceModel sentences) : IClassFixture<Model.SentenceModel>
{
    // Just under the figures measured once, when the labels arrived: 0.671 by phrases, 0.703 with the model on sets 10 and
    // 11; 0.671 and 0.706 on set 12; 0.792 and 0.802 on set 13; 0.705 and 0.732 on all 461 (docs/quality.md). With the
    // model trained on sets 10 to 12 as well, set 13 reads 0.811 with it; set 14, labelled in the seventeenth session,
    // 0.643 and 0.691; set 15 0.702 and 0.762; sets 13 to 15 together with the model 0.757; all 716 by phrases 0.695
    // (docs/quality.md).
    private const double FloorPhrasesAlone = 0.69;
    private const double FloorWithModelHeldOut = 0.74;
    private const int ModelTrainedThroughSet = 12;

    private static readonly string[] NamedThemes = ["was-not-brought", "think-family", "supervision", "fathers-hidden-men", "information-sharing"];

    [Fact]
    public void TheTagger_OnReviewsWrittenAfterItsLastTuning_ShouldKeepWhatItReached()
    {
        var units = LabelledUnit.In("FreshReviews");
        var phrases = new ThemeTagger(Taxonomy.LoadDefault());
        var both = new ThemeTagger(Taxonomy.LoadDefault(), Themes.Model.ThemeModel.LoadDefault());
        var vectors = sentences.Encoder.Encode(units.Select(u => u.Text).ToList());
        var (_, phrasesF1) = TaggingQualityTests.Measure(phrases, units.Select(u => (u.Text, u.Themes)));
        // Each unit tagged once with the model; the figures for all, for each set and for the held-out sets read the same tags.
        var tagged = units.Select((u, i) => (IReadOnlySet<string>)both.Tag(u.Text, vectors[i].Vector).Select(t => t.ThemeId).ToHashSet()).ToList();
        double WithModel(IEnumerable<int> among) => TaggingQualityTests.Measure(among.Select(i => (tagged[i], units[i].Themes))).MicroF1;
        var (perTheme, bothF1) = TaggingQualityTests.Measure(units.Select((u, i) => (tagged[i], u.Themes)));

        output.WriteLine($"{units.Count} units of {units.Select(u => u.Review).Distinct().Count()} reviews, none tuned on by phrases; the model trained on sets up to {ModelTrainedThroughSet}");
        output.WriteLine($"{"theme (phrases + model)",-28} {"labelled",8} {"tagged",6} {"P",6} {"R",6} {"F1",6}");
        foreach (var (theme, c) in perTheme.OrderByDescending(x => x.Value.Tp + x.Value.Fn))
        {
            double p = c.Tp + c.Fp == 0 ? 1 : (double)c.Tp / (c.Tp + c.Fp), r = c.Tp + c.Fn == 0 ? 1 : (double)c.Tp / (c.Tp + c.Fn);
            output.WriteLine($"{theme,-28} {c.Tp + c.Fn,8} {c.Tp + c.Fp,6} {p,6:F2} {r,6:F2} {(p + r == 0 ? 0 : 2 * p * r / (p + r)),6:F2}{(NamedThemes.Contains(theme) ? "  (named)" : "")}");
        }
        output.WriteLine($"held-out sets with the model {WithModel(Enumerable.Range(0, units.Count).Where(i => units[i].BlindSet > ModelTrainedThroughSet)):F3}");
        output.WriteLine($"micro F1: phrases alone {phrasesF1:F3}, phrases + model {bothF1:F3}; aim 0.85");
        foreach (var set in Enumerable.Range(0, units.Count).GroupBy(i => units[i].BlindSet).OrderBy(g => g.Key))
        {
            var (_, setPhrases) = TaggingQualityTests.Measure(phrases, set.Select(i => (units[i].Text, units[i].Themes)));
            output.WriteLine($"blind set {set.Key}: {set.Count()} units, phrases alone {setPhrases:F3}, phrases + model {WithModel(set):F3}{(set.Key <= ModelTrainedThroughSet ? " (the model trained on it)" : " (held out)")}");
        }
        var heldOutBoth = WithModel(Enumerable.Range(0, units.Count).Where(i => units[i].BlindSet > ModelTrainedThroughSet));

        Assert.True(phrasesF1 >= FloorPhrasesAlone, $"phrases alone {phrasesF1:F3} fell below {FloorPhrasesAlone}");
        Assert.True(heldOutBoth >= FloorWithModelHeldOut, $"phrases and model on the sets it was not trained on {heldOutBoth:F3} fell below {FloorWithModelHeldOut}");
    }
}
