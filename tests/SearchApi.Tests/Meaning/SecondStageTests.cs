using System.Text.Json;
using LearningSearch.SearchApi.Search.Reordering;

namespace LearningSearch.SearchApi.Tests.Meaning;

/// <summary>
/// The first hits of a question are put in order again by features a reader can check against the card and by closeness in
/// meaning weighed dimension by dimension, fitted on judged questions (tools/TrainSecondStage); an explained search says,
/// for each hit, where the first stage had put it and why it moved.
/// </summary>
public sealed class SecondStageTests(MeaningHost host) : IClassFixture<MeaningHost>
{
    private const string Question = "kids missing doctor appointments";

    [Fact]
    public async Task AnExplainedSearch_ShouldSayWhyEachHitStandsWhereItDoes()
    {
        await host.Ready();
        var result = await host.GetJson($"/api/search?q={Uri.EscapeDataString(Question)}&pageSize=50&explain=true");
        var rankings = result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("ranking")).ToList();
        Assert.NotEmpty(rankings);
        foreach (var ranking in rankings)
        {
            var features = ranking.GetProperty("features").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
            // The named features, each from 0 to 1, and the learned closeness in meaning added to the score beside them.
            Assert.Equal(HitFeatures.Names.Append(SecondStage.MeaningByDimensionName).Order(), features.Keys.Order());
            Assert.All(features.Where(f => f.Key != SecondStage.MeaningByDimensionName), f => Assert.InRange(f.Value, 0, 1));
            Assert.True(ranking.GetProperty("firstStageRank").GetInt32() >= 1);
        }
        var scores = rankings.Select(r => r.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        var firstStage = rankings.Select(r => r.GetProperty("firstStageRank").GetInt32()).ToList();
        Assert.Equal(firstStage.Count, firstStage.Distinct().Count()); // a page of the reordered first hundred: each first-stage place once
        Assert.NotEqual(firstStage.Order(), firstStage); // the second stage moved something
        Assert.Contains("put in order by how much of your wording", result.GetProperty("meaning").GetProperty("says").GetString());
    }

    [Fact]
    public async Task ASearchNotExplained_ShouldNotCarryTheRanking()
    {
        await host.Ready();
        var result = await host.GetJson($"/api/search?q={Uri.EscapeDataString(Question)}");
        Assert.All(result.GetProperty("hits").EnumerateArray(), h => Assert.False(h.TryGetProperty("ranking", out _)));
    }

    [Fact]
    public void TheShippedWeights_ShouldSayHowTheyWereFittedAndWeighOnlyKnownFeatures()
    {
        var weights = SecondStageWeights.LoadDefault();
        Assert.Contains("tuning", weights.Fitted);
        Assert.InRange(weights.Depth, 10, 1000);
        Assert.Subset(HitFeatures.Names.ToHashSet(), weights.Weights.Keys.ToHashSet());
        Assert.Contains(weights.Weights, w => w.Key != "firstStage" && w.Value != 0);
        Assert.Equal(LearningSearch.Meaning.MeaningModel.ModelDimensions, weights.MeaningByDimension?.Length);
        Assert.Equal(LearningSearch.Meaning.MeaningModel.ModelDimensions, weights.ParentMeaningByDimension?.Length);
    }

    [Fact]
    public void MeaningWeighedByDimension_ShouldScoreAUnitByTheWeighedDotProduct_AndNotApplyToVectorsOfAnotherSize()
    {
        var stage = new SecondStage(new SecondStageWeights(new Dictionary<string, double> { ["meaning"] = 1 }, Depth: 50, MeaningByDimension: [2f, 0f, -1f]), enabled: true);
        var weighed = stage.WeighQuestion([0.5f, 0.5f, 0.5f])!;
        Assert.Equal([1f, 0f, -0.5f], weighed);
        float[] unit = [0.6f, 0.8f, 0.2f];
        Assert.Equal(0.6f * 1f + 0.2f * -0.5f, System.Numerics.Tensors.TensorPrimitives.Dot(unit, weighed), 5);
        Assert.Null(stage.WeighQuestion([0.5f, 0.5f]));
        Assert.Null(stage.WeighQuestionForParent([0.5f, 0.5f, 0.5f])); // no weights for the recommendation's meaning: none added
        Assert.Null(new SecondStage(new SecondStageWeights(new Dictionary<string, double> { ["meaning"] = 1 }, Depth: 50), enabled: true).WeighQuestion([0.5f, 0.5f, 0.5f]));
    }

    [Fact]
    public void AWeightsFileNamingAnUnknownFeature_ShouldBeRefusedSayingWhichAndWhatIsKnown()
    {
        var file = Path.Combine(Path.GetTempPath(), $"second-stage-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{ "depth": 50, "weights": { "firstStage": 1, "proximity": 0.5 } }""");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => SecondStageWeights.Load(file));
            Assert.Contains("proximity", error.Message);
            Assert.Contains("typedWords", error.Message);
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public void AWeightsFileWithANegativeDepth_ShouldBeRefused()
    {
        var file = Path.Combine(Path.GetTempPath(), $"second-stage-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{ "depth": -1, "weights": { "firstStage": 1 } }""");
        try { Assert.Contains("depth", Assert.Throws<InvalidDataException>(() => SecondStageWeights.Load(file)).Message); }
        finally { File.Delete(file); }
    }

    [Fact]
    public void SwitchedOffOrWithNoDepth_ShouldReorderNothing()
    {
        Assert.False(new SecondStage(SecondStageWeights.LoadDefault(), enabled: false).Enabled);
        Assert.False(new SecondStage(new SecondStageWeights(new Dictionary<string, double> { ["typedWords"] = 1 }, Depth: 0), enabled: true).Enabled);
    }
}
