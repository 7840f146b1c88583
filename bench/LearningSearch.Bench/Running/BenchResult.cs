using LearningSearch.Bench.Measuring;

namespace LearningSearch.Bench.Running;

/// <summary>Everything one <c>run</c> measured on one corpus size, as written to docs/bench-results.</summary>
public sealed record BenchResult(
    DateTimeOffset Started,
    string Command,
    Machine Machine,
    CorpusFigures Corpus,
    BuildFigures Build,
    SearchFigures InProcess,
    Fts5Figures Fts5,
    LuceneJavaFigures? LuceneJava,
    HttpFigures? Http,
    IReadOnlyList<ClassComparison> Comparison,
    IReadOnlyList<string> Notes);

/// <summary>The machine, with the 1-minute load average when the run started and when it ended (other work on a shared machine).</summary>
public sealed record Machine(int Processors, string Cpu, long MemoryBytes, string Runtime, string Os, string GcMode, string LoadAtStart, string LoadAtEnd);

public sealed record CorpusFigures(int Reviews, int Seed, long PlannedUnits, long Bytes, IReadOnlyDictionary<string, int> Layouts, double Seconds, bool Reused);

/// <summary>The index build with the product's IndexBuilder; peak is the process's VmHWM reset just before the build.</summary>
public sealed record BuildFigures(int Documents, int Skipped, long Units, double Seconds, double UnitsPerSecond, long IndexBytes, long PeakWorkingSetBytes, bool PeakIsBuildOnly, BuildBreakdown? Breakdown);

/// <summary>Where build time goes, measured step by step on the first documents of the corpus.</summary>
public sealed record BuildBreakdown(int Documents, int Units, double ReadMs, double LayoutMs, double TagMs, double IndexMs);

/// <summary>
/// The product in process. Its recurrence is computed once per index generation and cached: <c>RecurrenceColdMs</c> is
/// the first (from scratch: the matrix and the repeated recommendations), <c>RecurrenceFromScratch</c> the same
/// computation again with the index's pages warm, and <c>RecurrenceCached</c> the cached answer a second visitor gets.
/// </summary>
public sealed record SearchFigures(
    double OpenSeconds,
    double RecurrenceColdMs,
    Latencies? RecurrenceFromScratch,
    Latencies RecurrenceCached,
    WarmUpReport WarmUp,
    double FirstSearchMs,
    IReadOnlyDictionary<QueryClass, Latencies> Classes,
    IReadOnlyDictionary<string, int> Totals,
    long PeakWorkingSetBytes,
    SearchBreakdown Breakdown);

/// <summary>
/// SQLite FTS5: <c>Classes</c> the 20 best with facet counts (one MATCH), <c>TopOnly</c> the 20 best alone; its
/// recurrence matrix is one GROUP BY computed every time, cold the first time and then with the pages warm.
/// </summary>
public sealed record Fts5Figures(long Units, double LoadSeconds, long DatabaseBytes, long MmapBytes, long CacheKb, double RecurrenceColdMs, Latencies RecurrenceFromScratch,
    IReadOnlyDictionary<QueryClass, Latencies> Classes, IReadOnlyDictionary<QueryClass, Latencies> TopOnly, IReadOnlyDictionary<string, int> Totals);

/// <summary>
/// The host over loopback: the search load, its peak working set after the load, and then /api/recurrence
/// (cold, then warm) with the peak after it: the recurrence answer grows with the corpus, the searches do not.
/// </summary>
public sealed record HttpFigures(double ServerStartSeconds, long ServerPeakWorkingSetBytes, long ServerWorkingSetBytes, HttpLoadResult Load, double HostCpuMsPerRequest,
    double RecurrenceColdMs, double RecurrenceWarmMs, long RecurrenceBytes, int RecurrenceStatus, long ServerPeakAfterRecurrenceBytes);

/// <summary>
/// Medians side by side, every engine with facets (and the peers' 20 best alone); a ratio below 1 means LearningSearch
/// answered faster. For <c>RecurrenceCold</c>, each engine's first computation from scratch.
/// </summary>
public sealed record ClassComparison(string Class, double LearningSearchP50, double Fts5P50, double Ratio,
    double? Fts5TopOnlyP50 = null, double? LuceneJavaP50 = null, double? LuceneJavaTopOnlyP50 = null, double? RatioToLuceneJava = null);
