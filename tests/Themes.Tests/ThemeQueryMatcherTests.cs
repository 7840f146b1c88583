namespace LearningSearch.Themes.Tests;

/// <summary>A practitioner types a few words; the search learns which themes they mean and how else they are written.</summary>
public class ThemeQueryMatcherTests
{
    [Theory]
    [InlineData("DNA")]
    [InlineData("dna")]
    [InlineData("missed appointments")]
    [InlineData("did not attend")]
    [InlineData("children not brought to clinic")]
    public void SearchingForMissedAppointments_ShouldMentionWasNotBrought(string query)
    {
        var match = Assert.Single(Shipped.Queries.Match(query));

        Assert.Equal("was-not-brought", match.Theme.Id);
    }

    [Fact]
    public void DnaTesting_ShouldNotMentionWasNotBrought()
    {
        Assert.DoesNotContain(Shipped.Queries.Match("DNA testing of the father"), m => m.Theme.Id == "was-not-brought");
    }

    [Fact]
    public void HiddenMen_ShouldMentionFathersAndHiddenMen()
    {
        var match = Assert.Single(Shipped.Queries.Match("hidden men"));

        Assert.Equal("fathers-hidden-men", match.Theme.Id);
        Assert.Equal("hidden men", match.MatchedText);
    }

    [Fact]
    public void SupervisionOrders_ShouldMentionTheCourtsTheme_NotSupervision()
    {
        var match = Assert.Single(Shipped.Queries.Match("supervision orders"));

        Assert.Equal("supervision-orders-courts", match.Theme.Id);
        Assert.Equal("supervision orders", match.MatchedText);
    }

    [Fact]
    public void AQueryNamingTwoThemes_ShouldMentionBoth_InTheOrderTyped()
    {
        var matches = Shipped.Queries.Match("core groups and reflective supervision");

        Assert.Equal(["multi-agency-working", "supervision"], matches.Select(m => m.Theme.Id));
        Assert.Equal(["core groups", "reflective supervision"], matches.Select(m => m.MatchedText));
    }

    [Fact]
    public void WasNotBroughtExpansions_ShouldIncludeThePractitionersOtherWords()
    {
        var expansions = Shipped.Queries.Match("was not brought").Single().Expansions;

        Assert.Contains("DNA", expansions);
        Assert.Contains("did not attend", expansions);
        Assert.Contains("missed appointment", expansions);
        Assert.Contains("WNB", expansions);
        Assert.Contains("no access visit", expansions);
    }

    [Fact]
    public void Expansions_ShouldBePlainPhrasesWithoutPatternSyntaxOrDuplicates()
    {
        foreach (var theme in Shipped.Taxonomy.Themes)
        {
            var match = Shipped.Queries.Match(theme.Synonyms.First(s => !s.StartsWith("weak:", StringComparison.Ordinal)).Split(" near:")[0])
                .First(m => m.Theme.Id == theme.Id);

            Assert.NotEmpty(match.Expansions);
            Assert.All(match.Expansions, e => Assert.DoesNotMatch(@"^(weak:|re:)|[*()|\[\]\\]|\.\.\.|near:", e));
            Assert.Equal(match.Expansions.Count, match.Expansions.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }
    }

    [Fact]
    public void ContextBoundPhrases_ShouldNotBeOfferedAsExpansions()
    {
        var expansions = Shipped.Queries.Match("was not brought").Single().Expansions;

        Assert.DoesNotContain("gain access", expansions);
        Assert.DoesNotContain("not bring", expansions);
    }

    [Fact]
    public void AThemeOfWeakWordsOnly_ShouldNotBeMentionedByEveryQuery()
    {
        var taxonomy = Taxonomy.Parse("""
            { "themes": [ { "id": "records", "label": "Records", "definition": "Records.", "phrases": ["weak:record", "weak:notes"], "synonyms": [] } ] }
            """, "weak-only.json");

        Assert.Empty(new ThemeQueryMatcher(taxonomy).Match("housing and records"));
    }

    [Fact]
    public void AQueryWithNoThemeWords_ShouldMentionNoTheme()
    {
        Assert.Empty(Shipped.Queries.Match("Derbyshire 2017 report"));
        Assert.Empty(Shipped.Queries.Match(""));
    }

    [Fact]
    public void LookingOnlyAtThemesWhoseWordsTheQueryHolds_ShouldFindWhatRunningEveryThemeFinds()
    {
        // What practitioners type: every phrase and synonym of the taxonomy as written and in capitals, and runs of one
        // to six words from every paragraph of the sample reviews (so words that begin a theme's phrase without
        // finishing it, possessives, hyphens and abbreviations all come up).
        var phrases = Shipped.Taxonomy.Parsed
            .SelectMany(t => t.Synonyms.Concat(t.Phrases))
            .Select(p => p.PlainText)
            .OfType<string>()
            .SelectMany(p => new[] { p, p.ToUpperInvariant(), "the " + p + "'s plan" });
        var runs = SampleReviews.Paragraphs
            .Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .SelectMany(words => Enumerable.Range(0, words.Length).Where(i => i % 3 == 0)
                .Select(i => string.Join(' ', words.Skip(i).Take(1 + (i % 6)))));
        var queries = phrases.Concat(runs).Distinct(StringComparer.Ordinal).ToList();
        Assert.True(queries.Count > 2_000, $"only {queries.Count} queries");

        var mentioned = 0;
        foreach (var query in queries)
        {
            var everyTheme = Describe(Shipped.Queries.Match(query, narrowFirst: false));
            Assert.Equal(everyTheme, Describe(Shipped.Queries.Match(query)));
            if (everyTheme.Length > 0) mentioned++;
        }

        // Enough of them mention a theme for the comparison to mean something.
        Assert.True(mentioned > 1_000, $"only {mentioned} queries mention a theme");

        static string Describe(IReadOnlyList<ThemeQueryMatch> matches) => string.Join(" | ", matches.Select(m => m.Theme.Id + ": " + m.MatchedText));
    }
}
