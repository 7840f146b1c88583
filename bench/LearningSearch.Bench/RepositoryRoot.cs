namespace LearningSearch.Bench;

/// <summary>The LearningSearch checkout the benchmark runs in: the folder holding LearningSearch.sln.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "LearningSearch.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("LearningSearch.sln was not found above the current folder or the benchmark's; run the benchmark from the checkout.");
    }
}
