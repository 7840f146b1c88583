using LearningSearch.Index;
using LearningSearch.Indexer.CommandLine;
using LearningSearch.Indexer.Indexing;
using LearningSearch.Meaning;

namespace LearningSearch.Indexer.Tests.CommandLine;

/// <summary>
/// The index remembers what read its documents (the fingerprint): the command line is not part of it, so an index the
/// command line built is reused by the service, and a change to the command line reads nothing again.
/// </summary>
public sealed class IndexFingerprintTests : IDisposable
{
    private readonly string _corpus = Directory.CreateTempSubdirectory("ls-corpus-").FullName;
    private readonly string _index = Directory.CreateTempSubdirectory("ls-index-").FullName;

    [Fact]
    public void TheCommandLine_ShouldBeNoPartOfWhatReadsAndTagsDocuments()
    {
        Assert.NotEqual(typeof(IndexerServices).Assembly, typeof(IndexerCommandLine).Assembly);
        Assert.DoesNotContain(typeof(IndexerServices).Assembly.GetReferencedAssemblies(), a => a.Name == typeof(IndexerCommandLine).Assembly.GetName().Name);
    }

    [Fact]
    public void AnIndexBuiltByTheCommandLine_ShouldBeReusedByTheServiceWithoutReadingAgain()
    {
        File.Copy(Path.Combine(SampleCorpus.FindCorpus(), "derby-derbyshire-lcspr-rds20-action-plan.txt"), Path.Combine(_corpus, "rds20.txt"));
        var (code, output, _) = IndexerProcess.Run("build", "--corpus", _corpus, "--index", _index);
        Assert.Equal(0, code);
        Assert.Contains("(1 read, 0 unchanged", output, StringComparison.Ordinal);

        // The builder as the SearchApi runs it with its meaning model, in this process, from this test's copies of the same assemblies.
        using var model = MeaningModel.TryLoad().Model!;
        var encoder = new SentenceEncoder(model);
        var report = IndexerServices.CreateBuilder(vectors: new SentenceVectors(encoder.ModelName, text => encoder.Encode([text])[0].Vector)).Build(_corpus, new IndexLocation(_index));

        var document = Assert.Single(report.Documents);
        Assert.Equal(DocumentStatus.Unchanged, document.Status);
    }

    [Fact]
    public void AnIndexBuiltWithoutMeaning_ShouldBeReusedByAServiceWithoutMeaning()
    {
        File.Copy(Path.Combine(SampleCorpus.FindCorpus(), "derby-derbyshire-lcspr-rds20-action-plan.txt"), Path.Combine(_corpus, "rds20.txt"));
        var (code, _, _) = IndexerProcess.Run("build", "--corpus", _corpus, "--index", _index, "--no-meaning");
        Assert.Equal(0, code);

        var report = IndexerServices.CreateBuilder().Build(_corpus, new IndexLocation(_index));

        Assert.Equal(DocumentStatus.Unchanged, Assert.Single(report.Documents).Status);
    }

    public void Dispose()
    {
        Directory.Delete(_corpus, true);
        Directory.Delete(_index, true);
    }
}
