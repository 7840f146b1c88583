using LearningSearch.Indexer.CommandLine;

namespace LearningSearch.Indexer;

internal static class Program
{
    private const string Usage = """
        LearningSearch indexer

          extract [--corpus DIR] [--format text|jsonl]   read every review and report its units
          build   [--corpus DIR] [--index DIR]           build (or update) the search index
          add     FILE [--corpus DIR] [--index DIR] [--title T --partnership P --year Y --type T --id ID]
                                                         copy a review into the corpus and index it

          --verbose   on a failure, the details (the stack trace) as well as the one-line reason
        """;

    private static int Main(string[] argv)
    {
        var args = new Arguments(argv);
        try
        {
            return Run(args);
        }
        // What the commands foresee they answer in their own words; anything else is still one sentence for a
        // training lead, with the stack trace kept for whoever asks for it.
        catch (Exception e)
        {
            var message = e.Message.Split('\n', 2)[0].Trim().TrimEnd('.');
            Console.Error.WriteLine($"The {args.Command ?? "command"} failed: {message}.{(args.Has("verbose") ? "" : " Run it again with --verbose for the details.")}");
            if (args.Has("verbose")) Console.Error.WriteLine(e);
            return 1;
        }
    }

    private static int Run(Arguments args)
    {
        switch (args.Command)
        {
            case "extract":
                return ExtractCommand.Run(args, Console.Out, Console.Error);
            case "build":
                return BuildCommand.Run(args, Console.Out, Console.Error);
            case "add":
                return AddCommand.Run(args, Console.Out, Console.Error);
            case null or "help" or "--help":
                Console.WriteLine(Usage);
                return args.Command is null ? 2 : 0;
            default:
                Console.Error.WriteLine($"Unknown command '{args.Command}'.");
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }
}
