using LearningSearch.Indexer.CommandLine;
using LearningSearch.Indexer.Corpus;

namespace LearningSearch.Indexer.Tests.CommandLine;

/// <summary>The indexer's command line as a training lead uses it.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _corpus = Directory.CreateTempSubdirectory("ls-corpus-").FullName;
    private readonly string _index = Directory.CreateTempSubdirectory("ls-index-").FullName;
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    private int Run(params string[] args) => IndexerCommandLine.Run(args, _out, _err);

    [Fact]
    public void ExtractOnAMissingFolder_ShouldSaySoAndFail()
    {
        Assert.Equal(2, Run("extract", "--corpus", Path.Combine(_corpus, "nope")));
        Assert.Contains("does not exist", _err.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ExtractOnAnEmptyFolder_ShouldSaySoAndFail()
    {
        Assert.Equal(2, Run("extract", "--corpus", _corpus));
        Assert.Contains("holds no documents", _err.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ExtractAsJsonLines_ShouldPrintOneObjectPerUnitWithTheNamedFields()
    {
        File.Copy(Path.Combine(SampleCorpus.FindCorpus(), "derby-derbyshire-lcspr-rds20-action-plan.txt"), Path.Combine(_corpus, "rds20.txt"));
        Assert.Equal(0, Run("extract", "--corpus", _corpus, "--format", "jsonl"));
        var lines = _out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(44, lines.Length);
        using var first = System.Text.Json.JsonDocument.Parse(lines[0]);
        foreach (var field in new[] { "id", "reviewId", "reviewTitle", "year", "kind", "number", "recommendationId", "agency", "status", "heading", "text", "lines", "themes" })
            Assert.True(first.RootElement.TryGetProperty(field, out _), field);
        Assert.Contains("no manifest entry", _err.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AddingAReview_ShouldCopyItWithItsManifestEntryAndIndexIt()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("ls-new-").FullName, "westshire-lcspr-2024.txt");
        File.WriteAllText(file, "Westshire Safeguarding Children Partnership\n\nRecommendation A\n\nAgencies should ensure fathers are included in assessments.\n\nWestshire County Council has updated its assessment guidance.\n");

        var code = Run("add", file, "--corpus", _corpus, "--index", _index, "--title", "Westshire LCSPR: Child W", "--year", "2024", "--type", "Local child safeguarding practice review");

        Assert.Equal(0, code);
        Assert.True(File.Exists(Path.Combine(_corpus, "westshire-lcspr-2024.txt")));
        var entry = Manifest.Load(_corpus).For("westshire-lcspr-2024.txt")!;
        Assert.Equal(2024, entry.Year);
        Assert.Equal("Westshire LCSPR: Child W", entry.Title);
        Assert.Contains("indexed 2 units", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Building_ShouldMakeTheMeaningVectorsWithProgress_AndReuseThemForUnchangedUnits()
    {
        File.Copy(Path.Combine(SampleCorpus.FindCorpus(), "derby-derbyshire-lcspr-rds20-action-plan.txt"), Path.Combine(_corpus, "rds20.txt"));
        Assert.Equal(0, Run("build", "--corpus", _corpus, "--index", _index));
        Assert.Contains("meaning vectors [##########] 100 % (44 of 44 units)", _out.ToString(), StringComparison.Ordinal);
        Assert.Contains("Meaning vectors: 44 units embedded, 0 reused", _out.ToString(), StringComparison.Ordinal);
        Assert.Single(Directory.EnumerateFiles(_index, "unit-vectors.lsuv", SearchOption.AllDirectories));

        var file = Path.Combine(Directory.CreateTempSubdirectory("ls-new-").FullName, "westshire-lcspr-2024.txt");
        File.WriteAllText(file, "Westshire Safeguarding Children Partnership\n\nRecommendation A\n\nAgencies should ensure fathers are included in assessments.\n\nWestshire County Council has updated its assessment guidance.\n");
        Assert.Equal(0, Run("add", file, "--corpus", _corpus, "--index", _index, "--year", "2024"));
        Assert.Contains("Meaning vectors: 2 units embedded, 44 reused from the previous generation.", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void BuildingWithoutMeaning_ShouldMakeNoVectors()
    {
        File.Copy(Path.Combine(SampleCorpus.FindCorpus(), "derby-derbyshire-lcspr-rds20-action-plan.txt"), Path.Combine(_corpus, "rds20.txt"));
        Assert.Equal(0, Run("build", "--corpus", _corpus, "--index", _index, "--no-meaning"));
        Assert.DoesNotContain("Meaning vectors", _out.ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(_index, "unit-vectors.lsuv", SearchOption.AllDirectories));
    }

    [Fact]
    public void AddingAnUnreadableFile_ShouldLeaveTheCorpusUntouched()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("ls-new-").FullName, "scan.txt");
        File.WriteAllBytes(file, [0, 0, 1, 2, 3, 0]);
        Assert.Equal(1, Run("add", file, "--corpus", _corpus, "--index", _index));
        Assert.Contains("scan.txt was not added", _err.ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(_corpus));
    }

    [Fact]
    public void AddingWithABadYear_ShouldSayWhatAYearLooksLike()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("ls-new-").FullName, "x.txt");
        File.WriteAllText(file, "Recommendation A\n\nDo better.\n");
        Assert.Equal(2, Run("add", file, "--corpus", _corpus, "--year", "twenty"));
        Assert.Contains("--year must be a year", _err.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Directory.Delete(_corpus, true);
        Directory.Delete(_index, true);
    }
}
