using LearningSearch.Index;
using LearningSearch.Index.Live;
using LearningSearch.Index.Schema;
using LearningSearch.Indexer.Indexing;
using LearningSearch.Meaning;
using LearningSearch.SearchApi.Apis;
using LearningSearch.SearchApi.Contracts;
using LearningSearch.SearchApi.Meaning;
using LearningSearch.SearchApi.Recurrence;
using LearningSearch.SearchApi.Search;
using LearningSearch.SearchApi.Search.Reordering;
using LearningSearch.Themes;
using LearningSearch.Themes.Vocabulary;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LearningSearch.SearchApi.Hosting;

/// <summary>Wires the service: options, the live index and its maintenance, the searches, and the HTTP pipeline.</summary>
public static class LearningSearchHost
{
    public static WebApplicationBuilder AddLearningSearch(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // Resolved from the built configuration, so settings given by a test host or the command line apply.
        services.AddSingleton(sp => LearningSearchOptions.From(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>()));
        services.AddSingleton(Taxonomy.LoadDefault());
        services.AddSingleton(sp => new ThemeQueryMatcher(sp.GetRequiredService<Taxonomy>()));
        services.AddSingleton(sp => new VocabularyMatcher(sp.GetRequiredService<LearningSearchOptions>().UseVocabulary ? PractitionersVocabulary.LoadDefault() : PractitionersVocabulary.Empty));
        // What each generation knows beyond its catalogue and facets, built when it is published, before it serves.
        services.AddSingleton<RecurrenceMatrix>();
        services.AddSingleton<MeaningEngine>();
        services.AddSingleton<GenerationMeaning>();
        services.AddSingleton(sp => new LiveIndex(
            new IndexLocation(sp.GetRequiredService<LearningSearchOptions>().IndexPath),
            [new ParentRecommendations.Part(), sp.GetRequiredService<RecurrenceMatrix>(), sp.GetRequiredService<GenerationMeaning>()]));
        services.AddSingleton<IndexMaintenance>();
        services.AddSingleton<AdminKeyAttempts>();
        services.AddHostedService<IndexHostedService>();
        services.AddSingleton(new SnippetHighlighter(WordsField.Analyzer));
        services.AddSingleton<SearchQueryBuilder>();
        services.AddSingleton<HitMapper>();
        services.AddSingleton(sp => new HybridRanking(sp.GetRequiredService<LearningSearchOptions>().Hybrid));
        services.AddSingleton(_ => Themes.Model.ThemeModel.LoadDefault());
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<LearningSearchOptions>();
            var weights = options.SecondStageWeightsFile is { } file ? SecondStageWeights.Load(file) : SecondStageWeights.LoadDefault();
            return new SecondStage(weights, options.UseSecondStage);
        });
        services.AddSingleton(sp => KnownWords.FromModel(sp.GetRequiredService<LearningSearchOptions>().MeaningModelFile));
        services.AddSingleton<UnitSearch>();
        // One per host: two hosts in one process (as tests start them) never count each other's searches.
        services.AddSingleton(sp => new SearchTurns(sp.GetRequiredService<LearningSearchOptions>()));
        services.AddSingleton<UnitContext>();
        services.AddSingleton<ThemeQueries>();
        services.AddSingleton<ReviewQueries>();
        services.AddSingleton<ReviewDocuments>();
        services.AddSingleton<RecurrenceQueries>();

        services.AddProblemDetails();
        services.AddExceptionHandler<ErrorAnswers>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddSearchRateLimits();
        services.AddOpenApi(openApi => openApi.AddOperationTransformer<OpenApiAsTheApiIsCalled>());
        services.AddHealthChecks().AddCheck<IndexHealthCheck>("index").AddCheck<MeaningHealthCheck>("meaning");
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never;
            // The answers' generated JSON code first; anything else (problem details, the admin answer) by reflection.
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJson.Default);
        });
        return builder;
    }

    public static WebApplication UseLearningSearch(this WebApplication app)
    {
        // The practitioners' vocabulary is read when the service starts, as the taxonomy is: a file a training lead broke
        // stops it there with the message naming the entry, instead of failing every search.
        _ = app.Services.GetRequiredService<VocabularyMatcher>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseRateLimiter();

        var api = app.MapGroup("/api");
        api.MapSearchEndpoints().MapThemeEndpoints().MapReviewEndpoints().MapUnitEndpoints().MapRecurrenceEndpoints().MapAdminEndpoints();
        api.MapFallback(() => Problems.NotFound("There is no such API endpoint; /swagger lists them."));

        app.MapOpenApi();
        app.UseSwaggerUI(ui => { ui.SwaggerEndpoint("/openapi/v1.json", "LearningSearch"); ui.DocumentTitle = "LearningSearch API"; });
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResultStatusCodes = { [HealthStatus.Healthy] = 200, [HealthStatus.Degraded] = 200, [HealthStatus.Unhealthy] = 503 },
            ResponseWriter = HealthAnswer.Write,
        });

        // The page routes on its own URL paths, so a pasted link or a reload opens the same view. A unit, review or theme
        // that does not exist, or any other address, gets the page with status 404: it says "not found" to a person, and
        // a link checker or search engine is told so too.
        foreach (var route in new[] { "/themes", "/recurrence" })
            app.MapFallbackToFile(route, "index.html");
        app.MapGet("/themes/{id}", (string id, HttpContext http, Taxonomy taxonomy) => ThePage(http, taxonomy.Find(id) is not null)).ExcludeFromDescription();
        // "/reviews" alone is the list of reviews.
        app.MapGet("/reviews/{*id}", (string? id, HttpContext http, LiveIndex index) => ThePage(http, string.IsNullOrEmpty(id) || Known(index, lease => lease.Generation.Catalog.Reviews.ContainsKey(id)))).ExcludeFromDescription();
        app.MapGet("/units/{*id}", (string? id, HttpContext http, LiveIndex index) => ThePage(http, !string.IsNullOrEmpty(id) && Known(index, lease => lease.Searcher.Search(IndexFields.Id.Query(id), 1).TotalHits > 0))).ExcludeFromDescription();
        // Routing has chosen this fallback for "/" before the default-file middleware could name index.html.
        app.MapFallback(http => ThePage(http, found: http.Request.Path == "/"));
        return app;
    }

    /// <summary>The page (index.html), with 404 when what the address names does not exist.</summary>
    private static Task ThePage(HttpContext http, bool found)
    {
        var page = http.RequestServices.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider.GetFileInfo("index.html");
        http.Response.StatusCode = found ? StatusCodes.Status200OK : StatusCodes.Status404NotFound;
        http.Response.ContentType = "text/html; charset=utf-8";
        return http.Response.SendFileAsync(page);
    }

    /// <summary>Whether the index knows it; while there is no index yet, the page is served and says so itself.</summary>
    private static bool Known(LiveIndex index, Func<SearcherLease, bool> check)
    {
        try
        {
            using var lease = index.Acquire();
            return check(lease);
        }
        catch (IndexUnavailableException)
        {
            return true;
        }
    }
}
