namespace LearningSearch.Browser.Tests.Hosting;

/// <summary>Finds the repository (the folder holding LearningSearch.sln) from wherever the tests run.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "LearningSearch.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException(
            $"Could not find LearningSearch.sln above {AppContext.BaseDirectory}; the browser tests need the repository's corpus folder.");
    }
}
