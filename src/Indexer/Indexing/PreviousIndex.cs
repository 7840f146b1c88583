using LearningSearch.Index;
using LearningSearch.Index.Schema;
using LearningSearch.Index.Units;
using LearningSearch.Indexer.Model;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace LearningSearch.Indexer.Indexing;

/// <summary>The generation in service, read for the units of documents that need not be read again.</summary>
internal sealed class PreviousIndex : IDisposable
{
    private readonly Lucene.Net.Store.Directory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    private PreviousIndex(string folder)
    {
        _directory = new SimpleFSDirectory(new DirectoryInfo(folder));
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
    }

    /// <summary>The generation in service, or null where there is none or it is damaged (then the build reads every document).</summary>
    public static PreviousIndex? Open(string? folder, List<string> warnings)
    {
        if (folder is null) return null;
        var problem = IndexIntegrity.Problem(folder);
        if (problem is null)
        {
            try { return new PreviousIndex(folder); }
            catch (IOException e) { problem = IndexIntegrity.Describe(folder, e); }
        }
        warnings.Add($"{problem}; it is set aside and every document is read again");
        return null;
    }

    /// <summary>The review id this document has in the index in service, or null where it has none.</summary>
    public string? IdOf(string sourceFile) => FindReview(sourceFile) is { } reviewDoc ? UnitDocuments.ReadReview(reviewDoc).Review.Id : null;

    /// <summary>True when the index in service holds this document with the same content hash. Safe from any thread.</summary>
    public bool IsUnchanged(string sourceFile, string hash) =>
        FindReview(sourceFile) is { } reviewDoc && UnitDocuments.ReadReview(reviewDoc).ContentHash == hash;

    public DocumentOutcome? Reuse(string sourceFile, string hash, IndexWriter writer)
    {
        var reviewDoc = FindReview(sourceFile);
        if (reviewDoc is null || UnitDocuments.ReadReview(reviewDoc).ContentHash != hash) return null;
        var count = Copy(reviewDoc, writer);
        return new DocumentOutcome(sourceFile, DocumentStatus.Unchanged, count, null);
    }

    public int Keep(string sourceFile, IndexWriter writer)
    {
        var reviewDoc = FindReview(sourceFile);
        return reviewDoc is null ? 0 : Copy(reviewDoc, writer);
    }

    private Lucene.Net.Documents.Document? FindReview(string sourceFile)
    {
        var hits = _searcher.Search(IndexFields.Source.Query(sourceFile), 1);
        return hits.TotalHits == 0 ? null : _searcher.Doc(hits.ScoreDocs[0].Doc);
    }

    private int Copy(Lucene.Net.Documents.Document reviewDoc, IndexWriter writer)
    {
        var review = UnitDocuments.ReadReview(reviewDoc);
        var query = new BooleanQuery
        {
            { IndexFields.Review.Query(review.Review.Id), Occur.MUST },
            { IndexFields.Units(), Occur.MUST },
        };
        var units = MatchingDocuments.Of(_searcher, query);
        foreach (var unit in units)
            writer.AddDocument(UnitDocuments.ForUnit(UnitDocuments.ReadUnit(_searcher.Doc(unit)), review.Review));
        writer.AddDocument(UnitDocuments.ForReview(review));
        return units.Count;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
