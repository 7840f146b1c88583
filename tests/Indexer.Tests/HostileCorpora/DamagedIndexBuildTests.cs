using LearningSearch.Index;
using LearningSearch.Indexer.CommandLine;
using LearningSearch.Indexer.Indexing;

namespace LearningSearch.Indexer.Tests.HostileCorpora;

/// <summary>After a disk fault damages the index in service, build and add set it aside and read the corpus again.</summary>
public sealed class DamagedIndexBuildTests : IDisposable
{
    private readonly string _corpus = Directory.CreateTempSubdirectory("ls-corpus-").FullName;
    private readonly string _index = Directory.CreateTempSubdirectory("ls-index-").FullName;
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    public DamagedIndexBuildTests()
    {
        File.Copy(Path.Combine(SampleCorpus.FindCorpus(), "derby-derbyshire-lcspr-rds20-action-plan.txt"), Path.Combine(_corpus, "rds20.txt"));
        Assert.Equal(0, Run("build", "--corpus", _corpus, "--index", _index));
        Damage(new IndexLocation(_index).Current()!);
        _out.GetStringBuilder().Clear();
    }

    private int Run(params string[] args) => IndexerCommandLine.Run(args, _out, _err);

    /// <summary>Flips 32 bytes in twenty places of every file of some size, the same places every run, as a failing disk might.</summary>
    private static void Damage(string generation)
    {
        foreach (var file in Directory.GetFiles(generation).Where(f => new FileInfo(f).Length > 2000))
        {
            using var stream = File.Open(file, FileMode.Open, FileAccess.ReadWrite);
            var random = new Random(1);
            var bytes = new byte[32];
            for (var place = 0; place < 20; place++)
            {
                var at = random.NextInt64(100, stream.Length - 100);
                stream.Position = at;
                stream.ReadExactly(bytes);
                for (var i = 0; i < bytes.Length; i++) bytes[i] ^= 0x5A;
                stream.Position = at;
                stream.Write(bytes);
            }
        }
    }

    [Fact]
    public void BuildingOverADamagedIndex_ShouldReadEveryDocumentAgainAndSaySo()
    {
        var damaged = Path.GetFileName(new IndexLocation(_index).Current());

        Assert.Equal(0, Run("build", "--corpus", _corpus, "--index", _index));

        var report = _out.ToString();
        Assert.Contains($"warning: the index generation {damaged} is damaged", report, StringComparison.Ordinal);
        Assert.Contains("it is set aside and every document is read again", report, StringComparison.Ordinal);
        Assert.Contains("44 units from 1 documents", report, StringComparison.Ordinal);
        Assert.Contains("(1 read, 0 unchanged", report, StringComparison.Ordinal);
        Assert.Null(IndexIntegrity.Problem(new IndexLocation(_index).Current()!));
    }

    [Fact]
    public void AddingToADamagedIndex_ShouldLeaveTheCorpusAndTheIndexAgreeing()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("ls-new-").FullName, "westshire.txt");
        File.WriteAllText(file, "Westshire plan\n\nRecommendation A\n\nAgencies should ensure fathers are included in assessments.\n");

        Assert.Equal(0, Run("add", file, "--corpus", _corpus, "--index", _index));

        Assert.Equal(new Dictionary<string, string> { ["rds20"] = "rds20.txt", ["westshire"] = "westshire.txt" }, IndexedReviewIds.Of(new IndexLocation(_index)));
        Assert.Empty(_err.ToString());
    }

    public void Dispose()
    {
        Directory.Delete(_corpus, true);
        Directory.Delete(_index, true);
    }
}
