using System.Numerics.Tensors;
using System.Text.Json;
using LearningSearch.Meaning;

namespace LearningSearch.MeasureMeaning;

/// <summary>
/// Where the window stops mattering: how much long units' vectors move between windows, and search by meaning
/// alone scored on the blind questions' tuning half (nDCG@10 graded by the judged grades, recall@10 as in
/// docs/quality.md). The held-out half is not read here.
/// </summary>
internal static class WindowRelevance
{
    private static readonly (bool EightBit, int Window)[] Readings =
        [(true, 64), (true, 128), (true, 256), (true, 512), (false, 128), (false, 256), (false, 512)];

    private static readonly int[] Windows = [64, 128, 256, 512];

    /// <summary>The most exact reading, that the others' top tens are compared with.</summary>
    private static readonly (bool EightBit, int Window) Exact = (false, 512);

    public static void Report(IReadOnlyList<UnitText> units, string questionsFile)
    {
        var questions = ReadQuestions(questionsFile);
        var texts = units.Select(u => u.Text).ToArray();
        var byWindow = new Dictionary<(bool EightBit, int Window), (IReadOnlyList<EncodedText> Units, UnitVectors Vectors, SentenceEncoder Encoder, MeaningModel Model)>();
        foreach (var reading in Readings)
        {
            var model = MeaningModel.TryLoad(new MeaningOptions { Window = reading.Window, EightBitWeights = reading.EightBit }).Model!;
            var encoder = new SentenceEncoder(model);
            var encoded = encoder.Encode(texts);
            var vectors = new UnitVectors(encoder.ModelName, encoder.Dimensions, units.Count);
            for (var i = 0; i < units.Count; i++)
            {
                vectors.Add(units[i].UnitId, 0, encoded[i].Vector);
            }
            byWindow[reading] = (encoded, vectors, encoder, model);
        }

        Console.WriteLine("## How far long units' vectors move when the window grows (8-bit weights)");
        Console.WriteLine();
        Console.WriteLine("| from | to | units cut at the smaller | median cosine | lowest cosine |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        foreach (var (small, large) in Windows.Zip(Windows.Skip(1)))
        {
            var cut = Enumerable.Range(0, units.Count).Where(i => byWindow[(true, small)].Units[i].WasCut).ToArray();
            var cosines = cut.Select(i => TensorPrimitives.Dot(byWindow[(true, small)].Units[i].Vector, byWindow[(true, large)].Units[i].Vector)).Order().ToArray();
            Console.WriteLine(cosines.Length == 0
                ? $"| {small} | {large} | 0 | | |"
                : $"| {small} | {large} | {cut.Length} | {cosines[cosines.Length / 2]:F4} | {cosines[0]:F4} |");
        }
        Console.WriteLine();
        var precision = Enumerable.Range(0, units.Count)
            .Select(i => TensorPrimitives.Dot(byWindow[(true, 256)].Units[i].Vector, byWindow[(false, 256)].Units[i].Vector)).Order().ToArray();
        Console.WriteLine($"8-bit against float weights, window 256, all units: median cosine {precision[precision.Length / 2]:F4}, lowest {precision[0]:F4}");
        Console.WriteLine();

        Console.WriteLine($"## Search by meaning alone, {questions.Count} tuning questions (blind set)");
        Console.WriteLine();
        Console.WriteLine("| weights | window | nDCG@10 | recall@10 | top-10 units shared with float32, window 512 |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        var widest = questions.Select(q => Top10(byWindow[Exact], q.Question)).ToArray();
        foreach (var reading in Readings)
        {
            var tops = questions.Select(q => Top10(byWindow[reading], q.Question)).ToArray();
            var ndcg = questions.Select((q, i) => Ndcg(tops[i], q.Relevant)).Average();
            var recall = questions.Select((q, i) => Recall(tops[i], q.Relevant)).Average();
            var shared = tops.Select((t, i) => t.Intersect(widest[i]).Count() / 10.0).Average();
            Console.WriteLine($"| {(reading.EightBit ? "int8" : "float32")} | {reading.Window} | {ndcg:F3} | {recall:F3} | {shared:P0} |");
        }
        Console.WriteLine();
        foreach (var entry in byWindow.Values)
        {
            entry.Model.Dispose();
        }
    }

    private static string[] Top10((IReadOnlyList<EncodedText> Units, UnitVectors Vectors, SentenceEncoder Encoder, MeaningModel Model) at, string question) =>
        at.Vectors.Nearest(at.Encoder.EncodeQuestion(question).Vector, 10).Select(h => h.UnitId).ToArray();

    private static double Ndcg(string[] top, Dictionary<string, int> relevant)
    {
        var dcg = top.Select((id, rank) => relevant.GetValueOrDefault(id) / Math.Log2(rank + 2)).Sum();
        var ideal = relevant.Values.OrderDescending().Take(10).Select((grade, rank) => grade / Math.Log2(rank + 2)).Sum();
        return dcg / ideal;
    }

    private static double Recall(string[] top, Dictionary<string, int> relevant) =>
        top.Count(relevant.ContainsKey) / (double)Math.Min(10, relevant.Count);

    /// <summary>The questions with at least one relevant unit (the means leave out those with none, as quality.md does).</summary>
    private static List<(string Question, Dictionary<string, int> Relevant)> ReadQuestions(string path)
    {
        using var set = JsonDocument.Parse(File.ReadAllText(path));
        return set.RootElement.EnumerateArray()
            .Select(q => (q.GetProperty("question").GetString()!,
                q.GetProperty("relevant").EnumerateObject().ToDictionary(r => r.Name, r => r.Value.GetInt32())))
            .Where(q => q.Item2.Count > 0)
            .ToList();
    }
}
