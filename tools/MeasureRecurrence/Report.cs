using System.Globalization;
using LearningSearch.SearchApi.Recurrence;

namespace LearningSearch.MeasureRecurrence;

/// <summary>The measurement docs/quality.md reports: one split of the new labelled pairs by later review, fit on one half, scored on the other.</summary>
internal static class Report
{
    public static void Run(IReadOnlyList<LabelledPair> fresh, IReadOnlyList<LabelledPair> old, int seed, double precision, string scoredFile)
    {
        var reviews = fresh.Select(p => p.LaterReview).Distinct().Order(StringComparer.Ordinal).ToArray();
        new Random(seed).Shuffle(reviews);
        var fitting = reviews.Take(reviews.Length / 2).ToHashSet(StringComparer.Ordinal);
        var fit = fresh.Where(p => fitting.Contains(p.LaterReview)).ToList();
        var heldOut = fresh.Where(p => !fitting.Contains(p.LaterReview)).ToList();
        Console.WriteLine($"{fresh.Count} new labelled pairs ({Counts(fresh)}), split by later review ({reviews.Length} reviews, seed {seed}):");
        Console.WriteLine($"  fitting half: {fit.Count} pairs of {fitting.Count} later reviews ({Counts(fit)}); held out: {heldOut.Count} pairs of {reviews.Length - fitting.Count} ({Counts(heldOut)})");
        if (fresh.Select(p => p.Pair).Intersect(old.Select(p => p.Pair)).Any()) throw new InvalidOperationException("a pair is in both labelled sets");

        Fitting.Develop(fit);
        // The scorer's features, chosen on the fitting half alone: each candidate set's out-of-fold coverage at the
        // precision asked for (five folds by later review), the set that covers most kept.
        var all = LessonFeatures.Names.Select(_ => true).ToArray();
        var candidates = new List<(string Name, bool[] Use)> { ("every feature", all) };
        candidates.AddRange(LessonFeatures.Names.Select((n, d) => ($"all but {n}", all.Select((_, e) => e != d).ToArray())));
        candidates.Add(("similarity and shared words", all.Select((_, e) => e <= 1).ToArray()));
        (string Name, bool[] Use, double Threshold, int Covered) chosen = ("", all, 1, -1);
        foreach (var (name, use) in candidates)
        {
            var scores = Fitting.OutOfFold(fit, folds: 5, use);
            var t = Fitting.ChooseThreshold(fit, scores, precision);
            var covered = scores.Count(s => s >= t);
            var same = Enumerable.Range(0, fit.Count).Count(i => scores[i] >= t && fit[i].Same);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name}: out of fold, {covered} pairs shown at {t:F3}, {same} the same lesson"));
            if (covered > chosen.Covered && t < 1) chosen = (name, use, t, covered);
        }
        Console.WriteLine($"chosen: {chosen.Name}");
        var threshold = chosen.Threshold;
        var cosines = fit.Select(p => p.Features.Similarity).ToList();
        var cosineThreshold = Fitting.ChooseThreshold(fit, cosines, precision);
        var sameSubject = Fitting.ChooseThreshold(fit, cosines, precision, p => p.SameOrRelated);
        var scorer = Fitting.Fit(fit, threshold, sameSubject, chosen.Use);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\nthreshold {threshold:F3} (out-of-fold, five folds by later review, on the fitting half: highest coverage with precision >= {precision})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"weights: [{string.Join(", ", scorer.Weights.Select(w => w.ToString("F3", CultureInfo.InvariantCulture)))}], bias: {scorer.Bias:F3}  ({string.Join(", ", LessonFeatures.Names)})"));
        // As SameLessonScorer.Fitted ships it (rounded to four places; the floor test scores the labelled pairs with these).
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"SameLessonScorer.Fitted: weights: [{string.Join(", ", scorer.Weights.Select(w => Math.Round(w, 4).ToString(CultureInfo.InvariantCulture)))}], bias: {Math.Round(scorer.Bias, 4)}, threshold: {Math.Round(threshold, 4)}, sameSubjectSimilarity: {Math.Round(sameSubject, 4)}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"similarity alone, chosen the same way: {cosineThreshold:F3}; least similarity for \"same subject\" (same or related >= {precision}): {sameSubject:F3}"));

        const string header = "| pairs shown by | shown | same of all same | precision, same (95 %) | same or related | precision, same or related (95 %) | weighted: same | same or related |\n|---|---:|---:|---:|---:|---:|---:|---:|";
        foreach (var (what, set) in new[] { ("fitting half (in sample)", fit), ("**held out**", heldOut) })
        {
            Console.WriteLine($"\n{what}\n{header}");
            Console.WriteLine(Fitting.Line("the scorer", set, p => scorer.Probability(p.Features) >= threshold));
            Console.WriteLine(Fitting.Line(string.Create(CultureInfo.InvariantCulture, $"similarity >= {cosineThreshold:F2} (chosen the same way)"), set, p => p.Features.Similarity >= cosineThreshold));
            Console.WriteLine(Fitting.Line("similarity >= 0.55 (before)", set, p => p.Features.Similarity >= 0.55));
            Console.WriteLine(Fitting.Line(string.Create(CultureInfo.InvariantCulture, $"\"same subject\" list (below the scorer's threshold, similarity >= {sameSubject:F2})"), set, p => scorer.Judge(p.Features) == LessonVerdict.SameSubject));
            Console.WriteLine(Fitting.Line("every pair sharing a theme", set, _ => true));
        }
        Console.WriteLine($"\nthe first 204 pairs (the bundled corpus; developed on, never fitted on)\n{header}");
        Console.WriteLine(Fitting.Line("the scorer", old, p => scorer.Probability(p.Features) >= threshold));
        Console.WriteLine(Fitting.Line("similarity >= 0.55 (before)", old, p => p.Features.Similarity >= 0.55));
        Console.WriteLine(Fitting.Line("\"same subject\" list", old, p => scorer.Judge(p.Features) == LessonVerdict.SameSubject));
        // Each labelled pair's half and features, so a test can score them with the shipped weights without the library's documents.
        using (var scored = new StreamWriter(scoredFile))
        {
            foreach (var (set, half) in new[] { (fit, "fitting"), (heldOut, "held-out"), (old.ToList(), "first-204") })
                foreach (var p in set)
                    scored.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { n = p.N, pair = p.Pair, label = p.Label, half, weight = p.Weight, features = p.Features.Values.Select(v => Math.Round(v, 4)) }));
        }
        Console.WriteLine($"\nfeatures of every labelled pair written to {scoredFile}");
        Console.WriteLine("\nheld-out pairs shown by the scorer:");
        foreach (var p in heldOut.Where(p => scorer.Probability(p.Features) >= threshold).OrderByDescending(p => scorer.Probability(p.Features)))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {scorer.Probability(p.Features):F2} {p.Label,-9} {p.Pair}"));
        Console.WriteLine("held-out 'same' pairs missed:");
        foreach (var p in heldOut.Where(p => p.Same && scorer.Probability(p.Features) < threshold))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {scorer.Probability(p.Features):F2} {p.Features} {p.Pair}"));
    }

    private static string Counts(IReadOnlyList<LabelledPair> pairs) =>
        $"{pairs.Count(p => p.Same)} same, {pairs.Count(p => p.Label == "related")} related, {pairs.Count(p => p.Label == "unrelated")} unrelated";
}
