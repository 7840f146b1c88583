// Fits the second stage (src/SearchApi/Search/Reordering/second-stage.json) on judged questions: a pairwise ranker over
// the service's features and the question's and unit's meaning dimension by dimension. Each set is first scored by
// weights fitted on the other sets (leave one set out: the honest figure for a set someone else wrote), then the weights
// are fitted on all of them. Usage:
//   python3 tools/ScoreRelevance/fit-second-stage.py gather-set SERVICE SET/judgements.json /tmp/ss/SET.json   (each set)
//   dotnet run -c Release --project tools/TrainSecondStage -- --vectors INDEX/GENERATION/unit-vectors.lsuv /tmp/ss/*.json
//     [--with /tmp/old28.json --with-weight 0.1] [--weight-decay 1e-4] [--epochs 10] [--write src/SearchApi/Search/Reordering/second-stage.json]
// --with: questions that count in every fit at a lower weight but are scored on their own (the 28 questions tuned beside
// the code, which judge recommendations only: gathered by fit-second-stage.py gather-old).
using System.Globalization;
using System.Text.Json;
using LearningSearch.Meaning;
using LearningSearch.SearchApi.Search.Reordering;
using LearningSearch.TrainSecondStage;

// The features in the service's order, the order fit-second-stage.py gathers them in.
var names = HitFeatures.Names;
const int Depth = 50;
string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
var weightDecay = double.Parse(Option("--weight-decay") ?? "1e-4", CultureInfo.InvariantCulture);
var epochs = int.Parse(Option("--epochs") ?? "10", CultureInfo.InvariantCulture);
var vectorsFile = Option("--vectors") ?? throw new ArgumentException("--vectors INDEX/GENERATION/unit-vectors.lsuv: the unit vectors of the index the hits were gathered on");
var write = Option("--write");
var floorFile = Option("--with");
var floorWeight = double.Parse(Option("--with-weight") ?? "0.1", CultureInfo.InvariantCulture);
var files = args.Where(a => a.EndsWith(".json", StringComparison.Ordinal) && a != write && a != floorFile).ToList();

var load = MeaningModel.TryLoad(new MeaningOptions());
if (load.Model is not { } model) { Console.Error.WriteLine($"no meaning model: {load.Reason}"); return 1; }
using var _ = model;
var encoder = new SentenceEncoder(model);
var units = UnitVectorsFile.TryRead(vectorsFile, encoder.ModelName) ?? throw new InvalidDataException($"{vectorsFile} holds no vectors of {encoder.ModelName}");
var questions = files.SelectMany(JudgedQuestion.Read).ToList();
var floor = floorFile is null ? [] : JudgedQuestion.Read(floorFile).ToList();
var sets = questions.GroupBy(q => q.Set).ToList();
Console.WriteLine($"{questions.Count} judged questions of {sets.Count} sets; {units.Count} unit vectors of {encoder.ModelName}; weight decay {weightDecay}, {epochs} epochs");

var ranker = new PairwiseRanker(names.Length, encoder.Dimensions, weightDecay, epochs);
var featuresOnly = new PairwiseRanker(names.Length, 0, weightDecay, epochs);
var inputs = new Dictionary<(JudgedQuestion, JudgedHit), double[]>();
foreach (var q in questions.Concat(floor))
{
    var vector = encoder.EncodeQuestion(q.Text).Vector;
    foreach (var h in q.Hits.Take(Depth))
    {
        // An action's id is its recommendation's with "/action-N" after it (the index contract).
        var cut = h.UnitId.LastIndexOf("/action-", StringComparison.Ordinal);
        var parent = cut > 0 ? h.UnitId[..cut] : null;
        inputs[(q, h)] = ranker.InputsOf(h.Features, vector, units.Contains(h.UnitId) ? units.VectorOf(h.UnitId).ToArray() : null,
            parent is not null && units.Contains(parent) ? units.VectorOf(parent).ToArray() : null);
    }
}
IEnumerable<(double[], double[], double)> Pairs(IEnumerable<JudgedQuestion> among, int width) =>
    from q in among.Concat(floor)
    let weight = floor.Contains(q) ? floorWeight : 1.0
    let hits = q.Hits.Take(Depth).ToList()
    from better in hits
    from worse in hits
    where better.Grade > worse.Grade
    select (inputs[(q, better)][..width], inputs[(q, worse)][..width], weight);
double Score(double[] weights, double[] x) { var s = 0.0; for (var k = 0; k < weights.Length; k++) s += weights[k] * x[k]; return s; }

Console.WriteLine($"| set | questions | first stage | features, fitted on the others | + meaning by dimension (own and recommendation's), fitted on the others |");
Console.WriteLine("|---|---:|---:|---:|---:|");
double first = 0, alone = 0, both = 0;
foreach (var set in sets)
{
    var others = questions.Where(q => q.Set != set.Key).ToList();
    var w1 = featuresOnly.Fit(Pairs(others, names.Length));
    var w2 = ranker.Fit(Pairs(others, ranker.Inputs));
    double f0 = set.Average(q => q.Ndcg(h => -h.FirstStageRank, Depth)), f1 = set.Average(q => q.Ndcg(h => Score(w1, inputs[(q, h)][..names.Length]), Depth)), f2 = set.Average(q => q.Ndcg(h => Score(w2, inputs[(q, h)]), Depth));
    Console.WriteLine($"| {set.Key} | {set.Count()} | {f0:F3} | {f1:F3} | {f2:F3} |");
    first += f0 * set.Count(); alone += f1 * set.Count(); both += f2 * set.Count();
}
var n = questions.Count;
Console.WriteLine($"| all, weighted by questions | {n} | {first / n:F3} | {alone / n:F3} | **{both / n:F3}** |");

var weights = ranker.Fit(Pairs(questions, ranker.Inputs));
var fittedAll = questions.Average(q => q.Ndcg(h => Score(weights, inputs[(q, h)]), Depth));
Console.WriteLine($"fitted on all {n}: nDCG@10 {fittedAll:F3}");
if (floor.Count > 0) Console.WriteLine($"the {floor.Count} questions of {Path.GetFileName(floorFile)} (weight {floorWeight}): first stage {floor.Average(q => q.Ndcg(h => -h.FirstStageRank, Depth)):F3}, fitted {floor.Average(q => q.Ndcg(h => Score(weights, inputs[(q, h)]), Depth)):F3}");
for (var i = 0; i < names.Length; i++) Console.WriteLine($"  {names[i],-15} {weights[i]:+0.0000;-0.0000}");
if (write is not null)
{
    var file = new
    {
        fitted = $"pairwise logistic ranker (tools/TrainSecondStage) on {n} judged questions of {sets.Count} sets ({string.Join(", ", sets.Select(s => s.Key))}), weight decay {weightDecay}, {epochs} epochs: " +
                 $"each set scored by weights fitted on the others {both / n:F3} (features alone {alone / n:F3}, first stage {first / n:F3}); {fittedAll:F3} on all" +
                 (floor.Count > 0 ? $"; with the {floor.Count} questions tuned beside the code as a floor at weight {floorWeight}" : ""),
        depth = Depth,
        weights = names.Select((name, i) => (name, w: Math.Round(weights[i], 4))).Where(p => Math.Abs(p.w) >= 1e-4).ToDictionary(p => p.name, p => p.w),
        // Scaled as the ranker saw the products, so the service only multiplies question, unit and weight.
        meaningByDimension = weights.Skip(names.Length).Take(encoder.Dimensions).Select(w => (float)Math.Round(w * PairwiseRanker.ProductScale, 5)).ToArray(),
        parentMeaningByDimension = weights.Skip(names.Length + encoder.Dimensions).Select(w => (float)Math.Round(w * PairwiseRanker.ProductScale, 5)).ToArray(),
    };
    File.WriteAllText(write, JsonSerializer.Serialize(file, new JsonSerializerOptions { WriteIndented = true }) + "\n");
    Console.WriteLine($"wrote {write}");
}
return 0;
