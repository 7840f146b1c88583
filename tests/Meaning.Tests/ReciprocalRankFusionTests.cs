namespace LearningSearch.Meaning.Tests;

public sealed class ReciprocalRankFusionTests
{
    // Words find the units that say "co-sleeping"; meaning also finds the one that says "where the baby sleeps".
    private static readonly string[] ByWords = ["an09/rec-38", "an09/rec-12", "ads14/rec-3"];
    private static readonly string[] ByMeaning = ["new-review/rec-1", "an09/rec-38", "ads14/rec-3"];

    [Fact]
    public void AWorkedExample_ShouldRankAUnitBothSearchesFound_AboveOnesOnlyOneFound()
    {
        var fused = new ReciprocalRankFusion().Fuse(ByWords, ByMeaning);

        // an09/rec-38: 1/61 + 1/62 = 0.032522; ads14/rec-3: 1/63 + 1/63 = 0.031746;
        // new-review/rec-1: 1/61 = 0.016393; an09/rec-12: 1/62 = 0.016129.
        Assert.Equal(["an09/rec-38", "ads14/rec-3", "new-review/rec-1", "an09/rec-12"], fused.Select(h => h.UnitId));
        Assert.Equal(1.0 / 61 + 1.0 / 62, fused[0].Score, 12);
        Assert.Equal([FoundBy.Both, FoundBy.Both, FoundBy.Meaning, FoundBy.Words], fused.Select(h => h.FoundBy));
        Assert.Equal((1, 2), (fused[0].WordsRank, fused[0].MeaningRank));
        Assert.Equal((null, 1), (fused[2].WordsRank, fused[2].MeaningRank));
    }

    [Fact]
    public void WeightingWordsMore_ShouldLiftAUnitOnlyWordsFound_AboveOneOnlyMeaningFound()
    {
        var fused = new ReciprocalRankFusion(k: 60, wordsWeight: 2, meaningWeight: 1).Fuse(ByWords, ByMeaning);

        // an09/rec-38: 2/61 + 1/62 = 0.0489; ads14/rec-3: 2/63 + 1/63 = 0.0476; an09/rec-12: 2/62 = 0.0323; new-review/rec-1: 1/61 = 0.0164.
        Assert.Equal(["an09/rec-38", "ads14/rec-3", "an09/rec-12", "new-review/rec-1"], fused.Select(h => h.UnitId));
        Assert.Equal(2.0 / 62, fused[2].Score, 12);
    }

    [Fact]
    public void ASmallK_ShouldLetTheTopOfOneListOutrankAUnitFoundLowerDownByBoth()
    {
        var fused = new ReciprocalRankFusion(k: 0).Fuse(ByWords, ByMeaning);

        // With k = 0: new-review/rec-1 scores 1/1 = 1; ads14/rec-3 scores 1/3 + 1/3 = 0.667; an09/rec-38 1/1 + 1/2 = 1.5.
        Assert.Equal(["an09/rec-38", "new-review/rec-1", "ads14/rec-3", "an09/rec-12"], fused.Select(h => h.UnitId));
    }

    [Fact]
    public void WhenMeaningSearchIsOff_ShouldGiveTheWordsRankingUnchanged()
    {
        var fused = new ReciprocalRankFusion().Fuse(ByWords, []);

        Assert.Equal(ByWords, fused.Select(h => h.UnitId));
        Assert.All(fused, h => Assert.Equal(FoundBy.Words, h.FoundBy));
    }

    [Fact]
    public void AUnitListedTwiceInOneRanking_ShouldCountOnceAtItsFirstPlace()
    {
        var fused = new ReciprocalRankFusion().Fuse(["a", "b", "a"], []);

        Assert.Equal(["a", "b"], fused.Select(h => h.UnitId));
        Assert.Equal(1.0 / 61, fused[0].Score, 12);
    }
}
