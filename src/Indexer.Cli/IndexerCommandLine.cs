using System.CommandLine;
using System.CommandLine.Invocation;

namespace LearningSearch.Indexer.CommandLine;

/// <summary>
/// The indexer's command line: <c>extract</c>, <c>build</c> and <c>add</c>, each with its own <c>--help</c>. A command
/// that fails prints one sentence and exits non-zero (2 for a command line or folder that is wrong, 1 for a document
/// or build that failed); <c>--verbose</c> adds the details.
/// </summary>
public static class IndexerCommandLine
{
    /// <summary>Runs one command line as <c>Main</c> does, writing to <paramref name="output"/> and <paramref name="errors"/>.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter errors)
    {
        // Built for each run: a System.CommandLine symbol remembers the commands it was added to.
        var verbose = new Option<bool>("--verbose")
        {
            Description = "On a failure, the details (the stack trace) as well as the one-line reason.",
            Recursive = true,
        };
        var root = Create(verbose);
        // A review's file name may begin with '@', which would otherwise be read as a file of further arguments.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        var invocation = new InvocationConfiguration { Output = output, Error = errors, EnableDefaultExceptionHandler = false };
        if (parsed.Action is ParseErrorAction)
        {
            foreach (var error in parsed.Errors) errors.WriteLine(error.Message);
            errors.WriteLine(parsed.CommandResult.Command is RootCommand
                ? "Add --help to see the commands and their options."
                : $"Add --help to see what {parsed.CommandResult.Command.Name} takes.");
            return 2;
        }
        try
        {
            return parsed.Invoke(invocation);
        }
        // What the commands foresee they answer in their own words; anything else is still one sentence for a
        // training lead, with the stack trace kept for whoever asks for it.
        catch (Exception e)
        {
            var verbosely = parsed.GetValue(verbose);
            var message = e.Message.Split('\n', 2)[0].Trim().TrimEnd('.');
            var command = parsed.CommandResult.Command is RootCommand ? "command" : parsed.CommandResult.Command.Name;
            errors.WriteLine($"The {command} failed: {message}.{(verbosely ? "" : " Run it again with --verbose for the details.")}");
            if (verbosely) errors.WriteLine(e);
            return 1;
        }
    }

    private static RootCommand Create(Option<bool> verbose)
    {
        var root = new RootCommand("LearningSearch indexer: reads reviews into recommendations, actions and findings, and builds the search index.")
        {
            ExtractCommand.Create(),
            BuildCommand.Create(),
            AddCommand.Create(),
            verbose,
        };
        // Kept from the indexer before --help: 'help' shows the same page.
        var help = new Command("help", "Show this help.") { Hidden = true };
        help.SetAction(result => ShowHelp(root, result, 0));
        root.Subcommands.Add(help);
        // No command at all is a command line that is wrong: the help, and the exit code of a usage error.
        root.SetAction(result => ShowHelp(root, result, 2));
        return root;
    }

    private static int ShowHelp(RootCommand root, ParseResult result, int exitCode)
    {
        root.Parse(["--help"]).Invoke(result.InvocationConfiguration);
        return exitCode;
    }

    /// <summary>Where a command's action writes: the writers <see cref="Run"/> was given.</summary>
    internal static TextWriter Output(this ParseResult result) => result.InvocationConfiguration.Output;

    internal static TextWriter Errors(this ParseResult result) => result.InvocationConfiguration.Error;
}
