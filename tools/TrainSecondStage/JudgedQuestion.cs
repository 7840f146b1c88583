using System.Text.Json;

namespace LearningSearch.TrainSecondStage;

/// <summary>One judged hit of a question: where the first stage put it, its features as the service explained them, its grade.</summary>
public sealed record JudgedHit(string UnitId, int FirstStageRank, double[] Features, double Grade);

/// <summary>
/// A judged question with the service's first hits, as <c>tools/ScoreRelevance/fit-second-stage.py gather-set</c> writes
/// them (features in the order of its NAMES, which is the service's HitFeatures.Names), and the set it belongs to.
/// </summary>
public sealed record JudgedQuestion(string Set, string Text, IReadOnlyDictionary<string, double> Relevant, IReadOnlyList<JudgedHit> Hits)
{
    public static IEnumerable<JudgedQuestion> Read(string file)
    {
        var set = Path.GetFileNameWithoutExtension(file);
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        foreach (var row in json.RootElement.EnumerateArray())
        {
            var hits = row.GetProperty("hits").EnumerateArray()
                .Select(h => new JudgedHit(h.GetProperty("id").GetString()!, h.GetProperty("rank").GetInt32(),
                    h.GetProperty("features").EnumerateArray().Select(f => f.GetDouble()).ToArray(), h.GetProperty("grade").GetDouble()))
                .OrderBy(h => h.FirstStageRank).ToList();
            yield return new JudgedQuestion(set, row.GetProperty("question").GetString()!,
                row.GetProperty("relevant").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble()), hits);
        }
    }

    /// <summary>nDCG@10 of the question when its first <paramref name="depth"/> hits are put in the order of <paramref name="score"/>.</summary>
    public double Ndcg(Func<JudgedHit, double> score, int depth)
    {
        var top = Hits.Take(depth).OrderByDescending(score).ThenBy(h => h.FirstStageRank).Concat(Hits.Skip(depth)).Take(10).ToList();
        var dcg = top.Select((h, i) => Relevant.GetValueOrDefault(h.UnitId) / Math.Log2(i + 2)).Sum();
        var ideal = Relevant.Values.OrderByDescending(g => g).Take(10).Select((g, i) => g / Math.Log2(i + 2)).Sum();
        return ideal == 0 ? 0 : dcg / ideal;
    }
}
