using LearningSearch.Indexer.Indexing;

namespace LearningSearch.Indexer.Tests.Indexing;

/// <summary>The build writes a national corpus as one segment per core by ending a part after each core's share of the documents.</summary>
public sealed class IndexPartsTests
{
    [Theory]
    [InlineData(5000, 2)]
    [InlineData(5001, 2)]
    [InlineData(1303, 3)]
    [InlineData(100, 4)]
    public void ACorpus_ShouldBeWrittenInPartsOfEqualNumbersOfDocuments(int documents, int parts)
    {
        var ends = Enumerable.Range(0, documents).Where(i => IndexBuilder.EndsAPart(i, documents, parts)).ToList();

        Assert.Equal(parts - 1, ends.Count);
        var sizes = ends.Append(documents - 1).Zip(ends.Prepend(-1), (end, previousEnd) => end - previousEnd).ToList();
        Assert.True(sizes.Max() - sizes.Min() <= 1, string.Join(", ", sizes));
    }

    [Fact]
    public void ASmallCorpus_ShouldBeWrittenInOnePart() =>
        Assert.DoesNotContain(Enumerable.Range(0, IndexBuilder.DocumentsToSplit - 1), i => IndexBuilder.EndsAPart(i, IndexBuilder.DocumentsToSplit - 1, 2));
}
