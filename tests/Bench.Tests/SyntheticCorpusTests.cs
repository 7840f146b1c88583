using LearningSearch.Bench.Generation;
using LearningSearch.Index.Units;
using LearningSearch.Indexer.Corpus;
using LearningSearch.Indexer.Indexing;
using LearningSearch.Indexer.Model;
using LearningSearch.Themes;

namespace LearningSearch.Bench.Tests;

/// <summary>The synthetic corpus: reviews in the five layouts that the real extractor reads back unit for unit.</summary>
public sealed class SyntheticCorpusTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("ls-bench-corpus-");

    private static readonly Lazy<SampleUnits> Samples = new(() => SampleUnits.Read(Path.Combine(RepositoryRoot.Find(), "corpus")));

    [Fact]
    public void TwentyGeneratedReviews_ShouldExtractToTheUnitsWrittenInEveryLayout()
    {
        var corpus = new SyntheticCorpus(Samples.Value, Taxonomy.LoadDefault()).Generate(20, seed: 7, _folder.FullName);
        var extraction = new CorpusReader(IndexerServices.CreateExtractor()).ReadAll(_folder.FullName);

        Assert.Equal(5, corpus.Layouts.Count);
        Assert.Empty(extraction.Skipped);
        Assert.Equal(20, extraction.Reviews.Count);
        var units = extraction.Reviews.Sum(r => r.Units.Count);
        Assert.InRange((double)units, corpus.PlannedUnits * 0.97, corpus.PlannedUnits * 1.03);
        Assert.InRange(units / 20.0, 60, 140);
        Assert.All(extraction.Reviews, r => Assert.Contains(r.Units, u => u.Kind == UnitKind.Recommendation));
        Assert.True(extraction.Reviews.SelectMany(r => r.Units).Count(u => u.Themes.Count > 0) > units / 2, "most units should carry a theme, as the sample units do");
    }

    [Fact]
    public void TheSameSeed_ShouldWriteTheSameDocuments_AndReviewOneShouldNotDependOnHowManyAreWritten()
    {
        var generator = new SyntheticCorpus(Samples.Value, Taxonomy.LoadDefault());
        var a = Path.Combine(_folder.FullName, "a");
        var b = Path.Combine(_folder.FullName, "b");
        generator.Generate(3, seed: 11, a);
        generator.Generate(5, seed: 11, b);

        foreach (var file in Directory.GetFiles(a, "*.txt"))
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(b, Path.GetFileName(file))));
        Assert.Equal(5, Manifest.Load(b).Entries.Count);
        Assert.Equal(Manifest.Load(a).Entries[0], Manifest.Load(b).Entries[0]);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
