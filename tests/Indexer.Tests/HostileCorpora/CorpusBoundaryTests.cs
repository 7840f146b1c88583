using LearningSearch.Indexer.CommandLine;
using LearningSearch.Indexer.Corpus;

namespace LearningSearch.Indexer.Tests.HostileCorpora;

/// <summary>
/// Someone with write access to the corpus folder links files from elsewhere on the machine into it: nothing outside
/// the folder is opened, and each such link is reported by name.
/// </summary>
public sealed class CorpusBoundaryTests : IDisposable
{
    private readonly string _corpus = Directory.CreateTempSubdirectory("ls-corpus-").FullName;
    private readonly string _index = Directory.CreateTempSubdirectory("ls-index-").FullName;
    private readonly string _elsewhere = Directory.CreateTempSubdirectory("ls-elsewhere-").FullName;
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    public CorpusBoundaryTests()
    {
        File.WriteAllText(Path.Combine(_corpus, "plan.txt"), "Plan\n\nRecommendation 1\n\nSupervision of staff must be recorded in every case.\n");
        var secret = Path.Combine(_elsewhere, "salaries.txt");
        File.WriteAllText(secret, "Salaries\n\nRecommendation 1\n\nThe director's salary is confidential and must be kept from staff.\n");
        File.CreateSymbolicLink(Path.Combine(_corpus, "leak.txt"), secret);
        Directory.CreateSymbolicLink(Path.Combine(_corpus, "more"), _elsewhere);
    }

    private int Run(params string[] args) => IndexerCommandLine.Run(args, _out, _err);

    [Fact]
    public void ALinkToAFileElsewhere_ShouldBeSkippedByNameAndNeverIndexed()
    {
        Assert.Equal(0, Run("build", "--corpus", _corpus, "--index", _index));

        var report = _out.ToString();
        Assert.Contains("leak.txt: SKIPPED (it is a link to a file outside the corpus folder, which is not read", report, StringComparison.Ordinal);
        Assert.Contains("1 units from 1 documents", report, StringComparison.Ordinal);
        Assert.DoesNotContain("salaries", report, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ExtractingACorpusWithALinkOut_ShouldNotPrintTheLinkedText()
    {
        Assert.Equal(0, Run("extract", "--corpus", _corpus, "--format", "jsonl"));
        Assert.DoesNotContain("salary", _out.ToString(), StringComparison.Ordinal);
        Assert.Contains("skipped leak.txt: it is a link to a file outside the corpus folder", _err.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ALinkThatWasIndexedBefore_ShouldLoseItsUnitsNotKeepThem()
    {
        // As an index built before the corpus was a boundary holds it: the link's file copied in, then linked.
        var leak = Path.Combine(_corpus, "leak.txt");
        File.Delete(leak);
        File.Copy(Path.Combine(_elsewhere, "salaries.txt"), leak);
        Assert.Equal(0, Run("build", "--corpus", _corpus, "--index", _index));
        File.Delete(leak);
        File.CreateSymbolicLink(leak, Path.Combine(_elsewhere, "salaries.txt"));
        _out.GetStringBuilder().Clear();

        Assert.Equal(0, Run("build", "--corpus", _corpus, "--index", _index));
        Assert.Contains("leak.txt: SKIPPED", _out.ToString(), StringComparison.Ordinal);
        Assert.Contains("1 units from 1 documents", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AddingOverALinkOut_ShouldNotWriteThroughIt()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("ls-new-").FullName, "leak.txt");
        File.WriteAllText(file, "Leak\n\nRecommendation 1\n\nEarly help must be offered to every family.\n");

        Assert.Equal(2, Run("add", file, "--corpus", _corpus, "--index", _index, "--replace"));
        Assert.Contains("holds 'leak.txt' as a link", _err.ToString(), StringComparison.Ordinal);
        Assert.Contains("director's salary", File.ReadAllText(Path.Combine(_elsewhere, "salaries.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void TheRealPathOfALinkInsideTheCorpus_ShouldBeInsideIt()
    {
        File.CreateSymbolicLink(Path.Combine(_corpus, "plan-copy.txt"), "plan.txt");
        Assert.Null(CorpusBoundary.WhyOutside(_corpus, Path.Combine(_corpus, "plan-copy.txt")));
        Assert.NotNull(CorpusBoundary.WhyOutside(_corpus, Path.Combine(_corpus, "leak.txt")));
    }

    public void Dispose()
    {
        Directory.Delete(_corpus, true);
        Directory.Delete(_index, true);
        Directory.Delete(_elsewhere, true);
    }
}
