using System.Globalization;
using System.Numerics.Tensors;
using System.Text.Json;

namespace LearningSearch.MeasureRecurrence;

/// <summary>
/// Candidate pairs for labelling: every cross-review pair of recommendations that share a theme (the only pairs the
/// recurrence view can show), sampled in bands of meaning similarity, the closer bands more heavily, since nearly
/// every pair worth showing is close in meaning and a uniform sample would be almost all unrelated pairs. Each pair
/// keeps its band's weight (pairs in the band / pairs sampled from it), so a precision over the whole population can
/// be weighted back.
/// </summary>
internal static class Candidates
{
    // Lower edges of the bands and how many pairs to take from each (about 320 in all). The closest band is sampled
    // first; one that cannot give its share (too few pairs, or too many of one recommendation) passes the rest on to
    // the next band down.
    private static readonly (double From, int Take)[] Bands = [(-1, 30), (0.3, 35), (0.4, 45), (0.5, 60), (0.6, 70), (0.7, 80)];

    // A recommendation appears in at most this many sampled pairs, so one long, general recommendation cannot fill a band.
    private const int MostPairsOfOne = 4;

    public static void Write(IReadOnlyList<ShelfRecommendation> recommendations, string oldPairsFile, string folder, string featuresFile, int seed)
    {
        var oldPairs = File.ReadLines(oldPairsFile).Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement).Select(e => (e.GetProperty("later").GetString()!, e.GetProperty("earlier").GetString()!))
            .SelectMany(p => new[] { p, (p.Item2, p.Item1) }).ToHashSet();

        var withTheme = recommendations.Where(r => r.Themes.Count > 0).ToList();
        var pairs = new List<(ShelfRecommendation Later, ShelfRecommendation Earlier, double Similarity)>();
        int sameText = 0, labelledBefore = 0;
        for (var i = 0; i < withTheme.Count; i++)
        {
            for (var j = i + 1; j < withTheme.Count; j++)
            {
                var (a, b) = (withTheme[i], withTheme[j]);
                if (a.ReviewId == b.ReviewId || !a.Themes.Intersect(b.Themes).Any()) continue;
                if (a.Text == b.Text) { sameText++; continue; }
                if (oldPairs.Contains((a.Text, b.Text))) { labelledBefore++; continue; }
                var (later, earlier) = IsLater(a, b) ? (a, b) : (b, a);
                pairs.Add((later, earlier, Math.Round(TensorPrimitives.Dot<float>(a.Vector, b.Vector), 4)));
            }
        }
        Console.Error.WriteLine($"{pairs.Count} cross-review pairs sharing a theme ({sameText} of identical texts and {labelledBefore} labelled before left out)");

        var random = new Random(seed);
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        var chosen = new List<(int Band, int Index)>();
        var bandSizes = new int[Bands.Length];
        var carried = 0;
        for (var band = Bands.Length - 1; band >= 0; band--)
        {
            var upper = band + 1 < Bands.Length ? Bands[band + 1].From : 2;
            var members = Enumerable.Range(0, pairs.Count).Where(p => pairs[p].Similarity >= Bands[band].From && pairs[p].Similarity < upper).ToArray();
            bandSizes[band] = members.Length;
            random.Shuffle(members);
            var want = Bands[band].Take + carried;
            var took = 0;
            foreach (var p in members)
            {
                if (took == want) break;
                var (later, earlier, _) = pairs[p];
                if (uses.GetValueOrDefault(later.Id) >= MostPairsOfOne || uses.GetValueOrDefault(earlier.Id) >= MostPairsOfOne) continue;
                uses[later.Id] = uses.GetValueOrDefault(later.Id) + 1;
                uses[earlier.Id] = uses.GetValueOrDefault(earlier.Id) + 1;
                chosen.Add((band, p));
                took++;
            }
            carried = want - took;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  similarity from {Bands[band].From:F1}: {members.Length} pairs, {took} sampled"));
        }

        // Shown to the labeller in a random order, so neighbouring pairs say nothing of their similarity.
        var order = chosen.ToArray();
        random.Shuffle(order);
        Directory.CreateDirectory(folder);
        using var forLabelling = new StreamWriter(Path.Combine(folder, "pairs.jsonl"));
        using var features = new StreamWriter(featuresFile);
        var sampledOfBand = order.GroupBy(c => c.Band).ToDictionary(g => g.Key, g => g.Count());
        for (var n = 0; n < order.Length; n++)
        {
            var (later, earlier, similarity) = pairs[order[n].Index];
            var pair = $"{later.Id} <- {earlier.Id}";
            // As the first labelled set was written (Python's json.dumps without ASCII escaping), so both read alike.
            forLabelling.WriteLine($"{{\"pair\": {Json(pair)}, \"later\": {Json(later.Text)}, \"earlier\": {Json(earlier.Text)}, \"n\": {n + 1}}}");
            features.WriteLine(JsonSerializer.Serialize(new
            {
                n = n + 1, pair, laterReview = later.ReviewId, earlierReview = earlier.ReviewId, laterYear = later.Year, earlierYear = earlier.Year,
                similarity, band = Bands[order[n].Band].From, weight = Math.Round((double)bandSizes[order[n].Band] / sampledOfBand[order[n].Band], 3),
            }));
        }
        Console.Error.WriteLine($"{order.Length} pairs written to {folder}/pairs.jsonl, their similarity and band to {featuresFile}");
    }

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Json(string text) => JsonSerializer.Serialize(text, Relaxed);

    // The later of two recommendations: the later year; where the years are the same or unknown, the review id last in order.
    private static bool IsLater(ShelfRecommendation a, ShelfRecommendation b) =>
        a.Year is { } ya && b.Year is { } yb && ya != yb ? ya > yb : string.CompareOrdinal(a.ReviewId, b.ReviewId) > 0;
}
