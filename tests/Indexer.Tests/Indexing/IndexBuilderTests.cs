using LearningSearch.Index;
using LearningSearch.Index.Schema;
using LearningSearch.Index.Units;
using LearningSearch.Indexer.Corpus;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace LearningSearch.Indexer.Tests.Indexing;

/// <summary>Building the index: incremental, atomic, and never losing what was already indexed.</summary>
public sealed class IndexBuilderTests : IDisposable
{
    private readonly string _corpus = System.IO.Directory.CreateTempSubdirectory("ls-corpus-").FullName;
    private readonly string _index = System.IO.Directory.CreateTempSubdirectory("ls-index-").FullName;
    private readonly IndexBuilder _builder = new(new CorpusReader(new ReviewExtractor()), "test");

    public IndexBuilderTests()
    {
        foreach (var file in new[] { "derby-derbyshire-lcspr-rds20-action-plan.txt", "children-of-family-y-scr-response-plan.txt" })
            File.Copy(Path.Combine(SampleCorpus.FindCorpus(), file), Path.Combine(_corpus, file));
    }

    private IndexLocation Location => new(_index);

    private int UnitsOf(string review)
    {
        using var dir = new SimpleFSDirectory(new DirectoryInfo(Location.Current()!));
        using var reader = DirectoryReader.Open(dir);
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(IndexFields.Review, review)), Occur.MUST },
            { IndexFields.Units(), Occur.MUST },
        };
        return new IndexSearcher(reader).Search(query, 1).TotalHits;
    }

    [Fact]
    public void ASecondBuildOfAnUnchangedCorpus_ShouldReadNoDocumentAgain()
    {
        _builder.Build(_corpus, Location);
        var second = _builder.Build(_corpus, Location);
        Assert.Equal(2, second.Count(DocumentStatus.Unchanged));
        Assert.Equal(0, second.Count(DocumentStatus.Indexed));
        Assert.Equal(44, UnitsOf("rds20"));
    }

    [Fact]
    public void AChangedDocument_ShouldBeReadAgainAndTheOthersKept()
    {
        _builder.Build(_corpus, Location);
        var path = Path.Combine(_corpus, "derby-derbyshire-lcspr-rds20-action-plan.txt");
        File.AppendAllText(path, "\nRecommendation F\n\nThe Partnership should review the escalation policy.\n\nDerby City Council has reviewed it.\n");
        var report = _builder.Build(_corpus, Location);
        Assert.Equal(DocumentStatus.Indexed, report.Documents.Single(d => d.SourceFile.StartsWith("derby", StringComparison.Ordinal)).Status);
        Assert.Equal(DocumentStatus.Unchanged, report.Documents.Single(d => d.SourceFile.StartsWith("children", StringComparison.Ordinal)).Status);
        Assert.Equal(46, UnitsOf("rds20"));
    }

    [Fact]
    public void ARemovedDocument_ShouldLeaveTheIndex()
    {
        _builder.Build(_corpus, Location);
        File.Delete(Path.Combine(_corpus, "children-of-family-y-scr-response-plan.txt"));
        _builder.Build(_corpus, Location);
        Assert.Equal(0, UnitsOf("children-of-family-y-scr-response-plan"));
        Assert.Equal(44, UnitsOf("rds20"));
    }

    [Fact]
    public void ADocumentThatBecomesUnreadable_ShouldKeepTheUnitsItHad()
    {
        _builder.Build(_corpus, Location);
        File.WriteAllBytes(Path.Combine(_corpus, "children-of-family-y-scr-response-plan.txt"), [0, 1, 2, 3, 0, 0, 7, 8, 9]);
        var report = _builder.Build(_corpus, Location);
        var outcome = report.Documents.Single(d => d.SourceFile.StartsWith("children", StringComparison.Ordinal));
        Assert.Equal(DocumentStatus.KeptPrevious, outcome.Status);
        Assert.Contains("binary", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(70, UnitsOf("children-of-family-y-scr-response-plan"));
    }

    [Fact]
    public void ABuildStoppedMidway_ShouldLeaveTheIndexInServiceAsItWas()
    {
        _builder.Build(_corpus, Location);
        var before = Location.Current();
        using var stop = new CancellationTokenSource();
        Assert.ThrowsAny<OperationCanceledException>(() => _builder.Build(_corpus, Location, p => stop.Cancel(), stop.Token));
        Assert.Equal(before, Location.Current());
        Assert.Equal(44, UnitsOf("rds20"));
        Assert.Single(System.IO.Directory.EnumerateDirectories(_index, "gen-*"));
    }

    [Fact]
    public void ACorruptIndexInService_ShouldBeRebuiltFromTheCorpus()
    {
        _builder.Build(_corpus, Location);
        foreach (var file in System.IO.Directory.EnumerateFiles(Location.Current()!)) File.WriteAllBytes(file, [1, 2, 3]);
        var report = _builder.Build(_corpus, Location);
        Assert.Equal(2, report.Count(DocumentStatus.Indexed));
        Assert.Equal(70, UnitsOf("children-of-family-y-scr-response-plan"));
    }

    public void Dispose()
    {
        System.IO.Directory.Delete(_corpus, true);
        System.IO.Directory.Delete(_index, true);
    }
}
