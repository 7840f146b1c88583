using LearningSearch.Indexer.Indexing;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace LearningSearch.Indexer.Tests.Indexing;

/// <summary>
/// A national index is searched a segment per core at the same time, so a search waits for the largest segment;
/// the build must leave segments of nearly equal size, with the units still in corpus order.
/// </summary>
public sealed class BalancedMergePolicyTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void AnIndexWrittenInManyPieces_ShouldEndInPartsOfNearlyEqualSizeInCorpusOrder(int parts)
    {
        using var directory = new RAMDirectory();
        var sizes = new[] { 900, 40, 310, 75, 600, 20, 480, 150, 260, 35, 700, 90, 330, 55, 410 };
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer()) { MergePolicy = new BalancedMergePolicy() }))
        {
            var n = 0;
            foreach (var size in sizes)
            {
                for (var i = 0; i < size; i++) writer.AddDocument(new Document { new StoredField("n", n++) });
                writer.Commit(); // a segment of this size, as a flush during a build leaves
            }
            Assert.Equal(sizes.Length, SegmentSizes(directory).Count);
            writer.ForceMerge(parts);
        }

        var segments = SegmentSizes(directory);
        Assert.Equal(parts, segments.Count);
        var share = sizes.Sum() / (double)parts;
        // Each part is its share give or take one of the pieces it was made from.
        Assert.All(segments, size => Assert.InRange(size, share - sizes.Max(), share + sizes.Max()));
        using var reader = DirectoryReader.Open(directory);
        for (var doc = 0; doc < reader.MaxDoc; doc++) Assert.Equal(doc, reader.Document(doc).GetField("n").GetInt32Value());
    }

    [Fact]
    public void AnIndexWrittenInOnePiece_ShouldStayInOneSegment()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer()) { MergePolicy = new BalancedMergePolicy() }))
        {
            for (var i = 0; i < 100; i++) writer.AddDocument(new Document { new StoredField("n", i) });
            writer.ForceMerge(2);
        }

        Assert.Single(SegmentSizes(directory));
    }

    private static List<int> SegmentSizes(Lucene.Net.Store.Directory directory)
    {
        var infos = new SegmentInfos();
        infos.Read(directory);
        return infos.Segments.Select(s => s.Info.DocCount).ToList();
    }
}
