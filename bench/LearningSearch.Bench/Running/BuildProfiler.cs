using System.Diagnostics;
using LearningSearch.Index.Analysis;
using LearningSearch.Index.Schema;
using LearningSearch.Index.Stored;
using LearningSearch.Index.Units;
using LearningSearch.Indexer.Corpus;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Indexing;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;
using LearningSearch.Themes;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace LearningSearch.Bench.Running;

/// <summary>
/// Times the build's steps one by one on the first documents of a corpus (reading the file, recognising the
/// layout and reading units, tagging themes, turning units into Lucene documents and indexing them), so a slow
/// build says where its time goes. A Stopwatch breakdown: dotnet-trace is not available here.
/// </summary>
public static class BuildProfiler
{
    public static BuildBreakdown Profile(string corpus, int documents)
    {
        var paths = new CorpusReader(new ReviewExtractor()).Documents(corpus).Take(documents).ToList();
        var manifest = Manifest.Load(corpus);
        var extractor = new ReviewExtractor(tag: null);
        var tagger = new ThemeTagger(Taxonomy.LoadDefault());
        var texts = new List<DocumentText>();
        var reviews = new List<ExtractedReview>();

        // Untimed first pass over a few documents: the tagger's and the layouts' patterns are compiled on first use.
        foreach (var path in paths.Take(5))
            foreach (var unit in extractor.Extract(DocumentReaders.Default.Read(path, Path.GetFileName(path)), manifest.For(Path.GetFileName(path))).Units)
                tagger.Tag(unit.FullText);

        var clock = Stopwatch.StartNew();
        foreach (var path in paths) texts.Add(DocumentReaders.Default.Read(path, Path.GetFileName(path)));
        var read = clock.Elapsed.TotalMilliseconds;

        clock.Restart();
        foreach (var text in texts) reviews.Add(extractor.Extract(text, manifest.For(text.SourceFile)));
        var layout = clock.Elapsed.TotalMilliseconds;

        clock.Restart();
        var tagged = reviews.Select(r => r with { Units = r.Units.Select(u => u with { Themes = tagger.Tag(u.FullText) }).ToList() }).ToList();
        var tag = clock.Elapsed.TotalMilliseconds;

        var folder = System.IO.Directory.CreateTempSubdirectory("ls-bench-profile-");
        try
        {
            clock.Restart();
            using (var directory = new SimpleFSDirectory(folder))
            using (var writer = new IndexWriter(directory, new IndexWriterConfig(BritishEnglishAnalyzer.Version, new BritishEnglishAnalyzer())
                   { OpenMode = OpenMode.CREATE, Codec = new UnitIndexCodec(), Similarity = new BM25Similarity(), RAMBufferSizeMB = 64 }))
            {
                foreach (var review in tagged)
                {
                    foreach (var unit in review.Units) writer.AddDocument(UnitDocuments.ForUnit(unit, review.Review));
                    writer.AddDocument(UnitDocuments.ForReview(new IndexedReview(review.Review, review.Count(UnitKind.Recommendation), review.Count(UnitKind.Action),
                        review.Count(UnitKind.Finding), review.Coverage.Fraction, review.Warnings, "profile")));
                }
                writer.Commit();
            }
            var index = clock.Elapsed.TotalMilliseconds;
            return new BuildBreakdown(paths.Count, tagged.Sum(r => r.Units.Count), Math.Round(read, 1), Math.Round(layout, 1), Math.Round(tag, 1), Math.Round(index, 1));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
