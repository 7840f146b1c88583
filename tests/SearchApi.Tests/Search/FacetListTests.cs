using LearningSearch.SearchApi.Search;

namespace LearningSearch.SearchApi.Tests.Search;

/// <summary>
/// A board chair narrowing a national search sees the reviews (and agencies, themes, years) with the most results
/// first, ties in alphabetical order, and whatever they chose as a filter even when it is not among the top.
/// </summary>
public sealed class FacetListTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(40, 1)]
    [InlineData(40, 2)]
    [InlineData(5, 3)]
    [InlineData(1000, 4)]
    public void TheListedValues_ShouldBeTheLargestCountsThenNames_AsSortingEveryValueGives(int limit, int seed)
    {
        var random = new Random(seed);
        // Names in no order (as an index numbers them, first seen first), counts with many ties and many zeros.
        var names = Enumerable.Range(0, 5_000).Select(i => $"review-{random.Next(100_000):D5}-{i}").ToArray();
        var counts = names.Select(_ => random.Next(4) == 0 ? 0 : random.Next(1, 12)).ToArray();
        var chosen = new[] { names[random.Next(names.Length)].ToUpperInvariant(), "not-a-review" };

        var (values, notListed) = FacetList.Top(new FacetTally(names, counts), limit, n => "label of " + n, chosen);

        var counted = Enumerable.Range(0, names.Length).Where(i => counts[i] > 0).ToList();
        var top = counted.OrderByDescending(i => counts[i]).ThenBy(i => names[i], StringComparer.Ordinal).Take(limit).ToList();
        var expected = top.Concat(counted.Where(i => !top.Contains(i) && chosen.Contains(names[i], StringComparer.OrdinalIgnoreCase)))
            .OrderByDescending(i => counts[i]).ThenBy(i => names[i], StringComparer.Ordinal)
            .Select(i => (names[i], "label of " + names[i], counts[i]))
            .ToList();
        Assert.Equal(expected, values.Select(v => (v.Value, v.Label, v.Count)).ToList());
        Assert.Equal(counted.Count - expected.Count, notListed);
    }

    [Fact]
    public void AChosenValueOutsideTheTop_ShouldStillBeListed_InItsPlaceByCount()
    {
        string[] names = ["rds20", "ads14", "an09", "family-y"];
        int[] counts = [9, 9, 1, 4];

        var (values, notListed) = FacetList.Top(new FacetTally(names, counts), 2, n => n, ["AN09"]);

        Assert.Equal(["ads14", "rds20", "an09"], values.Select(v => v.Value));
        Assert.Equal(1, notListed);
    }
}
