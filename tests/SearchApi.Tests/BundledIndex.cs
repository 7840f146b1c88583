using LearningSearch.Indexer.CommandLine;
using LearningSearch.Indexer.Indexing;

namespace LearningSearch.SearchApi.Tests;

/// <summary>The bundled corpus indexed once into a temporary folder, for tests that read the index itself.</summary>
public sealed class BundledIndex : IDisposable
{
    public BundledIndex()
    {
        var location = new IndexLocation(Directory.CreateTempSubdirectory("ls-bundled-index-").FullName);
        IndexerServices.CreateBuilder().Build(Path.Combine(LearningSearchHost.RepositoryRoot(), "corpus"), location);
        Root = location.Root;
        Folder = location.Current()!;
    }

    /// <summary>The folder of the generation built.</summary>
    public string Folder { get; }

    private string Root { get; }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { } // a mapped file still open on another platform; the temp folder is cleaned by the OS
    }
}
