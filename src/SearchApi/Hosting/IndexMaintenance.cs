using LearningSearch.Index;
using LearningSearch.Index.Live;
using LearningSearch.Indexer.Corpus;
using LearningSearch.Indexer.Indexing;
using LearningSearch.SearchApi.Search;
using Lucene.Net.Index;
using Lucene.Net.Store;

using LearningSearch.SearchApi.Meaning;

namespace LearningSearch.SearchApi.Hosting;

/// <summary>
/// Keeps the index in step with the corpus: builds it on first start when none exists, when it is corrupt or
/// when the corpus or the extractor changed; rebuilds on request; and follows builds made by the command line
/// while the service runs. Builds are serialised; searches keep answering from the old generation meanwhile.
/// </summary>
public sealed class IndexMaintenance
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly LiveIndex index;
    private readonly LearningSearchOptions options;
    private readonly ILogger<IndexMaintenance> logger;
    private readonly MeaningEngine meaning;
    private SentenceVectors? _tagging;

    public IndexMaintenance(LiveIndex index, LearningSearchOptions options, ILogger<IndexMaintenance> logger, MeaningEngine meaning)
    {
        this.index = index;
        this.options = options;
        this.logger = logger;
        this.meaning = meaning;
        index.NotReadyMessage = () => NotReadyBecause is null ? null : $"There is no index to search: {NotReadyBecause}";
    }

    public BuildReport? LastBuild { get; private set; }

    /// <summary>
    /// Why the index served is not all it should be (a damaged generation set aside, a manifest that could not be
    /// read), or null. Said by /health, so an administrator sees it without reading the log. Set each time a
    /// generation is served or refused.
    /// </summary>
    public string? DegradedBecause
    {
        get => _degradedBecause;
        private set
        {
            _degradedBecause = value;
            Changed?.Invoke();
        }
    }

    private string? _degradedBecause;

    /// <summary>
    /// Raised each time a generation is served, refused or found damaged (when <see cref="DegradedBecause"/> is set),
    /// so that whoever waits for the service to move on (a test) is told rather than has to keep looking.
    /// </summary>
    public event Action? Changed;

    // A damaged generation published by another build, refused once rather than checked again every two seconds.
    private string? _refused;

    /// <summary>Opens the index in service, building it first where it is missing, corrupt or out of date.</summary>
    public async Task EnsureReadyAsync(CancellationToken cancel)
    {
        // Whether the theme model can tag decides what an up-to-date index is (its fingerprint says).
        await VectorsForTagging();
        var current = index.Location.Current();
        // A damaged generation is never served: the build sets it aside and reads the corpus again.
        var reason = current is null ? "no index exists yet" : IndexIntegrity.Problem(current) ?? WhyStale(current);
        if (reason is null)
        {
            try
            {
                SwitchTo(current!);
                DegradedBecause = ManifestProblems();
                logger.LogInformation("Serving index {Folder}", current);
                if (_tagging is not null && !TaggedByTheModel(current!)) AddThemeModelTagsInTheBackground();
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                reason = $"the index could not be opened ({e.Message})";
            }
        }
        logger.LogWarning("Building the index from {Corpus}: {Reason}", options.CorpusPath, reason);
        try
        {
            // Words and phrases first, so the service searches as soon as the corpus is read; the theme model's tags
            // (a sentence vector for every unit: an hour of both cores at national scale) follow in the background.
            await RebuildAsync(cancel, withThemeModel: false);
            if (_tagging is not null) AddThemeModelTagsInTheBackground();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            logger.LogError(e, "The index could not be built from {Corpus}", options.CorpusPath);
            if (ServeAGoodGeneration() is { } fallback)
            {
                DegradedBecause = $"{reason}, and the index could not be built from the corpus ({WithoutPaths(e)}); serving the earlier generation {Path.GetFileName(fallback)}";
                return;
            }
            // Serve what can be served (the page, health, a clear 503 for searches) rather than crash. Anyone may
            // read this answer, so it names no folder of the server.
            NotReadyBecause = $"the index could not be built from the corpus: {WithoutPaths(e)}";
        }
    }

    /// <summary>Opens a generation and builds what it knows (recurrence included) before it serves, saying how long that took.</summary>
    private void SwitchTo(string folder)
    {
        index.SwitchTo(folder);
        if (index.Current is { } generation)
            logger.LogInformation("Generation {Folder} derived before serving: {Parts}", Path.GetFileName(folder),
                string.Join(", ", generation.BuildTimes.Select(t => $"{t.Part} {t.Took.TotalMilliseconds:F0} ms")));
    }

    private string? ManifestProblems() =>
        System.IO.Directory.Exists(options.CorpusPath) && Manifest.Load(options.CorpusPath).Problems is { Count: > 0 } problems
            ? string.Join(" ", problems.Select(p => p.TrimEnd('.') + ".")) + " The index served was built before; fix the manifest and rebuild."
            : null;

    /// <summary>
    /// Whether an error a request met comes from damage to the generation served (its files no longer match their
    /// checksums), as when a disk fault strikes after the generation was opened and checked. Damage shows as whatever
    /// the code that meets it throws (Lucene's LZ4 an ArgumentOutOfRangeException, the stored JSON a JsonException), so
    /// any unexpected error has the generation checked: at most once a minute while it is sound. When damage is found,
    /// /health says so and the index is rebuilt from the corpus in the background.
    /// </summary>
    public bool IsDamage(Exception e)
    {
        if (index.Folder is not { } folder) return false;
        string? damage;
        lock (_checks)
        {
            if (!_checks.TryGetValue(folder, out var check) || (check.Damage is null && DateTime.UtcNow - check.At > TimeSpan.FromMinutes(1)))
                _checks[folder] = check = (IndexIntegrity.Problem(folder), DateTime.UtcNow);
            damage = check.Damage;
            if (damage is null || _repairing) return damage is not null;
            _repairing = true;
        }
        DegradedBecause = $"{damage}; found while serving, it is being rebuilt from the corpus";
        logger.LogError(e, "{Reason}", DegradedBecause);
        _ = Task.Run(async () =>
        {
            try { await RebuildAsync(CancellationToken.None); }
            catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                DegradedBecause = $"{damage}; found while serving, it could not be rebuilt from the corpus ({WithoutPaths(failure)})";
                logger.LogError(failure, "The damaged index could not be rebuilt");
            }
            finally { lock (_checks) _repairing = false; }
        });
        return true;
    }

    private readonly Dictionary<string, (string? Damage, DateTime At)> _checks = new(StringComparer.Ordinal);
    private bool _repairing;

    private static string WithoutPaths(Exception e) => e switch
    {
        DirectoryNotFoundException => "the corpus folder does not exist",
        UnauthorizedAccessException => "the service may not read the corpus or write the index folder",
        _ => $"{e.GetType().Name}; the service log has the details",
    };

    /// <summary>Opens the newest generation on disk that passes its checks, where the one named current could not be served.</summary>
    private string? ServeAGoodGeneration()
    {
        if (!System.IO.Directory.Exists(index.Location.Root)) return null;
        foreach (var folder in System.IO.Directory.EnumerateDirectories(index.Location.Root, "gen-*").Order(StringComparer.Ordinal).Reverse())
        {
            if (IndexIntegrity.Problem(folder) is not null) continue;
            try
            {
                SwitchTo(folder);
                logger.LogWarning("Serving the earlier index generation {Folder}", folder);
                return folder;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning("The index generation {Folder} could not be opened: {Message}", folder, e.Message);
            }
        }
        return null;
    }

    /// <summary>Why there is no index to search, where there is none.</summary>
    public string? NotReadyBecause { get; private set; }

    /// <summary>Whether the theme model's tags are being added to the index served (a background build), for /health.</summary>
    public bool AddingThemeModelTags => _themeModelBuild is { IsCompleted: false };

    /// <summary>Done when the background build with the theme model is (at once when there is none): for whoever must time or search the model's tags.</summary>
    public Task ThemeModelTagsAdded => _themeModelBuild ?? Task.CompletedTask;

    private Task? _themeModelBuild;
    private readonly CancellationTokenSource _stopping = new();

    private void AddThemeModelTagsInTheBackground()
    {
        logger.LogInformation("Adding the theme model's tags to the index in the background");
        _themeModelBuild = Task.Run(async () =>
        {
            try
            {
                await RebuildAsync(_stopping.Token, withThemeModel: true);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or InvalidOperationException)
            {
                logger.LogError(e, "The theme model's tags could not be added; the index served keeps the phrases' tags");
            }
        });
    }

    /// <summary>
    /// Stops a background build and waits for it (the host is stopping): it runs the meaning model, which is disposed
    /// with the host, and a model disposed under a running encode brings the process down.
    /// </summary>
    public async Task StopAsync()
    {
        await _stopping.CancelAsync();
        if (_themeModelBuild is not { } build) return;
        try
        {
            await build.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            logger.LogWarning("The background build with the theme model did not stop within a minute");
        }
    }

    /// <summary>Builds a new generation from the corpus and moves searches to it.</summary>
    /// <param name="withThemeModel">Tag with the theme model too, when the meaning model is loaded.</param>
    public async Task<BuildReport> RebuildAsync(CancellationToken cancel, bool withThemeModel = true)
    {
        await _building.WaitAsync(cancel);
        try
        {
            var vectors = withThemeModel ? await VectorsForTagging() : null;
            var report = await Task.Run(() => IndexerServices.CreateBuilder(vectors: vectors, rulesOnly: options.RulesOnly).Build(options.CorpusPath, index.Location, cancel: cancel), cancel);
            foreach (var skipped in report.Documents.Where(d => d.Status is DocumentStatus.Skipped or DocumentStatus.KeptPrevious))
                logger.LogWarning("{File}: {Status} ({Message})", skipped.SourceFile, skipped.Status, skipped.Message);
            SwitchTo(report.Generation);
            LastBuild = report;
            NotReadyBecause = null;
            DegradedBecause = report.Warnings.Count == 0 ? null : string.Join(" ", report.Warnings.Select(w => w.TrimEnd('.') + "."));
            foreach (var warning in report.Warnings) logger.LogWarning("{Warning}", warning);
            logger.LogInformation("Index built: {Units} units from {Documents} documents in {Seconds:F1} s", report.Units, report.Documents.Count, report.Elapsed.TotalSeconds);
            return report;
        }
        finally
        {
            _building.Release();
        }
    }

    /// <summary>
    /// The sentence vectors the theme model tags by, once the meaning model has loaded (a few seconds at start); null
    /// when search by meaning is off or has no model, and then units are tagged by the phrases alone.
    /// </summary>
    private async Task<SentenceVectors?> VectorsForTagging()
    {
        if (_tagging is not null || !meaning.SwitchedOn) return _tagging;
        if (await meaning.Loaded is not { } encoder) return null;
        return _tagging = new SentenceVectors(encoder.ModelName, text => encoder.Encode([text])[0].Vector);
    }

    /// <summary>Moves to a generation published by another process (the command line's build or add).</summary>
    public void FollowPublishedGeneration()
    {
        var current = index.Location.Current();
        if (current is null || current == index.Folder || current == _refused || !_building.Wait(0)) return;
        try
        {
            if (IndexIntegrity.Problem(current) is { } damage)
            {
                _refused = current;
                DegradedBecause = $"{damage}; published by another build, it is not served{(index.Folder is { } served ? $": still serving {Path.GetFileName(served)}" : "")}";
                logger.LogError("{Reason}", DegradedBecause);
                return;
            }
            SwitchTo(current);
            DegradedBecause = null;
            logger.LogInformation("Now serving index {Folder}, published by another build", current);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("The published index {Folder} could not be opened: {Message}", current, e.Message);
        }
        finally
        {
            _building.Release();
        }
    }

    /// <summary>Whether a generation's units were tagged by the theme model (its fingerprint says).</summary>
    private bool TaggedByTheModel(string folder)
    {
        try
        {
            using var directory = new SimpleFSDirectory(new DirectoryInfo(folder));
            using var reader = DirectoryReader.Open(directory);
            return reader.IndexCommit.UserData.TryGetValue("fingerprint", out var fingerprint) && fingerprint == IndexerServices.Fingerprint(_tagging, options.RulesOnly);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    private string? WhyStale(string folder)
    {
        try
        {
            using var directory = new SimpleFSDirectory(new DirectoryInfo(folder));
            using var reader = DirectoryReader.Open(directory);
            var data = reader.IndexCommit.UserData;
            // Built with the theme model, or by words and phrases alone (its tags then follow in the background).
            if (!data.TryGetValue("fingerprint", out var fingerprint) || (fingerprint != IndexerServices.Fingerprint(_tagging, options.RulesOnly) && fingerprint != IndexerServices.Fingerprint(rulesOnly: options.RulesOnly)))
                return "the extractor changed since the index was built";
            if (!System.IO.Directory.Exists(options.CorpusPath)) return null; // serve what we have; the corpus is gone
            var manifest = Manifest.Load(options.CorpusPath);
            // Serve the index built while the manifest could be read: a rebuild now would lose its titles, years and types.
            if (manifest.Problems.Count > 0) return null;
            var reader2 = new CorpusReader(IndexerServices.CreateExtractor(rulesOnly: options.RulesOnly));
            var corpus = IndexBuilder.CorpusFingerprint(options.CorpusPath, reader2.Documents(options.CorpusPath), manifest);
            return data.TryGetValue("corpus", out var built) && built == corpus ? null : "the corpus changed since the index was built";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return $"the index is unreadable ({e.GetType().Name}: {e.Message})";
        }
    }
}

/// <summary>Makes the index ready before the host serves, then follows builds published while it runs.</summary>
public sealed class IndexHostedService(IndexMaintenance maintenance, ILogger<IndexHostedService> logger) : IHostedService, IDisposable
{
    private Timer? _follow;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await maintenance.EnsureReadyAsync(cancellationToken);
        _follow = new Timer(_ =>
        {
            try { maintenance.FollowPublishedGeneration(); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { logger.LogWarning(e, "Could not check for a new index"); }
        }, null, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2));
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _follow?.Change(Timeout.Infinite, Timeout.Infinite);
        return maintenance.StopAsync();
    }

    public void Dispose() => _follow?.Dispose();
}
