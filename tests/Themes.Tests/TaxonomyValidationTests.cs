namespace LearningSearch.Themes.Tests;

/// <summary>
/// A training lead edits taxonomy.json by hand; every mistake must be refused with a message that names the
/// file, the theme and the problem. Each test writes a broken file to a temporary folder and loads it.
/// </summary>
public sealed class TaxonomyValidationTests : IDisposable
{
    private const string Valid = """
        { "id": "neglect", "label": "Neglect", "definition": "Neglect of children's needs.",
          "phrases": ["neglect", "weak:hygiene"], "synonyms": ["Graded Care Profile"] }
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("taxonomy-tests-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void TwoThemesWithOneId_ShouldBeRefused()
    {
        var message = LoadBroken("duplicate.json", Valid + "," + Valid);

        AssertNames(message, "duplicate.json", "neglect", "unique");
    }

    [Fact]
    public void AMisspeltKey_ShouldBeRefused_RatherThanSilentlyIgnored()
    {
        var message = LoadBroken("misspelt.json", """
            { "id": "housing", "label": "Housing", "definition": "Where families live.",
              "phrases": ["housing"], "synonym": ["tenancy"] }
            """);

        AssertNames(message, "misspelt.json", "housing", "unknown key 'synonym'");
    }

    [Fact]
    public void ARegularExpressionThatDoesNotCompile_ShouldBeRefused()
    {
        var message = LoadBroken("pattern.json", """
            { "id": "escalation", "label": "Escalation", "definition": "Escalating concerns.",
              "phrases": ["re:escalat(ion"], "synonyms": ["escalation"] }
            """);

        AssertNames(message, "pattern.json", "escalation", "re:escalat(ion", "not a valid pattern");
    }

    [Fact]
    public void AnExclusionNamingNoTheme_ShouldBeRefused()
    {
        var message = LoadBroken("exclusion.json", """
            { "id": "supervision", "label": "Supervision", "definition": "Supervision of practitioners.",
              "phrases": ["supervision"], "synonyms": ["reflective supervision"],
              "exclusions": ["supervision order"], "excludeWhenTagged": ["court-orders"] }
            """);

        AssertNames(message, "exclusion.json", "supervision", "'court-orders'", "no theme");
    }

    [Fact]
    public void AThemeWithoutALabel_ShouldBeRefused()
    {
        var message = LoadBroken("label.json", """
            { "id": "housing", "definition": "Where families live.", "phrases": ["housing"], "synonyms": [] }
            """);

        AssertNames(message, "label.json", "housing", "missing its label");
    }

    [Fact]
    public void AThemeWithAnEmptyDefinition_ShouldBeRefused()
    {
        var message = LoadBroken("definition.json", """
            { "id": "housing", "label": "Housing", "definition": " ", "phrases": ["housing"], "synonyms": [] }
            """);

        AssertNames(message, "definition.json", "housing", "empty definition");
    }

    [Fact]
    public void AThemeWithNoPhrases_ShouldBeRefused()
    {
        var message = LoadBroken("phrases.json", """
            { "id": "housing", "label": "Housing", "definition": "Where families live.", "phrases": [], "synonyms": ["tenancy"] }
            """);

        AssertNames(message, "phrases.json", "housing", "empty phrase list");
    }

    [Fact]
    public void APlainPhraseWithPatternCharacters_ShouldBeRefused_WithAHintToUseRe()
    {
        var message = LoadBroken("syntax.json", """
            { "id": "neglect", "label": "Neglect", "definition": "Neglect.", "phrases": ["neglect[ed]"], "synonyms": [] }
            """);

        AssertNames(message, "syntax.json", "neglect", "'neglect[ed]'", "re:");
    }

    [Fact]
    public void ASynonymWrittenAsAPattern_ShouldBeRefused_BecauseSynonymsAreSearchWords()
    {
        var message = LoadBroken("synonym.json", """
            { "id": "neglect", "label": "Neglect", "definition": "Neglect.", "phrases": ["neglect"], "synonyms": ["neglect*"] }
            """);

        AssertNames(message, "synonym.json", "neglect", "synonym 'neglect*'", "plain words");
    }

    [Fact]
    public void APatternThatMatchesNothingAtAll_ShouldBeRefused_BecauseItWouldTagEverything()
    {
        var message = LoadBroken("empty-match.json", """
            { "id": "neglect", "label": "Neglect", "definition": "Neglect.", "phrases": ["re:(neglect)?"], "synonyms": [] }
            """);

        AssertNames(message, "empty-match.json", "neglect", "empty text");
    }

    [Fact]
    public void AnIdWithCapitals_ShouldBeRefused()
    {
        var message = LoadBroken("id.json", """
            { "id": "Was Not Brought", "label": "Was Not Brought", "definition": "Appointments.", "phrases": ["not brought"], "synonyms": [] }
            """);

        AssertNames(message, "id.json", "Was Not Brought", "lower-case");
    }

    [Fact]
    public void TextThatIsNotJson_ShouldBeRefused_WithTheLine()
    {
        var path = Write("broken.json", "{ \"themes\": [ { \"id\": \"neglect\", }\n  oops ] }");

        var error = Assert.Throws<TaxonomyException>(() => Taxonomy.Load(path));

        AssertNames(error.Message, "broken.json", "not valid JSON", "line 2");
    }

    [Fact]
    public void SeveralMistakes_ShouldAllBeListed_SoTheyCanBeFixedInOneGo()
    {
        var path = Write("many.json", """
            { "themes": [
              { "id": "housing", "label": "Housing", "definition": "Homes.", "phrases": [], "synonyms": [] },
              { "id": "neglect", "label": "", "definition": "Neglect.", "phrases": ["neglect"], "synonyms": [], "colour": "red" }
            ] }
            """);

        var error = Assert.Throws<TaxonomyException>(() => Taxonomy.Load(path));

        Assert.Equal(3, error.Problems.Count);
        Assert.All(error.Problems, p => Assert.Contains("many.json", p, StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("'housing'", StringComparison.Ordinal) && p.Contains("empty phrase list", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("'neglect'", StringComparison.Ordinal) && p.Contains("'colour'", StringComparison.Ordinal));
    }

    [Fact]
    public void AValidFile_ShouldLoad()
    {
        var taxonomy = Taxonomy.Load(Write("valid.json", $$"""{ "themes": [ {{Valid}} ] }"""));

        Assert.Equal(["neglect"], taxonomy.Themes.Select(t => t.Id));
        Assert.Equal(["neglect", "weak:hygiene"], taxonomy.Find("neglect")!.Phrases);
    }

    private string LoadBroken(string fileName, string themes)
    {
        var path = Write(fileName, $$"""{ "themes": [ {{themes}} ] }""");
        return Assert.Throws<TaxonomyException>(() => Taxonomy.Load(path)).Message;
    }

    private string Write(string fileName, string json)
    {
        var path = Path.Combine(folder, fileName);
        File.WriteAllText(path, json);
        return path;
    }

    private static void AssertNames(string message, params string[] parts)
    {
        foreach (var part in parts)
        {
            Assert.Contains(part, message, StringComparison.Ordinal);
        }
    }
}
