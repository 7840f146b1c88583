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

public sealed record SearchFigures(
    double OpenSeconds,
    double RecurrenceColdMs,
    Latencies RecurrenceWarm,
    double FirstSearchMs,
    IReadOnlyDictionary<QueryClass, Latencies> Classes,
    IReadOnlyDictionary<string, int> Totals,
    long PeakWorkingSetBytes,
    SearchBreakdown Breakdown);

public sealed record Fts5Figures(long Units, double LoadSeconds, long DatabaseBytes, double RecurrenceColdMs, Latencies RecurrenceWarm, IReadOnlyDictionary<QueryClass, Latencies> Classes, IReadOnlyDictionary<string, int> Totals);

/// <summary>
/// The host over loopback: the search load, its peak working set after the load, and then /api/recurrence
/// (cold, then warm) with the peak after it: the recurrence answer grows with the corpus, the searches do not.
/// </summary>
public sealed record HttpFigures(double ServerStartSeconds, long ServerPeakWorkingSetBytes, long ServerWorkingSetBytes, HttpLoadResult Load, double HostCpuMsPerRequest,
    double RecurrenceColdMs, double RecurrenceWarmMs, long RecurrenceBytes, int RecurrenceStatus, long ServerPeakAfterRecurrenceBytes);

/// <summary>Medians side by side; ratio below 1 means LearningSearch answered faster.</summary>
public sealed record ClassComparison(string Class, double LearningSearchP50, double Fts5P50, double Ratio);
