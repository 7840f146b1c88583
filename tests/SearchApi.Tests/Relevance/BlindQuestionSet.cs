using System.Text.Json;

namespace LearningSearch.SearchApi.Tests.Relevance;

/// <summary>
/// Questions written by a practitioner who had seen neither the code, the taxonomy nor the vocabulary, judged by reading
/// every unit of the bundled corpus (grade 2: squarely answers it; 1: relevant), and split once at random into a
/// tuning half and a held-out half (BlindQuestions/README.md says who, how and when). Only the tuning half's misses
/// are ever printed: the held-out half is the figure to expect of a new question.
/// </summary>
public sealed record BlindQuestion(string Question, string Style, IReadOnlyDictionary<string, int> Relevant)
{
    public static IReadOnlyList<BlindQuestion> Half(string name)
    {
        var path = Path.Combine(LearningSearchHost.RepositoryRoot(), "tests", "SearchApi.Tests", "Relevance", "BlindQuestions", name + ".json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray()
            .Select(q => new BlindQuestion(
                q.GetProperty("question").GetString()!,
                q.TryGetProperty("style", out var style) ? style.GetString() ?? "" : "",
                q.GetProperty("relevant").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32())))
            .ToList();
    }

    /// <summary>Graded nDCG at 10 (gain = grade) of the ids returned, in order; null when nothing is relevant.</summary>
    public double? Ndcg(IReadOnlyList<string> top)
    {
        if (Relevant.Count == 0) return null;
        var dcg = top.Take(10).Select((id, i) => Relevant.GetValueOrDefault(id) / Math.Log2(i + 2)).Sum();
        var ideal = Relevant.Values.OrderByDescending(g => g).Take(10).Select((g, i) => g / Math.Log2(i + 2)).Sum();
        return dcg / ideal;
    }

    /// <summary>Relevant units in the first ten, over as many as could be there (min(10, relevant)); null when nothing is relevant.</summary>
    public double? Recall(IReadOnlyList<string> top) =>
        Relevant.Count == 0 ? null : (double)top.Take(10).Count(Relevant.ContainsKey) / Math.Min(10, Relevant.Count);
}
