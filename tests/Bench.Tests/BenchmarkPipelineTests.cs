using LearningSearch.Bench.Measuring;
using LearningSearch.Bench.Generation;
using LearningSearch.Bench.Running;
using LearningSearch.Themes;

namespace LearningSearch.Bench.Tests;

/// <summary>
/// The whole benchmark, run small so that it cannot rot: ten reviews, a few searches per class, three seconds of
/// HTTP load on loopback. The figures themselves are not judged here, only that every phase produced them.
/// </summary>
public sealed class BenchmarkPipelineTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("ls-bench-run-");

    [Fact]
    public async Task ARunOnTenReviews_ShouldBuildSearchCompareWithFts5AndServeHttpWithoutErrors()
    {
        var options = new RunOptions
        {
            Reviews = 10,
            Seed = 3,
            Iterations = 8,
            HttpSeconds = 3,
            HttpWorkers = 2,
            ProfileDocuments = 3,
            // Java Lucene has its own test (PeerTests), skipped where java is not installed; the normal test run needs no Java.
            LuceneJava = false,
            WorkFolder = Path.Combine(_work.FullName, "work"),
            OutFolder = Path.Combine(_work.FullName, "results"),
            Command = "smoke test",
        };
        using var log = new StringWriter();

        var result = await new BenchRun(options, log).Execute(CancellationToken.None);
        var (json, markdown) = ResultReport.Save(result, options.OutFolder);

        Assert.Equal(10, result.Build.Documents);
        Assert.Equal(0, result.Build.Skipped);
        Assert.True(result.Build.Units > 500, $"only {result.Build.Units} units from ten reviews");
        Assert.True(result.Build.IndexBytes > 0 && result.Build.PeakWorkingSetBytes > 0);
        Assert.All(QueryMix.Classes, c => Assert.Equal(8, result.InProcess.Classes[c].Count));
        Assert.All(QueryMix.Classes, c => Assert.True(result.InProcess.Classes[c].P50 > 0));
        Assert.Equal(result.Build.Units, result.Fts5.Units);
        Assert.All(QueryMix.Classes, c => Assert.Equal(8, result.Fts5.Classes[c].Count));
        Assert.All(QueryMix.Classes, c => Assert.Equal(8, result.Fts5.TopOnly[c].Count));
        Assert.True(result.Fts5.MmapBytes >= result.Fts5.DatabaseBytes, "FTS5's database should be memory-mapped whole");
        Assert.True(result.InProcess.WarmUp.Rounds >= 3);
        Assert.Null(result.LuceneJava);
        Assert.Contains(result.Fts5.Totals, t => t.Value > 0);
        Assert.True(result.InProcess.RecurrenceColdMs > 0);
        Assert.True(result.InProcess.RecurrenceFromScratch?.P50 > 0, "the product's recurrence should be timed again from scratch, past its cache");
        Assert.Contains(result.Comparison, c => c.Class == "RecurrenceCold" && c.Fts5P50 > 0);
        Assert.NotNull(result.Http);
        Assert.True(result.Http.Load.Requests > 0, log.ToString());
        Assert.Equal(0, result.Http.Load.Errors);
        Assert.True(result.Http.ServerPeakWorkingSetBytes > 0);
        Assert.Equal(200, result.Http.RecurrenceStatus);
        Assert.True(result.Http.RecurrenceBytes > 0);
        Assert.Equal(5, result.Comparison.Count);
        Assert.Equal(result.Corpus.Reviews, ResultReport.Load(json).Corpus.Reviews);
        Assert.Contains("| Word |", File.ReadAllText(markdown));
        Assert.Contains("FTS5 top 20", File.ReadAllText(markdown));
        Assert.Contains("Cached: LearningSearch's answer", File.ReadAllText(markdown));
    }

    [Fact]
    public void TheTaggingProfile_ShouldTimeTheUnitsAndThenEveryThemeOnTheSlowest()
    {
        var corpus = Path.Combine(_work.FullName, "corpus");
        new SyntheticCorpus(SampleUnits.Read(Path.Combine(RepositoryRoot.Find(), "corpus")), Taxonomy.LoadDefault()).Generate(3, seed: 5, corpus);
        using var output = new StringWriter();

        TaggingProfile.Run(corpus, documents: 3, output);

        var text = output.ToString();
        Assert.Matches(@"^[\d,]+ units, ", text);
        Assert.Contains("Themes on the slowest unit", text);
        Assert.Contains("supervision", text);
    }

    public void Dispose() => _work.Delete(recursive: true);
}
