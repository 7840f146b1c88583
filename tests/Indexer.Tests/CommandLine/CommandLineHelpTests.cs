using LearningSearch.Indexer.CommandLine;

namespace LearningSearch.Indexer.Tests.CommandLine;

/// <summary>A training lead who does not remember a command's options asks it, through the indexer's own entry point.</summary>
public sealed class CommandLineHelpTests
{
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    private int Run(params string[] args) => IndexerCommandLine.Run(args, _out, _err);

    [Theory]
    [InlineData("extract", new[] { "--corpus", "--format", "--verbose" })]
    [InlineData("build", new[] { "--corpus", "--index", "--verbose" })]
    [InlineData("add", new[] { "<file>", "--corpus", "--index", "--id", "--title", "--partnership", "--area", "--year", "--type", "--replace", "--verbose" })]
    public void HelpOnACommand_ShouldListEveryOptionItTakesAndDoNothingElse(string command, string[] options)
    {
        Assert.Equal(0, Run(command, "--help"));

        var help = _out.ToString();
        // The usage line starts with the name of the running program, which under the test runner is not the indexer's.
        Assert.Matches($@"Usage:\s+\S+ {command} ", help);
        foreach (var option in options) Assert.Contains(option, help, StringComparison.Ordinal);
        Assert.Empty(_err.ToString());
    }

    [Fact]
    public void HelpOnADefault_ShouldSayWhatItIs()
    {
        Assert.Equal(0, Run("build", "--help"));

        Assert.Contains("[default: corpus]", _out.ToString(), StringComparison.Ordinal);
        Assert.Contains("[default: .index]", _out.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("help")]
    public void HelpOnTheIndexer_ShouldListTheThreeCommands(string asked)
    {
        Assert.Equal(0, Run(asked));

        foreach (var command in new[] { "extract", "build", "add" }) Assert.Contains($"  {command}", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void NoCommand_ShouldShowTheHelpAndExitAsAUsageError()
    {
        Assert.Equal(2, Run());

        Assert.Contains("  extract", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnOptionTheCommandDoesNotTake_ShouldBeNamedWithWhereToLook()
    {
        Assert.Equal(2, Run("build", "--corpsu", "corpus"));

        Assert.Equal(["Unrecognized command or argument '--corpsu'.", "Unrecognized command or argument 'corpus'.", "Add --help to see what build takes."],
            _err.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(_out.ToString());
    }

    [Fact]
    public void AnUnknownCommand_ShouldBeNamed()
    {
        Assert.Equal(2, Run("serve"));

        Assert.StartsWith("Unrecognized command or argument 'serve'.", _err.ToString(), StringComparison.Ordinal);
    }
}
