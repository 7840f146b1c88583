// Measures theme tagging on the labelled reviews: the phrase rules alone, the nearest labelled examples alone (by
// meaning), and both, on the tuning reviews (each scored with its own review left out of the examples) and on the
// held-out reviews. Usage:
//   dotnet run -c Release --project tools/MeasureThemes -- [--vectors /tmp/theme-vectors.lsuv]
//     [--write src/Themes/theme-model.json] retrain the shipped model; [--held-out] score the held-out reviews too (once,
//     at the end of tuning); [--variants [name]] compare model inputs on the tuning folds; [--misses theme-id] the tuning
//     reviews' misses of a theme; [--time-tagging] units per second tagged, phrases alone and with the model
using System.Globalization;
using System.Text.Json;
using LearningSearch.Meaning;
using LearningSearch.MeasureThemes;
using LearningSearch.Themes;

var root = Directory.GetCurrentDirectory();
while (!File.Exists(Path.Combine(root, "LearningSearch.sln"))) root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Run from inside the repository.");
var cache = args.SkipWhile(a => a != "--vectors").Skip(1).FirstOrDefault() ?? Path.Combine(Path.GetTempPath(), "theme-vectors.lsuv");

var units = new List<Labelled>();
foreach (var line in File.ReadLines(Path.Combine(root, "tests/Themes.Tests/NewReviews/labelled-units.jsonl")))
    units.Add(Labelled.Read(line, fromDevSet: false));
foreach (var line in File.ReadLines(Path.Combine(root, "tests/Themes.Tests/DevSet/labelled-units.jsonl")).Where(l => l.Length > 0))
    units.Add(Labelled.Read(line, fromDevSet: true));
// --train-fresh-through N: the fresh reviews of blind sets up to N join the tuning reviews (their labels came blind, from
// layouts the phrases were not written for); later sets stay held out, the figure to read.
var freshThrough = args.SkipWhile(a => a != "--train-fresh-through").Skip(1).FirstOrDefault();
if (freshThrough is not null)
{
    var last = int.Parse(freshThrough, CultureInfo.InvariantCulture);
    foreach (var line in File.ReadLines(Path.Combine(root, "tests/Themes.Tests/FreshReviews/labelled-units.jsonl")).Where(l => l.Length > 0))
    {
        using var fresh = JsonDocument.Parse(line);
        var set = fresh.RootElement.GetProperty("blindSet").GetInt32();
        units.Add(Labelled.Read(line, fromDevSet: false) with { HeldOut = set > last });
    }
}
Console.WriteLine($"{units.Count} labelled units: {units.Count(u => !u.HeldOut)} tuning ({units.Select(u => u.Review).Where((_, i) => !units[i].HeldOut).Distinct().Count()} reviews), {units.Count(u => u.HeldOut)} held out ({units.Where(u => u.HeldOut).Select(u => u.Review).Distinct().Count()} reviews)");

var (vectors, modelName) = Vectors(units, cache);
var tagger = new ThemeTagger(Taxonomy.LoadDefault());
var rules = units.Select(u => tagger.Tag(u.Text).Select(t => t.ThemeId).ToHashSet()).ToArray();

// What the model reads: the sentence vector and, beside it, what the phrases said of every theme (its score, tagged or
// not, and whether an exclusion matched): better on the tuning folds than the vector alone (--variants; --vector-only
// for the model before).
var taxonomyThemes = tagger.ThemeIds.Select(id => Taxonomy.LoadDefault().Themes.First(t => t.Id == id)).ToArray();
var signalThemes = args.Contains("--vector-only") ? [] : tagger.ThemeIds.ToArray();
var signalsOf = units.Select(u => tagger.Signals(u.Text)).ToArray();
var rows = units.Select((_, i) => vectors[i]
    .Concat(signalThemes.Select((_, s) => (float)signalsOf[i].Scores[s]))
    .Concat(signalThemes.Select((_, s) => signalsOf[i].Excluded[s] ? 1f : 0f)).ToArray()).ToArray();
var tuning = Enumerable.Range(0, units.Count).Where(i => !units[i].HeldOut).ToArray();
var heldOut = Enumerable.Range(0, units.Count).Where(i => units[i].HeldOut).ToArray();

// The held-out reviews are scored only when asked (--held-out), so that tuning runs never see them; misses are
// printed for the tuning reviews only (--misses theme-id), to write phrases from.
var showHeldOut = args.Contains("--held-out");
var positiveWeightCap = double.Parse(args.SkipWhile(a => a != "--positive-weight-cap").Skip(1).FirstOrDefault() ?? "10", CultureInfo.InvariantCulture);
if (args.SkipWhile(a => a != "--misses").Skip(1).FirstOrDefault() is { } missed)
{
    PrintMisses(missed);
    return;
}

if (args.Contains("--time-tagging"))
{
    TimeTagging();
    return;
}

if (args.Contains("--variants"))
{
    RunVariants();
    return;
}

Report("rules alone", rules, tuning, heldOut);
PerTheme("tuning, rules alone", rules, tuning);
(int K, double Threshold, double F1) best = (0, 0, 0);
if (args.Contains("--neighbours"))
{
foreach (var k in new[] { 5, 10, 20 })
{
    var scores = tuning.Select(i => NeighbourScores(i, k, tuning.Where(j => units[j].Review != units[i].Review))).ToArray();
    foreach (var threshold in new[] { 0.3, 0.4, 0.5, 0.6, 0.7 })
    {
        var both = new HashSet<string>[units.Count];
        for (var n = 0; n < tuning.Length; n++)
            both[tuning[n]] = [.. rules[tuning[n]], .. scores[n].Where(s => s.Value >= threshold).Select(s => s.Key)];
        var f1 = Micro(tuning, both).F1;
        Console.WriteLine($"  k {k,2} threshold {threshold:F1}: tuning (review left out) rules + examples F1 {f1:F3}");
        if (f1 > best.F1) best = (k, threshold, f1);
    }
}
Console.WriteLine($"chosen on the tuning reviews: k {best.K}, threshold {best.Threshold:F1}");
var model = new HashSet<string>[units.Count];
var combined = new HashSet<string>[units.Count];
foreach (var i in tuning)
{
    model[i] = [.. NeighbourScores(i, best.K, tuning.Where(j => units[j].Review != units[i].Review)).Where(s => s.Value >= best.Threshold).Select(s => s.Key)];
    combined[i] = [.. rules[i], .. model[i]];
}
foreach (var i in heldOut)
{
    model[i] = [.. NeighbourScores(i, best.K, tuning).Where(s => s.Value >= best.Threshold).Select(s => s.Key)];
    combined[i] = [.. rules[i], .. model[i]];
}
Report("examples alone", model, tuning, heldOut);
Report("rules + examples", combined, tuning, heldOut);
}

// A logistic regression per theme over the vectors, trained on the tuning reviews; its threshold chosen by five folds
// of the tuning reviews (each fold's reviews scored by a model trained on the others).
var themeIds = units.SelectMany(u => u.Themes).Distinct().Order(StringComparer.Ordinal).ToArray();
var reviewsOfTuning = tuning.Select(i => units[i].Review).Distinct().Order(StringComparer.Ordinal).ToArray();
var foldOf = reviewsOfTuning.Select((r, n) => (r, n % 5)).ToDictionary(x => x.r, x => x.Item2);
var outOfFold = new double[units.Count][];
foreach (var i in tuning) outOfFold[i] = new double[themeIds.Length];
for (var fold = 0; fold < 5; fold++)
{
    var train = tuning.Where(i => foldOf[units[i].Review] != fold).ToArray();
    var test = tuning.Where(i => foldOf[units[i].Review] == fold).ToArray();
    for (var t = 0; t < themeIds.Length; t++)
    {
        var w = Fit(train, themeIds[t]);
        foreach (var i in test) outOfFold[i][t] = ThemeLogistic.Probability(w, rows[i]);
    }
}
(double Threshold, double F1) bestLr = (0, 0);
foreach (var threshold in new[] { 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95 })
{
    // (F2: 0.75 and 0.85 would both print as 0.8 with one decimal.)
    var both = new HashSet<string>[units.Count];
    foreach (var i in tuning) both[i] = [.. rules[i], .. themeIds.Where((t, n) => outOfFold[i][n] >= threshold && ModelMayTag(i, t))];
    var f1 = Micro(tuning, both).F1;
    Console.WriteLine($"  logistic threshold {threshold:F2}: tuning (five folds by review) rules + model F1 {f1:F3}");
    if (f1 > bestLr.F1) bestLr = (threshold, f1);
}
// Per theme, its own threshold, chosen on the out-of-fold scores: the one that gives the theme's phrases + model the best
// F1 there. A floor keeps a theme with few labels from a silly threshold: below MinLabelsForOwnThreshold tuning labels
// it keeps the shared one, and no theme goes under ThresholdFloor. Judged honestly by nesting: each fold's units are
// tagged with thresholds chosen on the other four folds' out-of-fold scores only.
const int MinLabelsForOwnThreshold = 20;
const double ThresholdFloor = 0.6;
double[] grid = [0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];
double[] PerThemeThresholds(int[] ids, double shared) => themeIds.Select((theme, t) =>
{
    var labels = ids.Count(i => units[i].Themes.Contains(theme));
    if (labels < MinLabelsForOwnThreshold) return shared;
    (double Threshold, double F1) best = (shared, -1);
    foreach (var threshold in grid.Where(g => g >= ThresholdFloor))
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var i in ids)
        {
            var got = rules[i].Contains(theme) || (outOfFold[i][t] >= threshold && ModelMayTag(i, theme));
            var want = units[i].Themes.Contains(theme);
            if (got && want) tp++; else if (got) fp++; else if (want) fn++;
        }
        var f1 = tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
        if (f1 > best.F1 + 1e-9) best = (threshold, f1);
    }
    return best.Threshold;
}).ToArray();
var nestedShared = new HashSet<string>[units.Count];
var nestedPerTheme = new HashSet<string>[units.Count];
for (var fold = 0; fold < 5; fold++)
{
    var others = tuning.Where(i => foldOf[units[i].Review] != fold).ToArray();
    (double Threshold, double F1) sharedOnOthers = (0, -1);
    foreach (var threshold in grid)
    {
        var both = new HashSet<string>[units.Count];
        foreach (var i in others) both[i] = [.. rules[i], .. themeIds.Where((t, n) => outOfFold[i][n] >= threshold && ModelMayTag(i, t))];
        var f1 = Micro(others, both).F1;
        if (f1 > sharedOnOthers.F1) sharedOnOthers = (threshold, f1);
    }
    var own = PerThemeThresholds(others, sharedOnOthers.Threshold);
    foreach (var i in tuning.Where(i => foldOf[units[i].Review] == fold))
    {
        nestedShared[i] = [.. rules[i], .. themeIds.Where((t, n) => outOfFold[i][n] >= sharedOnOthers.Threshold && ModelMayTag(i, t))];
        nestedPerTheme[i] = [.. rules[i], .. themeIds.Where((t, n) => outOfFold[i][n] >= own[n] && ModelMayTag(i, t))];
    }
}
Report("rules + model, one threshold (nested folds)", nestedShared, tuning, heldOut);
Report("rules + model, per-theme thresholds (nested folds)", nestedPerTheme, tuning, heldOut);
var usePerTheme = Micro(tuning, nestedPerTheme).F1 > Micro(tuning, nestedShared).F1;
var thresholds = usePerTheme ? PerThemeThresholds(tuning, bestLr.Threshold) : themeIds.Select(_ => bestLr.Threshold).ToArray();
Console.WriteLine(usePerTheme
    ? "per-theme thresholds chosen (better on nested folds): " + string.Join(", ", themeIds.Select((t, n) => $"{t} {thresholds[n]:F2}"))
    : "one threshold kept (per-theme thresholds no better on nested folds)");
var weights = themeIds.Select(t => Fit(tuning, t)).ToArray();
var lr = new HashSet<string>[units.Count];
var rulesAndLr = new HashSet<string>[units.Count];
foreach (var i in tuning)
{
    lr[i] = [.. themeIds.Where((_, t) => outOfFold[i][t] >= thresholds[t])];
    rulesAndLr[i] = [.. rules[i], .. lr[i].Where(t => ModelMayTag(i, t))];
}
foreach (var i in heldOut)
{
    lr[i] = [.. themeIds.Where((_, t) => ThemeLogistic.Probability(weights[t], rows[i]) >= thresholds[t])];
    rulesAndLr[i] = [.. rules[i], .. lr[i].Where(t => ModelMayTag(i, t))];
}

// As the tagger does: a theme's exclusion wins over the model, and "modelTags": false leaves a theme to its phrases.
bool ModelMayTag(int i, string theme)
{
    var k = tagger.ThemeIds.ToList().IndexOf(theme);
    return k >= 0 && !signalsOf[i].Excluded[k] && taxonomyThemes[k].ModelTags;
}
Console.WriteLine($"logistic regression, threshold {bestLr.Threshold:F2} chosen on the tuning folds");
if (args.SkipWhile(a => a != "--write").Skip(1).FirstOrDefault() is { } modelFile)
{
    // The model as the tagger reads it: per theme its weights and bias, the threshold, the sentence model it reads, and
    // the labelled examples (with their vectors) that explain a tag by the nearest of them.
    // And per theme a fit to the vector alone, for questions (they have no phrase evidence of a unit's kind).
    var vectorAlone = themeIds.Select(t => ThemeLogistic.Fit(vectors, tuning, i => units[i].Themes.Contains(t), positiveWeightCap)).ToArray();
    var json = new
    {
        sentenceModel = modelName,
        threshold = bestLr.Threshold,
        phraseSignals = signalThemes,
        trainedOn = $"{tuning.Length} labelled units of {tuning.Select(i => units[i].Review).Distinct().Count()} tuning reviews (tests/Themes.Tests/NewReviews and DevSet"
            + (freshThrough is not null ? $", and FreshReviews through blind set {freshThrough})" : ")"),
        themes = themeIds.Select((t, n) => new { id = t, threshold = thresholds[n], bias = weights[n][^1], weights = Convert.ToBase64String(System.Runtime.InteropServices.MemoryMarshal.AsBytes(weights[n].AsSpan(0, weights[n].Length - 1)).ToArray()),
            vectorAloneBias = vectorAlone[n][^1], vectorAloneWeights = Convert.ToBase64String(System.Runtime.InteropServices.MemoryMarshal.AsBytes(vectorAlone[n].AsSpan(0, vectorAlone[n].Length - 1)).ToArray()) }),
        examples = tuning.Where(i => units[i].Themes.Count > 0).Select(i => new { id = units[i].Id, text = units[i].Text.Length > 200 ? units[i].Text[..200] : units[i].Text, themes = units[i].Themes.Order(StringComparer.Ordinal), vector = Convert.ToBase64String(System.Runtime.InteropServices.MemoryMarshal.AsBytes(vectors[i].AsSpan()).ToArray()) }),
    };
    File.WriteAllText(modelFile, JsonSerializer.Serialize(json));
    Console.WriteLine($"model written to {modelFile}");
}
Report("model alone (logistic)", lr, tuning, heldOut);
Report("rules + model (logistic)", rulesAndLr, tuning, heldOut);
if (showHeldOut)
{
    PerTheme("held-out, rules alone", rules, heldOut);
    PerTheme("held-out, rules + model (logistic)", rulesAndLr, heldOut);
}

// The cost of tagging a unit, phrases alone and with the shipped model (its vector given: the embedding, about 8 ms of
// CPU a unit, is the same either way and not counted), over every labelled unit, best of five rounds after a warm-up.
void TimeTagging()
{
    var withModel = new ThemeTagger(Taxonomy.LoadDefault(), LearningSearch.Themes.Model.ThemeModel.LoadDefault());
    foreach (var (name, tag) in new (string, Action<int>)[] { ("phrases alone", i => tagger.Tag(units[i].Text)), ("phrases + model", i => withModel.Tag(units[i].Text, vectors[i])) })
    {
        for (var i = 0; i < units.Count; i++) tag(i);
        var best = double.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            for (var i = 0; i < units.Count; i++) tag(i);
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {units.Count / best:F0} units/s ({best * 1000 / units.Count:F3} ms a unit, one thread, best of 5 rounds of {units.Count} units)"));
    }
}

void RunVariants()
{
    var ids = tagger.ThemeIds.ToArray();
    var signals = units.Select(u => tagger.Signals(u.Text)).ToArray();
    var taxonomy = Taxonomy.LoadDefault();
    var switchedOn = ids.Select(id => taxonomy.Themes.First(t => t.Id == id).ModelTags).ToArray();
    var reviews = tuning.Select(i => units[i].Review).Distinct().Order(StringComparer.Ordinal).ToArray();
    var fold = reviews.Select((r, n) => (r, n % 5)).ToDictionary(x => x.r, x => x.Item2);
    var v = new LearningSearch.MeasureThemes.Variants(ids, tuning, i => fold[units[i].Review], (i, t) => units[i].Themes.Contains(t), rules,
        signals.Select(s => s.Excluded.ToArray()).ToArray(), switchedOn);
    float[][] With(Func<int, IEnumerable<float>> extra) => units.Select((_, i) => vectors[i].Concat(extra(i)).ToArray()).ToArray();
    var joins = new[] { LearningSearch.MeasureThemes.Variants.Join.Union, LearningSearch.MeasureThemes.Variants.Join.ModelDecides };
    string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
    if (Arg("--l2") is { } l2) LearningSearch.MeasureThemes.ThemeLogistic.L2 = double.Parse(l2, CultureInfo.InvariantCulture);
    if (Arg("--steps") is { } steps) LearningSearch.MeasureThemes.ThemeLogistic.Steps = int.Parse(steps, CultureInfo.InvariantCulture);
    var only = args.SkipWhile(a => a != "--variants").Skip(1).FirstOrDefault() ?? "all";
    var (rf1, rp, rr) = v.Micro(tuning, rules);
    Console.WriteLine($"| phrases alone | {rf1:F3} ({rp:F3}, {rr:F3}) |");
    if (only is "all" or "shipped")
        v.Score("vector + every theme's phrase score and exclusion (shipped)", With(i => signals[i].Scores.Select(x => (float)x).Concat(signals[i].Excluded.Select(x => x ? 1f : 0f))), joins[0]);
    if (only is "all" or "base")
        v.Score("vector", vectors, joins[0]);
    if (only is "all" or "signals")
        foreach (var scale in new[] { 0.5f, 1f, 2f })
        {
            var rows = With(i => signals[i].Scores.Select(x => (float)x * scale).Concat(signals[i].Excluded.Select(x => x ? scale : 0f)));
            foreach (var join in joins) v.Score($"vector + every theme's phrase score and exclusion (scale {scale})", rows, join);
        }
    if (only is "all" or "context")
    {
        // An action's context: the recommendation it answers (its id up to "/action").
        var byId = units.Select((u, i) => (u.Id, i)).GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.First().i);
        var parent = units.Select(u => u.Id.LastIndexOf("/action", StringComparison.Ordinal) is var cut and > 0 && byId.TryGetValue(u.Id[..cut], out var p) ? p : -1).ToArray();
        Console.WriteLine($"{tuning.Count(i => parent[i] >= 0)} tuning units answer a recommendation in the set");
        var signalRows = units.Select((_, i) => signals[i].Scores.Select(x => (float)x).Concat(signals[i].Excluded.Select(x => x ? 1f : 0f)).ToArray()).ToArray();
        var zero = new float[vectors[0].Length];
        var concat = units.Select((_, i) => vectors[i].Concat(parent[i] >= 0 ? vectors[parent[i]] : zero).Concat(signalRows[i]).ToArray()).ToArray();
        v.Score("vector + its recommendation's vector + signals", concat, joins[0]);
        foreach (var share in new[] { 0.3f, 0.6f })
        {
            var mixed = units.Select((_, i) =>
            {
                var x = (float[])vectors[i].Clone();
                if (parent[i] >= 0) System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(vectors[parent[i]], share, x, x);
                System.Numerics.Tensors.TensorPrimitives.Divide(x, System.Numerics.Tensors.TensorPrimitives.Norm(x), x);
                return x.Concat(signalRows[i]).ToArray();
            }).ToArray();
            v.Score($"vector + {share} of its recommendation's, normalised, + signals", mixed, joins[0]);
        }
        // The parent's phrase signals too: an action answering an information-sharing recommendation is often about it.
        var parentSignals = units.Select((_, i) => vectors[i].Concat(signalRows[i]).Concat(parent[i] >= 0 ? signalRows[parent[i]] : new float[signalRows[i].Length]).ToArray()).ToArray();
        v.Score("vector + signals + its recommendation's signals", parentSignals, joins[0]);
    }
    if (only is "signals1")
    {
        var rows = With(i => signals[i].Scores.Select(x => (float)x).Concat(signals[i].Excluded.Select(x => x ? 1f : 0f)));
        foreach (var cap in new[] { 3.0, 10, 30 })
            foreach (var join in joins) v.Score($"vector + signals, l2 {ThemeLogistic.L2}, steps {ThemeLogistic.Steps}", rows, join, cap);
    }
}

// (--positive-weight-cap N tries other caps for the positives' weight; 10 was chosen on the tuning folds.)
float[] Fit(int[] train, string theme) => ThemeLogistic.Fit(rows, train, i => units[i].Themes.Contains(theme), positiveWeightCap);

Dictionary<string, double> NeighbourScores(int unit, int k, IEnumerable<int> candidates)
{
    var near = candidates
        .Select(j => (j, Similarity: System.Numerics.Tensors.TensorPrimitives.Dot<float>(vectors[unit], vectors[j])))
        .OrderByDescending(x => x.Similarity).Take(k).ToList();
    var total = near.Sum(x => Math.Max(0, x.Similarity));
    var scores = new Dictionary<string, double>();
    if (total <= 0) return scores;
    foreach (var (j, similarity) in near)
        foreach (var theme in units[j].Themes)
            scores[theme] = scores.GetValueOrDefault(theme) + Math.Max(0, similarity) / total;
    return scores;
}

(double F1, double P, double R) Micro(IEnumerable<int> ids, HashSet<string>[] predicted)
{
    int tp = 0, fp = 0, fn = 0;
    foreach (var i in ids)
    {
        tp += predicted[i].Count(units[i].Themes.Contains);
        fp += predicted[i].Count(t => !units[i].Themes.Contains(t));
        fn += units[i].Themes.Count(t => !predicted[i].Contains(t));
    }
    var p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
    var r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
    return (p + r == 0 ? 0 : 2 * p * r / (p + r), p, r);
}

void Report(string what, HashSet<string>[] predicted, int[] tuningIds, int[] heldOutIds)
{
    var t = Micro(tuningIds, predicted);
    // The nested-fold rows tag the tuning reviews only (their thresholds come from folds of them): no held-out figure.
    if (showHeldOut && heldOutIds.Any(i => predicted[i] is null))
    {
        Console.WriteLine($"| {what} | {t.F1:F3} | {t.P:F3} | {t.R:F3} | (tuning reviews only) |");
        return;
    }
    if (!showHeldOut)
    {
        Console.WriteLine($"| {what} | {t.F1:F3} | {t.P:F3} | {t.R:F3} | (held out not scored) |");
        return;
    }
    var h = Micro(heldOutIds, predicted);
    Console.WriteLine($"| {what} | {t.F1:F3} | {t.P:F3} | {t.R:F3} | {h.F1:F3} | {h.P:F3} | {h.R:F3} |");
}

void PrintMisses(string theme)
{
    foreach (var i in tuning)
    {
        var labelled = units[i].Themes.Contains(theme);
        var tagged = rules[i].Contains(theme);
        if (labelled == tagged) continue;
        var why = tagged ? " [" + string.Join(" | ", tagger.Tag(units[i].Text).First(t => t.ThemeId == theme).Evidence.Select(e => e.Text)) + "]" : "";
        Console.WriteLine($"{(labelled ? "MISSED" : "FALSE ")} {units[i].Id}{why}: {units[i].Text.ReplaceLineEndings(" ")}");
    }
}

void PerTheme(string what, HashSet<string>[] predicted, int[] ids)
{
    Console.WriteLine($"\n{what}\n| theme | labelled | tagged | precision | recall | F1 |\n|---|---:|---:|---:|---:|---:|");
    var themes = ids.SelectMany(i => units[i].Themes.Concat(predicted[i])).Distinct().ToList();
    foreach (var theme in themes.OrderByDescending(t => ids.Count(i => units[i].Themes.Contains(t))))
    {
        var labelled = ids.Count(i => units[i].Themes.Contains(theme));
        var tagged = ids.Count(i => predicted[i].Contains(theme));
        var tp = ids.Count(i => units[i].Themes.Contains(theme) && predicted[i].Contains(theme));
        var p = tagged == 0 ? 0 : (double)tp / tagged;
        var r = labelled == 0 ? 0 : (double)tp / labelled;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {theme} | {labelled} | {tagged} | {p:F2} | {r:F2} | {(p + r == 0 ? 0 : 2 * p * r / (p + r)):F2} |"));
    }
}

static (float[][] Vectors, string ModelName) Vectors(List<Labelled> units, string cache)
{
    var load = MeaningModel.TryLoad();
    if (load.Model is null) throw new InvalidOperationException(load.Reason);
    using var model = load.Model;
    var encoder = new SentenceEncoder(model);
    UnitVectors? previous = File.Exists(cache) ? UnitVectorsFile.Read(cache) : null;
    var texts = units.Select((u, i) => new UnitText($"{i}:{u.Id}", u.Text)).ToList();
    var built = UnitVectorsBuild.Build(texts, encoder, previous);
    if (built.Embedded > 0) UnitVectorsFile.Write(built.Vectors, cache);
    Console.WriteLine($"vectors: {built.Embedded} embedded, {built.Reused} reused ({model.Name})");
    return (texts.Select(t => built.Vectors.VectorOf(t.UnitId).ToArray()).ToArray(), model.Name);
}

internal sealed record Labelled(string Id, string Review, string Kind, string Text, HashSet<string> Themes, bool HeldOut)
{
    public static Labelled Read(string line, bool fromDevSet)
    {
        using var doc = JsonDocument.Parse(line);
        var r = doc.RootElement;
        var id = r.GetProperty("id").GetString()!;
        return new Labelled(
            id,
            r.TryGetProperty("reviewId", out var review) ? review.GetString()! : id[..id.IndexOf('/', StringComparison.Ordinal)],
            r.GetProperty("kind").GetString()!,
            r.GetProperty("text").GetString()!,
            [.. r.GetProperty("themes").EnumerateArray().Select(t => t.GetString()!)],
            !fromDevSet && r.GetProperty("heldOut").GetBoolean());
    }
}
