using System.Diagnostics;
using System.Globalization;
using LearningSearch.Indexer.Corpus;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.TrainBlockReader;

/// <summary>
/// What the learned reader costs the indexer: the corpus's documents read into units again and again, by the rules
/// alone and by the rules and the learned reader (as the product reads them), timed after a first untimed round so
/// that compiled patterns and the model's loading are not counted. Files are read once; the themes are not tagged.
/// </summary>
public static class ReadingCost
{
    public static void Run(string corpus, int rounds)
    {
        var manifest = Manifest.Load(corpus);
        var texts = new CorpusReader(new ReviewExtractor(rulesOnly: true)).Documents(corpus)
            .Select(path => DocumentReaders.Default.Read(path, Path.GetFileName(path))).ToList();
        Console.WriteLine($"{texts.Count} documents of {corpus}, {rounds} rounds each\n\n| reading | ms per round | documents per second | units per second | read by the learned reader |\n|---|---:|---:|---:|---:|");
        foreach (var (name, extractor) in new[] { ("rules only", new ReviewExtractor(rulesOnly: true)), ("rules and the learned reader", new ReviewExtractor()) })
        {
            var read = texts.Select(t => extractor.Extract(t, manifest.For(t.SourceFile))).ToList();
            var clock = Stopwatch.StartNew();
            for (var round = 0; round < rounds; round++)
                foreach (var text in texts) extractor.Extract(text, manifest.For(text.SourceFile));
            var seconds = clock.Elapsed.TotalSeconds;
            var units = read.Sum(r => r.Units.Count);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {seconds * 1000 / rounds:F0} | {texts.Count * rounds / seconds:F1} | {units * rounds / seconds:F0} | {read.Count(r => r.Review.Layout == nameof(LearningSearch.Indexer.Layouts.LearnedBlocks.LearnedBlockLayout))} of {read.Count} |"));
        }
    }
}
