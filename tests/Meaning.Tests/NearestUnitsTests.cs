namespace LearningSearch.Meaning.Tests;

/// <summary>Exact nearest search, on small hand-made vectors whose answers can be worked out on paper.</summary>
public sealed class NearestUnitsTests
{
    private static UnitVectors FourUnits()
    {
        var vectors = new UnitVectors("hand-made", 2);
        vectors.Add("sleep", 1, [1f, 0f]);
        vectors.Add("attendance", 2, [0f, 1f]);
        vectors.Add("sleep-and-alcohol", 3, [0.8f, 0.6f]);
        vectors.Add("attendance-and-health", 4, [0.6f, 0.8f]);
        return vectors;
    }

    [Fact]
    public void TheNearestUnits_ShouldComeBestFirst_WithTheirDotProducts()
    {
        var hits = FourUnits().Nearest([1f, 0f], 3);

        Assert.Equal(["sleep", "sleep-and-alcohol", "attendance-and-health"], hits.Select(h => h.UnitId));
        Assert.Equal([1f, 0.8f, 0.6f], hits.Select(h => h.Similarity));
    }

    [Fact]
    public void AskingForMoreThanThereAre_ShouldGiveEveryUnitOnce()
    {
        var hits = FourUnits().Nearest([0f, 1f], int.MaxValue);

        Assert.Equal(["attendance", "attendance-and-health", "sleep-and-alcohol", "sleep"], hits.Select(h => h.UnitId));
    }

    [Fact]
    public void UnitsEquallyNear_ShouldComeInTheOrderOfTheirIds_SoAnswersRepeat()
    {
        var hits = FourUnits().Nearest([0.7071f, 0.7071f], 2);

        Assert.Equal(["attendance-and-health", "sleep-and-alcohol"], hits.Select(h => h.UnitId));
    }

    [Fact]
    public void AFilter_ShouldKeepOutUnitsItRefuses_EvenTheNearest()
    {
        var hits = FourUnits().Nearest([1f, 0f], 2, allowed: id => id.StartsWith("attendance", StringComparison.Ordinal));

        Assert.Equal(["attendance-and-health", "attendance"], hits.Select(h => h.UnitId));
    }

    [Fact]
    public void AUnitAddedTwiceToOneGeneration_ShouldBeRefused()
    {
        var vectors = FourUnits();

        Assert.Throws<ArgumentException>(() => vectors.Add("sleep", 9, [0f, 1f]));
    }

    [Fact]
    public void ManyUnits_ShouldAllBeKept_PastTheFirstCapacity()
    {
        var vectors = new UnitVectors("hand-made", 3);
        for (var i = 0; i < 1000; i++)
        {
            vectors.Add($"unit-{i}", (ulong)i, [i, 1f, -i]);
        }

        Assert.Equal(1000, vectors.Count);
        Assert.Equal([999f, 1f, -999f], vectors.VectorOf("unit-999").ToArray());
        Assert.Equal("unit-999", vectors.Nearest([1f, 0f, 0f], 1)[0].UnitId);
    }
}
