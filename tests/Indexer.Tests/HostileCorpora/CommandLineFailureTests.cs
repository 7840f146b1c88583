using LearningSearch.Indexer.Tests.CommandLine;

namespace LearningSearch.Indexer.Tests.HostileCorpora;

/// <summary>The indexer, run as a training lead runs it, failing where nothing foresaw the failure: one sentence, never a stack trace.</summary>
public sealed class CommandLineFailureTests : IDisposable
{
    private readonly string _corpus = Directory.CreateTempSubdirectory("ls-corpus-").FullName;
    private readonly string _index = Directory.CreateTempSubdirectory("ls-index-").FullName;
    private readonly string _file;

    public CommandLineFailureTests()
    {
        _file = Path.Combine(Directory.CreateTempSubdirectory("ls-new-").FullName, "plan.txt");
        File.WriteAllText(_file, "Plan\n\nRecommendation 1\n\nSupervision of staff must be recorded in every case.\n");
        // A folder where the copy must go: nothing in add foresees it.
        Directory.CreateDirectory(Path.Combine(_corpus, "plan.txt"));
    }

    private static (int Code, string Errors) Indexer(params string[] args)
    {
        var (code, _, errors) = IndexerProcess.Run(args);
        return (code, errors);
    }

    [Fact]
    public void AnUnforeseenFailure_ShouldBeOneSentenceAndANonZeroExit()
    {
        var (code, errors) = Indexer("add", _file, "--corpus", _corpus, "--index", _index);

        Assert.Equal(1, code);
        var line = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("The add failed: ", line, StringComparison.Ordinal);
        Assert.EndsWith("Run it again with --verbose for the details.", line.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void WithVerbose_ShouldAlsoGiveTheStackTrace()
    {
        var (code, errors) = Indexer("add", _file, "--corpus", _corpus, "--index", _index, "--verbose");

        Assert.Equal(1, code);
        Assert.StartsWith("The add failed: ", errors, StringComparison.Ordinal);
        Assert.Contains("   at LearningSearch.Indexer.CommandLine.AddCommand.Run", errors, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Directory.Delete(_corpus, true);
        Directory.Delete(_index, true);
    }
}
