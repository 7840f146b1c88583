namespace LearningSearch.Bench.Running;

/// <summary>What <c>run</c> was asked to do.</summary>
public sealed record RunOptions
{
    public required int Reviews { get; init; }
    public int Seed { get; init; } = 42;

    /// <summary>Seconds of HTTP load; 0 skips the HTTP phase.</summary>
    public double HttpSeconds { get; init; } = 20;

    public int HttpWorkers { get; init; } = 4;

    /// <summary>Timed searches per query class (cycling through the class's queries), for each engine.</summary>
    public int Iterations { get; init; } = 400;

    /// <summary>Java Lucene as a second peer (skipped with a note when java or the Lucene 8 jars are missing).</summary>
    public bool LuceneJava { get; init; } = true;

    /// <summary>Where results go (JSON and Markdown per run).</summary>
    public string OutFolder { get; init; } = Path.Combine("docs", "bench-results");

    /// <summary>Where generated corpora, indexes and the FTS5 database live; reused between runs.</summary>
    public string WorkFolder { get; init; } = ".bench";

    /// <summary>The sample reviews recombined into the synthetic corpus.</summary>
    public string? SamplesFolder { get; init; }

    /// <summary>Documents timed step by step for the build breakdown; 0 skips it.</summary>
    public int ProfileDocuments { get; init; } = 100;

    /// <summary>The command line that reproduces this run, as recorded in the results.</summary>
    public string Command { get; init; } = "";
}
