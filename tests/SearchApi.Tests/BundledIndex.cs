using LearningSearch.Index;
using LearningSearch.Index.Storage;
using LearningSearch.Indexer.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

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

    /// <summary>The index opened as the service opens it (memory-mapped, scored with BM25); dispose to close it.</summary>
    public OpenedIndex Open()
    {
        var directory = new MappedIndexDirectory(new DirectoryInfo(Folder));
        var reader = DirectoryReader.Open(directory);
        return new OpenedIndex(directory, reader, new IndexSearcher(reader) { Similarity = new BM25Similarity() });
    }

    public sealed class OpenedIndex(MappedIndexDirectory directory, DirectoryReader reader, IndexSearcher searcher) : IDisposable
    {
        public DirectoryReader Reader { get; } = reader;

        public IndexSearcher Searcher { get; } = searcher;

        public void Dispose()
        {
            Reader.Dispose();
            directory.Dispose();
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { } // a mapped file still open on another platform; the temp folder is cleaned by the OS
    }
}
