using LearningSearch.Index.Units;
using LearningSearch.Indexer.Corpus;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;

namespace LearningSearch.Indexer.Tests;

/// <summary>The bundled corpus, read once for all the tests that look at the five sample reviews.</summary>
public sealed class SampleCorpus
{
    public SampleCorpus()
    {
        Folder = FindCorpus();
        Result = new CorpusReader(new ReviewExtractor()).ReadAll(Folder);
    }

    public string Folder { get; }

    public CorpusExtraction Result { get; }

    public ExtractedReview Review(string id) => Result.Reviews.Single(r => r.Review.Id == id);

    public LearningUnit Unit(string id) => Result.Reviews.SelectMany(r => r.Units).Single(u => u.Id == id);

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LearningSearch.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("LearningSearch.sln not found above the test folder.");
    }

    public static string FindCorpus() => Path.Combine(RepositoryRoot(), "corpus");
}
