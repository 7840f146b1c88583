using LearningSearch.Index;
using LearningSearch.Indexer.CommandLine;
using LearningSearch.Indexer.Corpus;
using LearningSearch.Indexer.Indexing;

namespace LearningSearch.Indexer.Tests.HostileCorpora;

/// <summary>Two documents that would be the same review id: the build says so by name and each keeps an id of its own.</summary>
public sealed class ReviewIdCollisionTests : IDisposable
{
    private readonly string _corpus = Directory.CreateTempSubdirectory("ls-corpus-").FullName;
    private readonly string _index = Directory.CreateTempSubdirectory("ls-index-").FullName;
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    private const string Plan = "Plan\n\nRecommendation 1\n\nSupervision of staff must be recorded in every case.\n";

    private int Run(params string[] args) => IndexerCommandLine.Run(args, _out, _err);

    [Fact]
    public void TheWordAndTextCopiesOfOnePlan_ShouldBeReportedByNameAndBothIndexed()
    {
        File.WriteAllText(Path.Combine(_corpus, "plan.md"), "# " + Plan);
        File.WriteAllText(Path.Combine(_corpus, "plan.txt"), Plan);

        Assert.Equal(0, Run("build", "--corpus", _corpus, "--index", _index));

        var report = _out.ToString();
        Assert.Contains("plan.txt: indexed 1 units", report, StringComparison.Ordinal);
        Assert.Contains("plan.txt: the review id 'plan' is already the id of plan.md, so this review is indexed as 'plan-2'", report, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoManifestEntriesGivingOneId_ShouldLeaveTheSecondWithAnIdOfItsOwn()
    {
        File.WriteAllText(Path.Combine(_corpus, "a.txt"), Plan);
        File.WriteAllText(Path.Combine(_corpus, "b.txt"), Plan.Replace("Supervision", "Early help", StringComparison.Ordinal));
        new Manifest([new ManifestEntry { File = "a.txt", Id = "rds20" }, new ManifestEntry { File = "b.txt", Id = "rds20" }]).Save(_corpus);

        Assert.Equal(0, Run("build", "--corpus", _corpus, "--index", _index));
        Assert.Contains("b.txt: the review id 'rds20' is already the id of a.txt, so this review is indexed as 'rds20-2'", _out.ToString(), StringComparison.Ordinal);

        // Built again unchanged, nothing is read and the ids stay as they were.
        _out.GetStringBuilder().Clear();
        Assert.Equal(0, Run("build", "--corpus", _corpus, "--index", _index));
        Assert.Contains("(0 read, 2 unchanged", _out.ToString(), StringComparison.Ordinal);
        Assert.Equal(new Dictionary<string, string> { ["rds20"] = "a.txt", ["rds20-2"] = "b.txt" }, IndexedReviewIds.Of(new IndexLocation(_index)));
    }

    [Fact]
    public void AddingWithAnIdAlreadyTaken_ShouldBeRefusedAndLeaveTheCorpusAsItWas()
    {
        File.WriteAllText(Path.Combine(_corpus, "plan.txt"), Plan);
        Assert.Equal(0, Run("build", "--corpus", _corpus, "--index", _index));
        var file = Path.Combine(Directory.CreateTempSubdirectory("ls-new-").FullName, "other.txt");
        File.WriteAllText(file, Plan.Replace("Supervision", "Early help", StringComparison.Ordinal));

        var code = Run("add", file, "--corpus", _corpus, "--index", _index, "--id", "plan");

        Assert.NotEqual(0, code);
        Assert.Equal("The review id 'plan' is already the id of plan.txt; choose another --id, or leave it out to have one made from the document.", _err.ToString().Trim());
        Assert.False(File.Exists(Path.Combine(_corpus, "other.txt")));
    }

    public void Dispose()
    {
        Directory.Delete(_corpus, true);
        Directory.Delete(_index, true);
    }
}
