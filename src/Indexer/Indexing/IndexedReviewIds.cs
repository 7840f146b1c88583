using LearningSearch.Index;
using LearningSearch.Index.Schema;
using LearningSearch.Index.Units;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace LearningSearch.Indexer.Indexing;

/// <summary>The review ids of the generation in service, each with the document it was read from.</summary>
public static class IndexedReviewIds
{
    /// <summary>Id to source file; empty where there is no index, or one that cannot be read (the next build rebuilds it).</summary>
    public static IReadOnlyDictionary<string, string> Of(IndexLocation location)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        if (location.Current() is not { } folder) return ids;
        try
        {
            using var directory = new SimpleFSDirectory(new DirectoryInfo(folder));
            using var reader = DirectoryReader.Open(directory);
            var searcher = new IndexSearcher(reader);
            foreach (var doc in MatchingDocuments.Of(searcher, IndexFields.Reviews()))
            {
                var review = UnitDocuments.ReadReview(searcher.Doc(doc)).Review;
                ids.TryAdd(review.Id, review.SourceFile);
            }
        }
        catch (IOException)
        {
        }
        return ids;
    }
}
