using LearningSearch.Index.Generations;
using LearningSearch.Index.Live;
using Lucene.Net.Search;

namespace LearningSearch.Index.Tests.Generations;

/// <summary>What a generation knows is built when it is switched in, before it serves, and goes when it closes.</summary>
public sealed class GenerationTests(BundledIndex bundled) : IClassFixture<BundledIndex>
{
    [Fact]
    public void AGenerationSwitchedIn_ShouldKnowItsReviewsThemesAndPartsBeforeTheFirstRequest()
    {
        var part = new CountingPart();
        using var index = new LiveIndex(new IndexLocation(bundled.Root), [part]);

        index.SwitchTo(bundled.Folder);

        Assert.Equal(1, part.Built);
        var generation = index.Current!;
        Assert.Equal(["ads14", "an09", "cqc-derby-2015", "family-y", "rds20"], generation.Catalog.Reviews.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("supervision", generation.Facets.Themes);
        Assert.True(generation.Catalog.UnitsOf("supervision") > 0);
        using (var lease = index.Acquire())
        {
            Assert.Same(generation, lease.Generation);
            Assert.Same(generation, Generation.Of(lease.Searcher));
            Assert.Equal(generation.Catalog.Reviews.Count, lease.Generation.Get<ReviewCount>().Reviews);
        }
        Assert.Equal(1, part.Built);
    }

    [Fact]
    public void ANewGeneration_ShouldBeBuiltBeforeItServesAndTheOldOneClosedWithItsPartsOnceItsSearchesEnd()
    {
        var part = new CountingPart();
        using var index = new LiveIndex(new IndexLocation(bundled.Root), [part]);
        index.SwitchTo(bundled.Folder);
        var first = index.Current!;
        var known = first.Get<ReviewCount>();
        var lease = index.Acquire();

        index.SwitchTo(bundled.Folder);

        Assert.Equal(2, part.Built);
        Assert.NotSame(first, index.Current);
        Assert.False(known.Disposed);
        lease.Dispose();
        Assert.True(known.Disposed);
        Assert.False(index.Current!.Get<ReviewCount>().Disposed);
    }

    [Fact]
    public void AGenerationThatCannotBeOpened_ShouldLeaveTheOneServedInService()
    {
        using var index = new LiveIndex(new IndexLocation(bundled.Root), [new CountingPart()]);
        index.SwitchTo(bundled.Folder);
        var served = index.Current;

        Assert.ThrowsAny<Exception>(() => index.SwitchTo(Path.Combine(bundled.Root, "no-such-generation")));

        Assert.Same(served, index.Current);
        using var lease = index.Acquire();
        Assert.Equal(5, lease.Generation.Catalog.Reviews.Count);
    }

    [Fact]
    public void APartAskedForButNeverRegistered_ShouldSaySoByName()
    {
        using var index = new LiveIndex(new IndexLocation(bundled.Root));
        index.SwitchTo(bundled.Folder);

        var e = Assert.Throws<InvalidOperationException>(() => index.Current!.Get<ReviewCount>());
        Assert.Contains(nameof(ReviewCount), e.Message, StringComparison.Ordinal);
    }

    private sealed class ReviewCount(int reviews) : IDisposable
    {
        public int Reviews { get; } = reviews;

        public bool Disposed { get; private set; }

        public void Dispose() => Disposed = true;
    }

    private sealed class CountingPart : GenerationPart<ReviewCount>
    {
        public int Built { get; private set; }

        public override ReviewCount Build(Generation generation, IndexSearcher searcher)
        {
            Built++;
            return new ReviewCount(generation.Catalog.Reviews.Count);
        }
    }
}
