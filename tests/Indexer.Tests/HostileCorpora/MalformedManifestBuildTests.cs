using LearningSearch.Index;
using LearningSearch.Indexer.CommandLine;
using LearningSearch.Indexer.Corpus;
using LearningSearch.Indexer.Indexing;

namespace LearningSearch.Indexer.Tests.HostileCorpora;

/// <summary>A manifest with a mistake costs the entries it spoils, not the build.</summary>
public sealed class MalformedManifestBuildTests : IDisposable
{
    private readonly string _corpus = Directory.CreateTempSubdirectory("ls-corpus-").FullName;
    private readonly string _index = Directory.CreateTempSubdirectory("ls-index-").FullName;
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    public MalformedManifestBuildTests()
    {
        File.WriteAllText(Path.Combine(_corpus, "a.txt"), "Plan A\n\nRecommendation 1\n\nSupervision of staff must be recorded in every case.\n");
        File.WriteAllText(Path.Combine(_corpus, "b.txt"), "Plan B\n\nRecommendation 1\n\nFathers must be included in assessments.\n");
    }

    [Fact]
    public void AnEntryWithAMistypedYear_ShouldCostThatEntryAloneAndBeReported()
    {
        File.WriteAllText(Path.Combine(_corpus, Manifest.FileName), """
            { "reviews": [
                { "file": "a.txt", "id": "plan-a", "year": "twenty twenty" },
                { "file": "b.txt", "id": "plan-b", "title": "Plan B, as published" }
            ] }
            """);

        Assert.Equal(0, IndexerCommandLine.Run(["build", "--corpus", _corpus, "--index", _index], _out, _err));

        var report = _out.ToString();
        Assert.Contains("warning: manifest.json: entry 1 (a.txt) could not be read", report, StringComparison.Ordinal);
        Assert.Contains("2 units from 2 documents", report, StringComparison.Ordinal);
        var ids = IndexedReviewIds.Of(new IndexLocation(_index));
        Assert.Equal("a.txt", ids["a"]); // no entry: the id is made from the file name
        Assert.Equal("b.txt", ids["plan-b"]);
    }

    [Fact]
    public void ExtractingWithAManifestThatIsNotJson_ShouldReadEveryDocumentAndWarn()
    {
        File.WriteAllText(Path.Combine(_corpus, Manifest.FileName), "{ \"reviews\": [ {");

        Assert.Equal(0, IndexerCommandLine.Run(["extract", "--corpus", _corpus], _out, _err));

        Assert.Contains("warning: manifest.json is not valid JSON", _err.ToString(), StringComparison.Ordinal);
        Assert.Contains("file a.txt, layout", _out.ToString(), StringComparison.Ordinal);
        Assert.Contains("file b.txt, layout", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AddingWhileTheManifestIsBroken_ShouldBeRefusedSoNoEntryIsLost()
    {
        var broken = "{ \"reviews\": [ { \"file\": \"a.txt\", \"title\": \"Plan A\" ";
        File.WriteAllText(Path.Combine(_corpus, Manifest.FileName), broken);
        var file = Path.Combine(Directory.CreateTempSubdirectory("ls-new-").FullName, "c.txt");
        File.WriteAllText(file, "Plan C\n\nRecommendation 1\n\nEarly help must be offered.\n");

        Assert.Equal(2, IndexerCommandLine.Run(["add", file, "--corpus", _corpus, "--index", _index], _out, _err));

        Assert.StartsWith("c.txt was not added, as add writes the corpus manifest and it cannot be read whole: manifest.json is not valid JSON", _err.ToString(), StringComparison.Ordinal);
        Assert.Equal(broken, File.ReadAllText(Path.Combine(_corpus, Manifest.FileName)));
        Assert.False(File.Exists(Path.Combine(_corpus, "c.txt")));
    }

    public void Dispose()
    {
        Directory.Delete(_corpus, true);
        Directory.Delete(_index, true);
    }
}
