using LearningSearch.Indexer.Indexing;

namespace LearningSearch.Index.Tests;

/// <summary>The bundled corpus, and an index the real builder writes from it once into a temporary folder.</summary>
public sealed class BundledIndex : IDisposable
{
    public BundledIndex()
    {
        var location = new IndexLocation(Directory.CreateTempSubdirectory("ls-index-contract-").FullName);
        IndexerServices.CreateBuilder().Build(SampleCorpus.FindCorpus(), location);
        Root = location.Root;
        Folder = location.Current()!;
    }

    /// <summary>The folder of the generation built.</summary>
    public string Folder { get; }

    /// <summary>The folder that holds the generations.</summary>
    public string Root { get; }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { } // a mapped file still open on another platform; the temp folder is cleaned by the OS
    }
}
