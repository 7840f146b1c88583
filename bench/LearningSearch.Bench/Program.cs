using LearningSearch.Bench;

const string usage = """
    LearningSearch benchmark

      generate --reviews N [--seed S] --out DIR      write N synthetic reviews in the five layouts, plus a manifest
      run --reviews N [--seed S] [--http-seconds 20] [--http-workers 4] [--iterations 400] [--out docs/bench-results]
          [--work .bench] [--profile-documents 100] [--no-java]
                                                     generate or reuse, build, search in process, with FTS5 and with Java Lucene, load over HTTP
      http --reviews N [--seed S] [--http-seconds 20] [--http-workers 4]   the HTTP phase alone, on what a run left in --work
      profile --reviews N [--seed S] [--rounds 5]     the search step by step, per query class, on the index a run left in --work
      profile --reviews N --latency [--iterations 200] [--threads 1] [--class word]   whole searches, N at a time: latency, CPU, GC, bytes
      hybrid --reviews N [--seed S] [--iterations 50]   search by meaning: build with the model, fill the vectors, questions with and without it
      tagging --corpus DIR [--documents 100]          time the theme tagger on a corpus's units; the slowest unit theme by theme
    """;

var arguments = new Arguments(args);
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
try
{
    return arguments.Command switch
    {
        "generate" => BenchCommands.Generate(arguments, Console.Out),
        "run" => await BenchCommands.Run(arguments, Console.Out, cancel.Token),
        "tagging" => BenchCommands.Tagging(arguments, Console.Out),
        "http" => await BenchCommands.Http(arguments, Console.Out, cancel.Token),
        "hybrid" => await BenchCommands.Hybrid(arguments, Console.Out, cancel.Token),
        "profile" => await BenchCommands.Profile(arguments, Console.Out, cancel.Token),
        null or "help" => Usage(arguments.Command is null ? 2 : 0),
        _ => Usage(2),
    };
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return Usage(2);
}

int Usage(int code)
{
    Console.WriteLine(usage);
    return code;
}
