namespace LearningSearch.Index.Tests;

/// <summary>Where the bundled corpus is.</summary>
public static class SampleCorpus
{
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LearningSearch.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("LearningSearch.sln not found above the test folder.");
    }

    public static string FindCorpus() => Path.Combine(RepositoryRoot(), "corpus");
}
