using LearningSearch.Bench.Measuring;

namespace LearningSearch.Bench.Tests;

/// <summary>The benchmark's peers and its warm-up: Java Lucene given the same units and queries, or skipped when it cannot run.</summary>
public sealed class PeerTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("ls-bench-peers-");

    private static readonly IndexedUnit[] Units =
    [
        Unit(1, "Supervision of the health visitor was not reflective.", ["supervision"], "review-a", 2019, ["Kent NHS Trust"]),
        Unit(2, "Supervisors should ask about the voice of the child.\nWith a tab\there.", ["supervision", "voice-of-the-child"], "review-a", 2019, []),
        Unit(3, "The child was not brought to health appointments.", ["was-not-brought"], "review-b", 2021, ["Kent NHS Trust", "Kent Police"]),
        Unit(4, "Housing officers did not share information with the police.", ["information-sharing"], "review-b", 2021, ["Kent Police"]),
        Unit(5, "Think family: the father was not seen.", ["think-family", "fathers-hidden-men"], "review-c", null, []),
    ];

    private static readonly (BenchQuery, string, string)[] Queries =
    [
        (new BenchQuery(QueryClass.Word, "supervision"), "supervision", "\"supervision\" OR themes:supervision"),
        (new BenchQuery(QueryClass.Phrase, "\"voice of the child\""), "voice", "\"voice of the child\""),
        (new BenchQuery(QueryClass.Question, "children not brought to appointments"), "not brought", "\"brought\" OR \"appointments\" OR themes:wasnotbrought"),
        (new BenchQuery(QueryClass.ThemeFacets, "police", "information-sharing"), "police [theme=information-sharing]", "\"police\""),
    ];

    [JavaLuceneFact]
    public async Task JavaLucene_GivenFiveUnits_ShouldFindTheSameUnitsAsTheQueriesAskAndTimeEveryClass()
    {
        using var log = new StringWriter();

        var figures = await LuceneJavaPeer.Run(Units, Queries, _work.FullName, iterations: 6, log, CancellationToken.None);

        Assert.True(figures.Ran, log.ToString());
        Assert.Equal(5, figures.Units);
        Assert.Equal(1, figures.Segments);
        Assert.StartsWith("8.", figures.Version);
        // Stemmed as EnglishAnalyzer stems: "supervision" finds the two units tagged or worded so; the theme filter narrows "police" to one.
        Assert.Equal(2, figures.Totals["supervision"]);
        Assert.Equal(1, figures.Totals["voice"]);
        Assert.Equal(1, figures.Totals["not brought"]);
        Assert.Equal(1, figures.Totals["police [theme=information-sharing]"]);
        Assert.All(QueryMix.Classes, c => Assert.Equal(6, figures.TopOnly[c].Count));
        Assert.All(QueryMix.Classes, c => Assert.True(figures.WithFacets[c].P50 > 0));
        Assert.True(figures.WarmUpRounds >= 3);
    }

    [Fact]
    public async Task JavaLucene_WithoutItsJars_ShouldBeSkippedInOneLineNotFail()
    {
        var empty = _work.CreateSubdirectory("no-jars").FullName;
        using var log = new StringWriter();

        var figures = await LuceneJavaPeer.Run(Units, Queries, Path.Combine(_work.FullName, "run"), iterations: 6, log, CancellationToken.None, jarsFolder: empty);

        Assert.False(figures.Ran);
        Assert.NotNull(figures.SkippedBecause);
        Assert.Single(log.ToString().TrimEnd().Split('\n'));
        Assert.StartsWith("Java Lucene skipped: ", log.ToString());
    }

    [Fact]
    public void TheWarmUp_ShouldGoOnWhileTheMediansDrift_AndStopWhenTwoRoundsAgree()
    {
        var medians = new Queue<double>([4.8, 3.0, 2.0, 1.4, 1.3, 1.3, 1.3]);

        var report = WarmUp.UntilSettled(() => [medians.Dequeue()], leastRounds: 3, leastSeconds: 0);

        Assert.True(report.Settled);
        Assert.Equal(5, report.Rounds);
        Assert.Equal([4.8, 3.0, 2.0, 1.4, 1.3], report.RoundMedians);
    }

    [Fact]
    public void TheWarmUp_ShouldStopAtItsCap_AndSaySoWhenTheMediansNeverAgree()
    {
        var round = 0;

        var report = WarmUp.UntilSettled(() => [round++ % 2 == 0 ? 1.0 : 2.0], leastRounds: 3, leastSeconds: 0, mostRounds: 8);

        Assert.False(report.Settled);
        Assert.Equal(8, report.Rounds);
        Assert.Contains("not settled", report.Describe());
    }

    [Fact]
    public void AUnitsText_ShouldBeEscapedOntoOneLineForThePeer()
    {
        Assert.Equal("a\\tb\\nc\\\\d", LuceneJavaPeer.Escape("a\tb\nc\\d"));
        Assert.Equal("plain", LuceneJavaPeer.Escape("plain"));
    }

    private static IndexedUnit Unit(long id, string text, string[] themes, string review, int? year, string[] agencies) =>
        new(id, text, themes, review, "recommendation", year, agencies, $"{{\"id\":{id}}}");

    public void Dispose() => _work.Delete(recursive: true);
}
