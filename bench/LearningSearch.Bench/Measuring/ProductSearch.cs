using LearningSearch.Index.Live;
using LearningSearch.SearchApi.Contracts;
using LearningSearch.SearchApi.Hosting;
using LearningSearch.SearchApi.Recurrence;
using LearningSearch.SearchApi.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LearningSearch.Bench.Measuring;

/// <summary>
/// The product's searches as the SearchApi host wires them (its own DI registrations), without HTTP: the
/// index is opened as the host opens it at start-up, and searches are plain method calls.
/// </summary>
public sealed class ProductSearch : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ProductSearch(WebApplication app)
    {
        _app = app;
        Search = app.Services.GetRequiredService<UnitSearch>();
        Recurrence = app.Services.GetRequiredService<RecurrenceQueries>();
        RecurrenceMatrix = app.Services.GetRequiredService<RecurrenceMatrix>();
        Queries = app.Services.GetRequiredService<SearchQueryBuilder>();
        Index = app.Services.GetRequiredService<LiveIndex>();
        Mapper = app.Services.GetRequiredService<HitMapper>();
        Highlighter = app.Services.GetRequiredService<SnippetHighlighter>();
    }

    public LiveIndex Index { get; }

    public HitMapper Mapper { get; }

    public SnippetHighlighter Highlighter { get; }

    public UnitSearch Search { get; }

    public RecurrenceQueries Recurrence { get; }

    /// <summary>What each generation computes of recurrence when it is published (timed again from scratch by the benchmark).</summary>
    public RecurrenceMatrix RecurrenceMatrix { get; }

    public SearchQueryBuilder Queries { get; }

    /// <summary>Opens the index as the host does; with <paramref name="mayBuild"/> false, it must be the one the run built.</summary>
    /// <param name="settings">More configuration (search by meaning is off unless given <c>--Search:Meaning=true</c>).</param>
    public static async Task<ProductSearch> Open(string corpus, string index, CancellationToken cancel, bool mayBuild = false, params string[] settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [$"--Corpus:Path={corpus}", $"--Index:Path={index}", "--RateLimit:PermitsPerMinute=0", "--Search:Meaning=false", .. settings],
            EnvironmentName = "Production",
        });
        builder.Logging.ClearProviders();
        builder.AddLearningSearch();
        var app = builder.Build();
        var maintenance = app.Services.GetRequiredService<IndexMaintenance>();
        await maintenance.EnsureReadyAsync(cancel);
        // The host serves by words and phrases first and adds the theme model's tags in a background build, which
        // replaces the generation (and its vectors): a run times the generation the product ends up serving.
        await maintenance.ThemeModelTagsAdded.WaitAsync(cancel);
        if (maintenance.LastBuild is not null && !mayBuild)
            throw new InvalidOperationException("The host rebuilt the index on opening it: the benchmark's build and the host disagree about the extractor fingerprint or the corpus.");
        return new ProductSearch(app);
    }

    /// <summary>The generation's meaning vectors, for a run that waits until they are filled.</summary>
    public LearningSearch.SearchApi.Meaning.MeaningVectors Vectors()
    {
        using var lease = Index.Acquire();
        return lease.Generation.Get<LearningSearch.SearchApi.Meaning.MeaningVectors>();
    }

    public SearchResponse Run(BenchQuery query) =>
        Search.Search(new SearchRequest { Q = query.Q, Theme = query.Theme is null ? null : [query.Theme], PageSize = 20 }).Answer;

    public async ValueTask DisposeAsync()
    {
        _app.Services.GetRequiredService<LiveIndex>().Dispose();
        await _app.DisposeAsync();
    }
}
