using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace LearningSearch.Bench.Measuring;

/// <summary>
/// The real SearchApi host in a child process (<c>dotnet LearningSearch.SearchApi.dll</c>), listening on a free
/// loopback port only, on the benchmark's corpus and index, with the rate limit off. Stopped on dispose.
/// </summary>
public sealed class SearchApiServer : IDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();

    private SearchApiServer(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public TimeSpan StartTime { get; private set; }

    /// <summary>The most the server's working set has been (VmHWM), read while it still runs.</summary>
    public long PeakWorkingSet
    {
        get
        {
            _process.Refresh();
            return _process.PeakWorkingSet64;
        }
    }

    /// <summary>The CPU time the host has used so far, on all its threads.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public long WorkingSet
    {
        get
        {
            _process.Refresh();
            return _process.WorkingSet64;
        }
    }

    public string LastOutput
    {
        get { lock (_lastLines) return string.Join("\n", _lastLines); }
    }

    public static async Task<SearchApiServer> Start(string corpus, string index, TimeSpan timeout, CancellationToken cancel)
    {
        var dll = FindHost();
        var port = FreeLoopbackPort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        foreach (var arg in new[]
                 {
                     dll, "--urls", address.ToString().TrimEnd('/'), $"--Corpus:Path={corpus}", $"--Index:Path={index}",
                     "--RateLimit:PermitsPerMinute=0", "--Search:Meaning=false", "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information",
                 })
            start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Server GC, as the host runs in production, unless the run is told otherwise (to compare GC settings).
        if (Environment.GetEnvironmentVariable("DOTNET_gcServer") is null) start.Environment["DOTNET_gcServer"] = "1";

        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started for the SearchApi host.");
        var server = new SearchApiServer(process, address);
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        while (true)
        {
            cancel.ThrowIfCancellationRequested();
            if (process.HasExited)
                throw new InvalidOperationException($"The SearchApi host exited with code {process.ExitCode} before it answered:\n{server.LastOutput}");
            if (clock.Elapsed > timeout)
            {
                server.Dispose();
                throw new TimeoutException($"The SearchApi host did not answer /health within {timeout.TotalSeconds:F0} s:\n{server.LastOutput}");
            }
            try
            {
                using var health = await client.GetAsync("/health", cancel);
                if (health.StatusCode == HttpStatusCode.OK) break;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) when (!cancel.IsCancellationRequested) { }
            await Task.Delay(100, cancel);
        }
        server.StartTime = clock.Elapsed;
        if (server.LastOutput.Contains("Building the index", StringComparison.Ordinal))
        {
            server.Dispose();
            throw new InvalidOperationException($"The SearchApi host rebuilt the index instead of opening the benchmark's:\n{server.LastOutput}");
        }
        return server;
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            while (_lastLines.Count > 40) _lastLines.Dequeue();
        }
    }

    /// <summary>
    /// The host's own build output (with its runtimeconfig, wwwroot and taxonomy), built beside the benchmark
    /// by the project reference: src/SearchApi/bin/&lt;configuration&gt;/net10.0.
    /// </summary>
    public static string FindHost()
    {
        var here = AppContext.BaseDirectory;
        var configuration = new DirectoryInfo(here).Parent?.Name ?? "Release";
        var root = RepositoryRoot.Find();
        var framework = new DirectoryInfo(here).Name;
        var dll = Path.Combine(root, "src", "SearchApi", "bin", configuration, framework, "LearningSearch.SearchApi.dll");
        if (File.Exists(dll) && File.Exists(Path.ChangeExtension(dll, ".runtimeconfig.json"))) return dll;
        throw new FileNotFoundException($"The SearchApi host was not found at {dll}; build bench/LearningSearch.Bench (which builds src/SearchApi) in the {configuration} configuration.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException) { }
        _process.Dispose();
    }
}
