using Xunit.Abstractions;

namespace LearningSearch.SearchApi.Tests.Relevance;

/// <summary>The bundled corpus searched by words alone: the practitioners' vocabulary switched off, to measure what it adds.</summary>
public sealed class WordsOnlyHost() : LearningSearchHost(Path.Combine(RepositoryRoot(), "corpus"), new Dictionary<string, string?> { ["Search:Vocabulary"] = "false" });

/// <summary>
/// Practitioners' questions nobody tuned the search on find what a trainer would want in the first ten results, with
/// and without the practitioners' vocabulary. The held-out half is the headline (docs/quality.md); the floors keep a
/// change from losing what was reached.
/// </summary>
[Collection(SampleCorpusCollection.Name)]
public sealed class BlindRelevanceTests(SampleCorpusHost host, WordsOnlyHost wordsOnly, Meaning.MeaningHost byMeaning, ITestOutputHelper output) : IClassFixture<WordsOnlyHost>, IClassFixture<Meaning.MeaningHost>
{
    [Fact]
    public async Task TheTuningHalf_ShouldFindWhatTheTrainerJudgedRelevant()
    {
        var (ndcg, recall) = await Score(host, "tuning", printMisses: true);
        Assert.True(ndcg >= 0.60, $"tuning nDCG@10 {ndcg:F3}");
        // 0.56, not 0.57: the theme phrases retuned on new reviews (issue 21) moved the theme clause and this half fell
        // 0.572 -> 0.568 while the 40 FreshQuestions rose 0.687 -> 0.694 (docs/quality.md); a trade kept on purpose.
        Assert.True(recall >= 0.56, $"tuning recall@10 {recall:F3}");
    }

    [Fact]
    public async Task TheHeldOutHalf_ShouldFindWhatTheTrainerJudgedRelevant()
    {
        var (ndcg, recall) = await Score(host, "heldout", printMisses: false);
        Assert.True(ndcg >= 0.60, $"held-out nDCG@10 {ndcg:F3}");
        Assert.True(recall >= 0.57, $"held-out recall@10 {recall:F3}");
    }

    [Fact]
    public async Task ThePractitionersVocabulary_ShouldFindMoreThanWordsAloneOnBothHalves()
    {
        foreach (var half in new[] { "tuning", "heldout" })
        {
            var (wordsNdcg, wordsRecall) = await Score(wordsOnly, half + " (words only)", printMisses: false, file: half);
            var (ndcg, recall) = await Score(host, half + " (with the vocabulary)", printMisses: false, file: half);
            Assert.True(ndcg >= wordsNdcg && recall >= wordsRecall,
                $"{half}: with the vocabulary nDCG@10 {ndcg:F3} recall@10 {recall:F3}; words alone {wordsNdcg:F3} {wordsRecall:F3}");
        }
    }

    [Fact]
    public async Task SearchingByMeaningToo_ShouldNotLoseMoreThanAHundredthOfWhatTheWordsFindOnEitherHalf()
    {
        await byMeaning.Ready();
        foreach (var half in new[] { "tuning", "heldout" })
        {
            var (wordsNdcg, wordsRecall) = await Score(host, half + " (words and vocabulary)", printMisses: false, file: half);
            var (ndcg, recall) = await Score(byMeaning, half + " (words, vocabulary and meaning)", printMisses: false, file: half);
            // The meaning host also tags with the theme model, which moves the theme clauses a little (docs/quality.md).
            Assert.True(ndcg >= wordsNdcg - 0.01 && recall >= wordsRecall - 0.01,
                $"{half}: with meaning nDCG@10 {ndcg:F3} recall@10 {recall:F3}; without {wordsNdcg:F3} {wordsRecall:F3}");
        }
    }

    [Fact]
    public async Task TheSecondStage_ShouldPutBothHalvesInABetterOrderThanTheFirstStageHad()
    {
        await byMeaning.Ready();
        foreach (var (half, least) in new[] { ("tuning", 0.70), ("heldout", 0.67) })
        {
            var first = new List<double>();
            var second = new List<double>();
            foreach (var question in BlindQuestion.Half(half).Where(q => q.Relevant.Count > 0))
            {
                var result = await byMeaning.GetJson($"/api/search?q={Uri.EscapeDataString(question.Question)}&pageSize=100&explain=true");
                var hits = result.GetProperty("hits").EnumerateArray()
                    .Select((h, i) => (Id: h.GetProperty("id").GetString()!, FirstStage: h.TryGetProperty("ranking", out var r) ? r.GetProperty("firstStageRank").GetInt32() : 1000 + i))
                    .ToList();
                second.Add(question.Ndcg(hits.Select(h => h.Id).ToList())!.Value);
                first.Add(question.Ndcg(hits.OrderBy(h => h.FirstStage).Select(h => h.Id).ToList())!.Value);
            }
            output.WriteLine($"{half}: nDCG@10 {first.Average():F3} in the first stage's order, {second.Average():F3} after the second stage");
            Assert.True(second.Average() >= first.Average() + 0.03 && second.Average() >= least,
                $"{half}: second stage {second.Average():F3}, first stage {first.Average():F3}");
        }
    }

    private async Task<(double Ndcg, double Recall)> Score(LearningSearchHost searched, string half, bool printMisses, string? file = null)
    {
        var questions = BlindQuestion.Half(file ?? half);
        var scores = new List<(BlindQuestion Question, double Ndcg, double Recall, IReadOnlyList<string> Top)>();
        foreach (var question in questions)
        {
            var result = await searched.GetJson($"/api/search?q={Uri.EscapeDataString(question.Question)}&pageSize=10");
            var top = result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList();
            if (question.Ndcg(top) is { } ndcg) scores.Add((question, ndcg, question.Recall(top)!.Value, top));
        }
        var meanNdcg = scores.Average(s => s.Ndcg);
        var meanRecall = scores.Average(s => s.Recall);
        output.WriteLine($"{half}: {scores.Count} questions with relevant units, nDCG@10 {meanNdcg:F3}, recall@10 {meanRecall:F3}");
        if (printMisses)
            foreach (var s in scores.OrderBy(s => s.Ndcg))
                output.WriteLine($"  {s.Ndcg,5:F2} {s.Recall,5:F2}  {s.Question.Question}  [{s.Question.Style}]  top: {string.Join(" ", s.Top.Take(5))}");
        return (meanNdcg, meanRecall);
    }
}
