using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace LearningSearch.Bench.Measuring;

/// <summary>What Java Lucene measured, or why it was not run.</summary>
public sealed record LuceneJavaFigures(
    bool Ran,
    string? SkippedBecause,
    string? Version,
    string? Java,
    long Units,
    double IndexSeconds,
    double MergeSeconds,
    long IndexBytes,
    int Segments,
    int WarmUpRounds,
    bool WarmUpSettled,
    IReadOnlyDictionary<QueryClass, Latencies> TopOnly,
    IReadOnlyDictionary<QueryClass, Latencies> WithFacets,
    IReadOnlyDictionary<string, long> Totals)
{
    public static LuceneJavaFigures Skipped(string because) => new(false, because, null, null, 0, 0, 0, 0, 0, 0, false,
        new Dictionary<QueryClass, Latencies>(), new Dictionary<QueryClass, Latencies>(), new Dictionary<string, long>());
}

/// <summary>
/// Java Lucene (Debian's liblucene8-java) as a second peer: the units of the index generation and the mix's queries
/// are written to files, <c>Peers/LuceneJavaPeer.java</c> is started with Java's single-file launch, indexes them
/// (EnglishAnalyzer, BM25, sorted-set doc-values facets), times the searches and writes back the raw timings, whose
/// percentiles are computed here as for the other engines. Without java or the jars it is skipped, said in one line.
/// </summary>
public static class LuceneJavaPeer
{
    // lucene-queries and lucene-sandbox for the classic query parser's optional parts, lucene-memory for the highlighter's re-analysis.
    private static readonly string[] Modules = ["core", "analyzers-common", "queryparser", "queries", "sandbox", "facet", "highlighter", "memory"];

    /// <summary>The java command and the class path, or why Java Lucene cannot run here.</summary>
    /// <param name="jarsFolder">Where the Lucene 8 jars are: <c>LUCENE_JARS</c>, else Debian's <c>/usr/share/java</c>.</param>
    public static (string? Java, string? ClassPath, string? Missing) Find(string? jarsFolder = null)
    {
        var java = Environment.GetEnvironmentVariable("JAVA_HOME") is { Length: > 0 } home && File.Exists(Path.Combine(home, "bin", "java"))
            ? Path.Combine(home, "bin", "java")
            : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(d => Path.Combine(d, "java")).FirstOrDefault(File.Exists);
        if (java is null) return (null, null, "java is not installed (apt-get install openjdk-17-jdk-headless liblucene8-java)");
        var folder = jarsFolder ?? (Environment.GetEnvironmentVariable("LUCENE_JARS") is { Length: > 0 } jars ? jars : "/usr/share/java");
        var found = new List<string>();
        foreach (var module in Modules)
        {
            var jar = Directory.Exists(folder)
                ? Directory.GetFiles(folder, $"lucene-{module}-8*.jar").Order(StringComparer.Ordinal).LastOrDefault()
                : null;
            if (jar is null) return (java, null, $"the Lucene 8 jar lucene-{module} is not in {folder} (apt-get install liblucene8-java)");
            found.Add(jar);
        }
        return (java, string.Join(Path.PathSeparator, found), null);
    }

    public static string Source => Path.Combine(RepositoryRoot.Find(), "bench", "LearningSearch.Bench", "Peers", "LuceneJavaPeer.java");

    /// <summary>Writes the peer's input, runs it, and reads its timings; skipped (not failed) when Java Lucene is missing.</summary>
    public static async Task<LuceneJavaFigures> Run(IEnumerable<IndexedUnit> units, IReadOnlyList<(BenchQuery Query, string Label, string Expression)> queries,
        string workFolder, int iterations, TextWriter log, CancellationToken cancel, string? jarsFolder = null)
    {
        var (java, classPath, missing) = Find(jarsFolder);
        if (missing is not null)
        {
            log.WriteLine($"Java Lucene skipped: {missing}.");
            return LuceneJavaFigures.Skipped(missing);
        }
        Directory.CreateDirectory(workFolder);
        var unitsFile = Path.Combine(workFolder, "units.tsv");
        var queriesFile = Path.Combine(workFolder, "queries.tsv");
        var resultFile = Path.Combine(workFolder, "result.json");
        File.Delete(resultFile);
        WriteUnits(units, unitsFile);
        await File.WriteAllLinesAsync(queriesFile, queries.Select(q => string.Join('\t', q.Query.Class, Escape(q.Label), Escape(q.Expression),
            q.Query.Theme is null ? "" : Fts5Query.ThemeToken(q.Query.Theme))), cancel);

        log.WriteLine("Java Lucene: indexing the same units and searching...");
        var start = new ProcessStartInfo(java!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-cp", classPath!, Source, unitsFile, queriesFile, Path.Combine(workFolder, "index"), iterations.ToString(System.Globalization.CultureInfo.InvariantCulture), resultFile })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("java did not start.");
        var errors = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (errors) errors.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(cancel);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        if (process.ExitCode != 0 || !File.Exists(resultFile))
            throw new InvalidOperationException($"Java Lucene failed (exit {process.ExitCode}): {errors}");
        return Read(resultFile);
    }

    private static LuceneJavaFigures Read(string resultFile)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(resultFile));
        var root = json.RootElement;
        var top = new Dictionary<QueryClass, Latencies>();
        var facets = new Dictionary<QueryClass, Latencies>();
        foreach (var c in root.GetProperty("classes").EnumerateObject())
        {
            var queryClass = Enum.Parse<QueryClass>(c.Name);
            top[queryClass] = Latencies.Of(c.Value.GetProperty("top").EnumerateArray().Select(v => v.GetDouble()).ToList());
            facets[queryClass] = Latencies.Of(c.Value.GetProperty("facets").EnumerateArray().Select(v => v.GetDouble()).ToList());
        }
        return new LuceneJavaFigures(true, null, root.GetProperty("version").GetString(), root.GetProperty("java").GetString(),
            root.GetProperty("units").GetInt64(), root.GetProperty("indexSeconds").GetDouble(), root.GetProperty("mergeSeconds").GetDouble(),
            root.GetProperty("indexBytes").GetInt64(), root.GetProperty("segments").GetInt32(), root.GetProperty("warmUpRounds").GetInt32(),
            root.GetProperty("warmUpSettled").GetBoolean(), top, facets,
            root.GetProperty("totals").EnumerateObject().ToDictionary(t => t.Name, t => t.Value.GetInt64()));
    }

    private static void WriteUnits(IEnumerable<IndexedUnit> units, string path)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 20);
        foreach (var u in units)
        {
            writer.Write(u.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            writer.Write('\t');
            writer.Write(Escape(u.Text));
            writer.Write('\t');
            // The tokens FTS5's themes column holds, so that the same query text finds the same units.
            writer.Write("unit " + string.Join(' ', u.Themes.Select(Fts5Query.ThemeToken)));
            writer.Write('\t');
            writer.Write(string.Join('\u001f', u.Themes.Select(Escape)));
            writer.Write('\t');
            writer.Write(Escape(u.Review));
            writer.Write('\t');
            writer.Write(u.Kind);
            writer.Write('\t');
            writer.Write(u.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "");
            writer.Write('\t');
            writer.Write(string.Join('\u001f', u.Agencies.Select(Escape)));
            writer.Write('\t');
            writer.Write(Escape(u.Json));
            writer.Write('\n');
        }
    }

    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("\\\t\n\r\u001f") < 0) return text;
        var b = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': b.Append("\\\\"); break;
                case '\t': b.Append("\\t"); break;
                case '\n': b.Append("\\n"); break;
                case '\r': b.Append("\\r"); break;
                // The separator of a column's values: never part of a value.
                case '\u001f': b.Append(' '); break;
                default: b.Append(c); break;
            }
        }
        return b.ToString();
    }
}
