using System.Diagnostics;

namespace LearningSearch.Indexer.Tests.CommandLine;

/// <summary>The indexer run as a training lead runs it: its own build output, in a process of its own.</summary>
internal static class IndexerProcess
{
    public static (int Code, string Output, string Errors) Run(params string[] args)
    {
        // The indexer's own build output, beside this test project's, where its dependencies are.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var indexer = Path.Combine(SampleCorpus.RepositoryRoot(), "src", "Indexer.Cli", "bin", configuration, "net10.0", "learningsearch-indexer.dll");
        Assert.True(File.Exists(indexer), indexer);
        using var process = Process.Start(new ProcessStartInfo("dotnet", ["exec", indexer, .. args]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, errors.Result);
    }
}
