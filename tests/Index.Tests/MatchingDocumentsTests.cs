using LearningSearch.Indexer.Indexing;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace LearningSearch.Index.Tests;

/// <summary>A review's page and a rebuild copy every unit of the review: all of them, in the order they were indexed, none deleted.</summary>
public sealed class MatchingDocumentsTests
{
    [Fact]
    public void EveryMatchingDocument_ShouldBeFoundOnceInIndexOrder_AcrossSegments_WithoutTheDeleted()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer())))
        {
            for (var segment = 0; segment < 3; segment++)
            {
                for (var i = 0; i < 10; i++)
                    writer.AddDocument(new Document
                    {
                        new StringField("review", i % 2 == 0 ? "ads14" : "bwd20", Field.Store.NO),
                        new StringField("id", $"{segment}-{i}", Field.Store.YES),
                    });
                writer.Commit();
            }
            writer.DeleteDocuments(new Term("id", "1-4"));
        }
        using var reader = DirectoryReader.Open(directory);
        Assert.True(reader.Leaves.Count >= 2);
        var searcher = new IndexSearcher(reader);

        var found = MatchingDocuments.Of(searcher, new TermQuery(new Term("review", "ads14")));

        var ids = found.Select(doc => searcher.Doc(doc).Get("id")).ToList();
        Assert.Equal(["0-0", "0-2", "0-4", "0-6", "0-8", "1-0", "1-2", "1-6", "1-8", "2-0", "2-2", "2-4", "2-6", "2-8"], ids);
        Assert.Equal(found.Order(), found);
    }
}
