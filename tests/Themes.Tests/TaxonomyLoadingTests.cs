using System.Reflection;

namespace LearningSearch.Themes.Tests;

public class TaxonomyLoadingTests
{
    private static readonly string[] RequiredIds =
    [
        "was-not-brought", "think-family", "supervision", "fathers-hidden-men", "information-sharing", "voice-of-child",
        "professional-curiosity", "escalation", "parental-mental-health", "substance-misuse", "domestic-abuse", "neglect",
        "sexual-abuse-exploitation", "criminal-exploitation", "early-help", "assessment", "record-keeping",
        "multi-agency-working", "training-learning", "supervision-orders-courts", "injuries-medical", "pre-birth-infants",
        "safer-sleep", "housing", "looked-after-children", "child-mental-health", "education", "disabled-children",
        "race-culture-faith", "transitions-moves", "workforce-capacity", "quality-assurance", "police-powers",
    ];

    [Fact]
    public void ShippedTaxonomy_ShouldHaveEveryThemeTheIssueAsksFor()
    {
        var ids = Shipped.Taxonomy.Themes.Select(t => t.Id).ToArray();

        Assert.Empty(RequiredIds.Except(ids));
        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact]
    public void EveryShippedTheme_ShouldHaveALabelADefinitionPhrasesAndSynonyms()
    {
        foreach (var theme in Shipped.Taxonomy.Themes)
        {
            Assert.False(string.IsNullOrWhiteSpace(theme.Label), theme.Id);
            Assert.True(theme.Definition.Length > 80, $"{theme.Id}: a definition should be a real paragraph");
            Assert.NotEmpty(theme.Phrases);
            Assert.NotEmpty(theme.Synonyms);
        }
    }

    [Fact]
    public void FindingAThemeById_ShouldReturnItsLabel_AndNothingForAnUnknownId()
    {
        Assert.Equal("Was Not Brought", Shipped.Taxonomy.Find("was-not-brought")?.Label);
        Assert.Null(Shipped.Taxonomy.Find("no-such-theme"));
    }

    [Fact]
    public void TheFileBesideTheAssembly_ShouldBeWhatLoadDefaultReads()
    {
        Assert.Equal(Taxonomy.FileName, Path.GetFileName(Shipped.Taxonomy.SourceName));
    }

    [Fact]
    public void TheEmbeddedCopy_ShouldHoldTheSameThemesAsTheFile()
    {
        using var stream = typeof(Taxonomy).Assembly.GetManifestResourceStream(Taxonomy.ResourceName);
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);

        var embedded = Taxonomy.Parse(reader.ReadToEnd(), Taxonomy.ResourceName);

        Assert.Equal(Shipped.Taxonomy.Themes.Select(t => t.Id), embedded.Themes.Select(t => t.Id));
        Assert.Equal(Shipped.Taxonomy.Themes.Sum(t => t.Phrases.Count), embedded.Themes.Sum(t => t.Phrases.Count));
    }

    [Fact]
    public void SupervisionTheme_ShouldGiveWayToTheCourtsThemeAsTheIssueDescribes()
    {
        var supervision = Shipped.Taxonomy.Find("supervision")!;

        Assert.Contains("supervision order", supervision.Exclusions);
        Assert.Contains("supervision-orders-courts", supervision.ExcludeWhenTagged);
    }

    [Fact]
    public void AFileWithComments_ShouldLoad_BecauseTrainersAnnotateWhatTheyChange()
    {
        const string json = """
            {
              // added after the 2024 learning event
              "themes": [
                { "id": "safer-sleep", "label": "Safer sleep", "definition": "Sleeping safely.",
                  "phrases": ["co-sleeping"], "synonyms": ["SUDI"], },
              ],
            }
            """;

        var taxonomy = Taxonomy.Parse(json, "annotated.json");

        Assert.Equal("safer-sleep", Assert.Single(taxonomy.Themes).Id);
    }

    [Fact]
    public void LoadingAMissingFile_ShouldNameTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid(), "taxonomy.json");

        var error = Assert.Throws<TaxonomyException>(() => Taxonomy.Load(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PublicTypes_ShouldLiveInTheThemesNamespace()
    {
        // The taxonomy and its tagger, the theme model, and the practitioners' vocabulary beside them; the loaders and phrase machinery stay internal.
        var outside = typeof(Taxonomy).Assembly.GetExportedTypes().Where(t => t.Namespace is not ("LearningSearch.Themes" or "LearningSearch.Themes.Vocabulary" or "LearningSearch.Themes.Model"));

        Assert.Empty(outside.Select(t => t.FullName));
        Assert.NotNull(typeof(Taxonomy).GetMethod(nameof(Taxonomy.LoadDefault), BindingFlags.Public | BindingFlags.Static));
    }
}
