using LearningSearch.Index.Analysis;
using LearningSearch.Index.Schema;
using LearningSearch.Index.Storage;
using LearningSearch.Indexer.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace LearningSearch.Index.Tests.Storage;

/// <summary>
/// Searches read the index through memory-mapped files instead of Lucene's file streams; people must get exactly
/// what the file streams give, and a damaged file must still be an error, never a crash.
/// </summary>
public sealed class MappedIndexDirectoryTests(BundledIndex bundled) : IClassFixture<BundledIndex>
{
    [Theory]
    [InlineData("text:supervision")]
    [InlineData("text:\"think family\"")]
    [InlineData("theme:was-not-brought")]
    [InlineData("*:*")]
    public void AnIndexReadThroughMappedFiles_ShouldAnswerExactlyAsThroughFileStreams(string query)
    {
        using var streams = new SimpleFSDirectory(new DirectoryInfo(bundled.Folder));
        using var mapped = new MappedIndexDirectory(new DirectoryInfo(bundled.Folder));
        using var fromStreams = DirectoryReader.Open(streams);
        using var fromMapped = DirectoryReader.Open(mapped);
        var parsed = query.StartsWith("theme:", StringComparison.Ordinal)
            ? new TermQuery(new Term(IndexFields.Theme, query["theme:".Length..]))
            : new Lucene.Net.QueryParsers.Classic.QueryParser(Lucene.Net.Util.LuceneVersion.LUCENE_48, IndexFields.Text, new BritishEnglishAnalyzer()).Parse(query);

        var expected = Search(fromStreams, parsed);
        var actual = Search(fromMapped, parsed);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void EveryStoredUnitAndFacetValue_ShouldReadTheSameThroughMappedFiles()
    {
        using var streams = new SimpleFSDirectory(new DirectoryInfo(bundled.Folder));
        using var mapped = new MappedIndexDirectory(new DirectoryInfo(bundled.Folder));
        using var fromStreams = DirectoryReader.Open(streams);
        using var fromMapped = DirectoryReader.Open(mapped);

        Assert.Equal(fromStreams.MaxDoc, fromMapped.MaxDoc);
        for (var doc = 0; doc < fromStreams.MaxDoc; doc++)
            Assert.Equal(UnitDocuments.StoredText(fromStreams.Document(doc)), UnitDocuments.StoredText(fromMapped.Document(doc)));
        var leaf = (AtomicReader)fromMapped.Leaves[0].Reader;
        var streamLeaf = (AtomicReader)fromStreams.Leaves[0].Reader;
        var themes = IndexFields.Theme.ValuesOf(leaf)!;
        var streamThemes = IndexFields.Theme.ValuesOf(streamLeaf)!;
        Assert.Equal(streamThemes.ValueCount, themes.ValueCount);
        for (var doc = 0; doc < leaf.MaxDoc; doc++)
            Assert.Equal(Ordinals(streamThemes, doc), Ordinals(themes, doc));
    }

    [Fact]
    public void NumbersAndText_ShouldReadBackAsLuceneWroteThem()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("ls-mapped-").FullName;
        using var directory = new MappedIndexDirectory(new DirectoryInfo(folder));
        using (var output = directory.CreateOutput("numbers", IOContext.DEFAULT))
        {
            output.WriteByte(7);
            output.WriteInt16(-12345);
            output.WriteInt32(int.MinValue + 3);
            output.WriteInt64(long.MaxValue - 5);
            foreach (var v in new[] { 0, 1, 127, 128, 16_383, 16_384, int.MaxValue, -1 }) output.WriteVInt32(v);
            foreach (var v in new[] { 0L, 300L, long.MaxValue }) output.WriteVInt64(v);
            output.WriteString("Think Family \u2014 \u00E9");
        }

        using var input = directory.OpenInput("numbers", IOContext.DEFAULT);
        Assert.Equal(7, input.ReadByte());
        Assert.Equal(-12345, input.ReadInt16());
        Assert.Equal(int.MinValue + 3, input.ReadInt32());
        Assert.Equal(long.MaxValue - 5, input.ReadInt64());
        foreach (var v in new[] { 0, 1, 127, 128, 16_383, 16_384, int.MaxValue, -1 }) Assert.Equal(v, input.ReadVInt32());
        var beforeLongs = input.Position;
        var clone = (IndexInput)input.Clone();
        foreach (var v in new[] { 0L, 300L, long.MaxValue }) Assert.Equal(v, input.ReadVInt64());
        Assert.Equal("Think Family \u2014 \u00E9", input.ReadString());
        Assert.Equal(input.Length, input.Position);

        // A clone reads on from where it was made, whatever the original does.
        Assert.Equal(beforeLongs, clone.Position);
        Assert.Equal(0L, clone.ReadVInt64());
        Assert.Equal(300L, clone.ReadVInt64());
    }

    [Fact]
    public void ReadingPastTheEnd_ShouldBeAnErrorNotACrash()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("ls-mapped-").FullName;
        using var directory = new MappedIndexDirectory(new DirectoryInfo(folder));
        using (var output = directory.CreateOutput("short", IOContext.DEFAULT)) output.WriteBytes([1, 2, 3], 3);
        using (directory.CreateOutput("empty", IOContext.DEFAULT)) { }

        using var input = directory.OpenInput("short", IOContext.DEFAULT);
        input.Seek(2);
        Assert.Throws<EndOfStreamException>(() => input.ReadInt32());
        Assert.Equal(2, input.Position);
        Assert.Equal(3, input.ReadByte());
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
        Assert.Throws<EndOfStreamException>(() => input.Seek(4));
        Assert.Throws<EndOfStreamException>(() => input.ReadBytes(new byte[8], 0, 8));
        using var empty = directory.OpenInput("empty", IOContext.DEFAULT);
        Assert.Equal(0, empty.Length);
        Assert.Throws<EndOfStreamException>(() => empty.ReadByte());
    }

    [Fact]
    public void SlicesOfACompoundFile_ShouldReadOnlyTheirOwnBytes()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("ls-mapped-").FullName;
        using var directory = new MappedIndexDirectory(new DirectoryInfo(folder));
        using (var output = directory.CreateOutput("parts", IOContext.DEFAULT)) output.WriteBytes([10, 11, 12, 20, 21, 22, 23], 7);

        using var slicer = directory.CreateSlicer("parts", IOContext.DEFAULT);
        using var second = slicer.OpenSlice("second", 3, 4);
        Assert.Equal(4, second.Length);
        var bytes = new byte[4];
        second.ReadBytes(bytes, 0, 4);
        Assert.Equal(new byte[] { 20, 21, 22, 23 }, bytes);
        second.Seek(1);
        Assert.Equal(21, second.ReadByte());
        using var first = slicer.OpenSlice("first", 0, 3);
        first.Seek(3);
        Assert.Throws<EndOfStreamException>(() => first.ReadByte());
    }

    private static List<(int Doc, float Score)> Search(IndexReader reader, Query query)
    {
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        return searcher.Search(query, 1000).ScoreDocs.Select(d => (d.Doc, d.Score)).ToList();
    }

    private static List<long> Ordinals(SortedSetDocValues values, int doc)
    {
        values.SetDocument(doc);
        var ords = new List<long>();
        for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd()) ords.Add(ord);
        return ords;
    }
}
