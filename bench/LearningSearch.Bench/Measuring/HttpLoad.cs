using System.Collections.Concurrent;
using System.Diagnostics;

namespace LearningSearch.Bench.Measuring;

/// <summary>What a bounded HTTP load gave.</summary>
public sealed record HttpLoadResult(int Workers, double Seconds, int Requests, int Errors, double RequestsPerSecond, Latencies Latency, IReadOnlyDictionary<string, int> ErrorKinds,
    IReadOnlyDictionary<QueryClass, Latencies> ByClass, int WarmUpRequests);

/// <summary>
/// A bounded load from this process to the host on loopback: a fixed number of workers, each sending the query
/// mix in turn and waiting for each answer, until the time or the request budget runs out. It stops by itself.
/// </summary>
public static class HttpLoad
{
    public static async Task<HttpLoadResult> Run(Uri address, IReadOnlyList<BenchQuery> mix, int workers, TimeSpan duration, int maxRequests, CancellationToken cancel)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = workers, PooledConnectionLifetime = TimeSpan.FromMinutes(5), UseProxy = false };
        using var client = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };

        // Warmed as the in-process searches are (three rounds of the mix and 2 s at least, here from every worker):
        // the first answers pay for JIT, tiering up and caches.
        var warming = Stopwatch.StartNew();
        var warmUp = 0;
        for (var round = 0; round < 3 || warming.Elapsed < TimeSpan.FromSeconds(2); round++, warmUp += workers * mix.Count)
            await Task.WhenAll(Enumerable.Range(0, workers).Select(async w =>
            {
                for (var i = 0; i < mix.Count; i++) await Send(client, mix[(i + w) % mix.Count].Url, cancel);
            }));

        var latencies = new ConcurrentBag<(QueryClass Class, double Ms)>();
        var errors = new ConcurrentDictionary<string, int>();
        var sent = 0;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        stop.CancelAfter(duration + TimeSpan.FromSeconds(15)); // a hard stop even if answers hang
        var clock = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            var local = new List<(QueryClass, double)>();
            for (var i = w; clock.Elapsed < duration && !stop.IsCancellationRequested; i++)
            {
                if (Interlocked.Increment(ref sent) > maxRequests) break;
                var query = mix[i % mix.Count];
                var started = Stopwatch.GetTimestamp();
                var error = await Send(client, query.Url, stop.Token);
                local.Add((query.Class, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
                if (error is not null) errors.AddOrUpdate(error, 1, (_, n) => n + 1);
            }
            foreach (var l in local) latencies.Add(l);
        }, CancellationToken.None)).ToList();
        await Task.WhenAll(tasks);
        var seconds = clock.Elapsed.TotalSeconds;
        var count = latencies.Count;
        // Per class too: the tail of the whole mix is only worth chasing once it is known which searches make it.
        var byClass = latencies.GroupBy(l => l.Class).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => Latencies.Of(g.Select(l => l.Ms).ToArray()));
        return new HttpLoadResult(workers, Math.Round(seconds, 2), count, errors.Values.Sum(), Math.Round(count / seconds, 1), Latencies.Of(latencies.Select(l => l.Ms).ToArray()),
            new Dictionary<string, int>(errors), byClass, warmUp);
    }

    /// <summary>One GET, timed to the last byte of the answer: milliseconds, bytes, status.</summary>
    public static async Task<(double Ms, long Bytes, int Status)> Time(Uri address, string url, TimeSpan timeout, CancellationToken cancel)
    {
        using var client = new HttpClient { BaseAddress = address, Timeout = timeout };
        var started = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancel);
        await using var body = await response.Content.ReadAsStreamAsync(cancel);
        var buffer = new byte[81920];
        long bytes = 0;
        for (int read; (read = await body.ReadAsync(buffer, cancel)) > 0;) bytes += read;
        return (Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1), bytes, (int)response.StatusCode);
    }

    /// <summary>Sends one search and reads the whole answer; returns what went wrong, or null.</summary>
    private static async Task<string?> Send(HttpClient client, string url, CancellationToken cancel)
    {
        try
        {
            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead, cancel);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
        }
        catch (HttpRequestException e)
        {
            return $"connection: {e.HttpRequestError}";
        }
        catch (TaskCanceledException)
        {
            return "timeout";
        }
    }
}
