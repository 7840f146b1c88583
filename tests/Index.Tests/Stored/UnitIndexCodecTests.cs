using LearningSearch.Index.Analysis;
using LearningSearch.Index.Schema;
using LearningSearch.Index.Stored;
using LearningSearch.Index.Units;
using LearningSearch.Indexer.Corpus;
using LearningSearch.Indexer.Indexing;
using Lucene.Net.Codecs.Lucene46;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace LearningSearch.Index.Tests.Stored;

/// <summary>
/// The index keeps its stored units in small compressed chunks, so that showing a hit decompresses a few units, not a
/// dozen. Its segments name the project's codec, which must open wherever an index is opened; an index built before
/// the codec existed must still open and read, so that a service upgraded in place keeps answering until it rebuilds.
/// </summary>
public sealed class UnitIndexCodecTests : IDisposable
{
    private readonly string _corpus = System.IO.Directory.CreateTempSubdirectory("ls-codec-corpus-").FullName;
    private readonly string _index = System.IO.Directory.CreateTempSubdirectory("ls-codec-index-").FullName;

    public UnitIndexCodecTests()
    {
        const string review = "children-of-family-y-scr-response-plan.txt";
        File.Copy(Path.Combine(SampleCorpus.FindCorpus(), review), Path.Combine(_corpus, review));
    }

    [Fact]
    public void AnIndexTheBuilderWrites_ShouldNameTheProjectsCodecInEverySegment_AndReadItsUnitsBack()
    {
        var location = new IndexLocation(_index);
        var report = IndexerServices.CreateBuilder().Build(_corpus, location);

        using var directory = new SimpleFSDirectory(new DirectoryInfo(location.Current()!));
        var segments = new SegmentInfos();
        segments.Read(directory);
        Assert.NotEmpty(segments.Segments);
        Assert.All(segments.Segments, s => Assert.Equal(UnitIndexCodec.FormatName, s.Info.Codec.Name));

        using var reader = DirectoryReader.Open(directory);
        var units = MatchingDocuments.Of(new Lucene.Net.Search.IndexSearcher(reader), new Lucene.Net.Search.TermQuery(new Term(IndexFields.DocType, IndexFields.UnitDoc)))
            .Select(doc => UnitDocuments.ReadUnit(reader.Document(doc)))
            .ToList();
        Assert.Equal(report.Units, units.Count);
        Assert.Contains(units, u => u.Id.EndsWith("/rec-1.1", StringComparison.Ordinal) && u.Themes.Any(t => t.ThemeId == "supervision" && t.Evidence.Count > 0));
    }

    [Fact]
    public void AnIndexWrittenWithLucenesOwnCodec_ShouldStillOpenAndReadItsUnits()
    {
        var extraction = new CorpusReader(IndexerServices.CreateExtractor()).ReadAll(_corpus);
        var review = extraction.Reviews.Single();
        using (var directory = new SimpleFSDirectory(new DirectoryInfo(_index)))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(BritishEnglishAnalyzer.Version, new BritishEnglishAnalyzer()) { Codec = new Lucene46Codec() }))
        {
            foreach (var unit in review.Units) writer.AddDocument(UnitDocuments.ForUnit(unit, review.Review));
            writer.Commit();
        }

        using var reopened = new SimpleFSDirectory(new DirectoryInfo(_index));
        using var reader = DirectoryReader.Open(reopened);
        var read = Enumerable.Range(0, reader.MaxDoc).Select(doc => UnitDocuments.ReadUnit(reader.Document(doc))).ToList();

        Assert.Equal(review.Units.Select(u => u.Id), read.Select(u => u.Id));
        Assert.Equal(review.Units.Select(u => u.Text), read.Select(u => u.Text));
        Assert.Equal(review.Units.SelectMany(u => u.Themes).Select(t => (t.ThemeId, t.Score, t.Evidence.Count)), read.SelectMany(u => u.Themes).Select(t => (t.ThemeId, t.Score, t.Evidence.Count)));
    }

    public void Dispose()
    {
        foreach (var folder in new[] { _corpus, _index })
            if (System.IO.Directory.Exists(folder)) System.IO.Directory.Delete(folder, recursive: true);
    }
}
