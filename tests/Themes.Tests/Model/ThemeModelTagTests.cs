using System.Runtime.InteropServices;
using System.Text.Json;
using LearningSearch.Themes.Model;

namespace LearningSearch.Themes.Tests.Model;

/// <summary>
/// The theme model finds a theme written in words the phrases do not know, says why with the labelled units it is close
/// to, and never overrules a trainer: a theme's exclusions win, and a theme switched to "modelTags": false is left to the phrases.
/// </summary>
public sealed class ThemeModelTagTests(SentenceModel sentences) : IClassFixture<SentenceModel>
{
    private static readonly Lazy<ThemeTagger> Shipped = new(() => new ThemeTagger(Taxonomy.LoadDefault(), ThemeModel.LoadDefault()));

    [Fact]
    public void TheShippedModel_ShouldReadTheVectorsOfTheServicesSentenceModel()
    {
        Assert.Equal(sentences.Encoder.ModelName, ThemeModel.LoadDefault().SentenceModel);
        Assert.Equal(sentences.Encoder.Dimensions, ThemeModel.LoadDefault().Dimensions);
    }

    [Fact]
    public void ATagOfTheModel_ShouldComeWithTheNearestLabelledUnitsAndItsProbability()
    {
        // Information sharing in words none of its phrases use: "pass on every notification".
        const string text = "The police should pass on every notification about a child to the school nurse within a day.";
        Assert.DoesNotContain(Shipped.Value.Tag(text), t => t.ThemeId == "information-sharing");
        var tags = Shipped.Value.Tag(text, sentences.Vector(text));
        var fromModel = tags.Where(t => t.FromModel).ToList();
        Assert.Contains(fromModel, t => t.ThemeId == "information-sharing");
        Assert.All(fromModel, t =>
        {
            Assert.Empty(t.Evidence);
            Assert.InRange(t.Score, ThemeModel.LoadDefault().ThresholdOf(t.ThemeId), 1);
            Assert.NotEmpty(t.Examples!);
            Assert.All(t.Examples!, e => Assert.False(string.IsNullOrWhiteSpace(e.UnitId)));
        });
        // A theme the phrases tag is theirs, with its words, and the model does not tag it again.
        Assert.Equal(tags.Select(t => t.ThemeId).Distinct().Count(), tags.Count);
    }

    [Fact]
    public void AQuestionInOtherWords_ReadByTheVectorAlone_ShouldGetItsTheme()
    {
        // A question has no phrase evidence of a unit's kind; the weights that read the phrases' signals doubt it
        // (about 0.58 for this one), so the search reads questions by the vector-alone weights.
        var vector = sentences.Encoder.EncodeQuestion("nobody actually spoke to the kids on their own").Vector;
        var read = ThemeModel.LoadDefault().PredictFromVectorAlone(vector);
        Assert.Equal("voice-of-child", read[0].ThemeId);
        Assert.True(read[0].Probability >= 0.8, $"voice of the child at {read[0].Probability:F3}");
    }

    [Fact]
    public void WithoutAVectorOfItsModel_ThePhrasesAlone_ShouldTag()
    {
        const string text = "Health visitors should follow up every child who was not brought to a developmental review.";
        Assert.Equal(Shipped.Value.Tag(text).Select(t => t.ThemeId), Shipped.Value.Tag(text, new float[7]).Select(t => t.ThemeId));
    }

    [Fact]
    public void AThemesExclusion_ShouldWinOverTheModel()
    {
        // A model that gives supervision to every text: the court's "supervision order" is excluded from supervision by the taxonomy.
        var tagger = new ThemeTagger(Taxonomy.LoadDefault(), AlwaysSays("supervision"));
        const string text = "The local authority applied for a supervision order at the final hearing.";
        Assert.DoesNotContain(tagger.Tag(text, sentences.Vector(text)), t => t.ThemeId == "supervision");
        const string other = "Managers should hold monthly sessions with each practitioner on their caseload.";
        Assert.Contains(tagger.Tag(other, sentences.Vector(other)), t => t.ThemeId == "supervision" && t.FromModel);
    }

    [Fact]
    public void AThemeSwitchedOffForTheModel_ShouldBeTaggedByItsPhrasesAlone()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, Taxonomy.FileName));
        var switchedOff = json.Replace("\"id\": \"supervision\",", "\"id\": \"supervision\",\n      \"modelTags\": false,", StringComparison.Ordinal);
        Assert.NotEqual(json, switchedOff);
        var tagger = new ThemeTagger(Taxonomy.Parse(switchedOff, "taxonomy.json"), AlwaysSays("supervision"));
        const string text = "Managers should hold monthly sessions with each practitioner on their caseload.";
        Assert.DoesNotContain(tagger.Tag(text, sentences.Vector(text)), t => t.ThemeId == "supervision");
    }

    [Fact]
    public void ATaxonomyWhoseModelTagsIsNotTrueOrFalse_ShouldBeRefusedSayingSo()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, Taxonomy.FileName))
            .Replace("\"id\": \"supervision\",", "\"id\": \"supervision\",\n      \"modelTags\": \"no\",", StringComparison.Ordinal);
        var refused = Assert.Throws<TaxonomyException>(() => Taxonomy.Parse(json, "taxonomy.json"));
        Assert.Contains("modelTags must be true or false", refused.Message);
    }

    [Fact]
    public void AThemeWithItsOwnThreshold_ShouldBeTaggedAtItAndAThemeWithoutOne_AtTheSharedThreshold()
    {
        // Three themes the model is 73 % sure of for any text (bias 1): supervision's own threshold is 0.7, so it is
        // tagged; voice of the child's is 0.8, so it is not; think family has none and keeps the shared 0.75, so it is not.
        var weights = Convert.ToBase64String(MemoryMarshal.AsBytes(new float[384].AsSpan()).ToArray());
        const string text = "Managers should hold monthly sessions with each practitioner on their caseload.";
        var vector = Convert.ToBase64String(MemoryMarshal.AsBytes(sentences.Vector(text).AsSpan()).ToArray());
        var model = ThemeModel.Parse(JsonSerializer.Serialize(new
        {
            sentenceModel = sentences.Encoder.ModelName,
            threshold = 0.75,
            themes = new object[]
            {
                new { id = "supervision", threshold = 0.7, bias = 1f, weights },
                new { id = "voice-of-child", threshold = 0.8, bias = 1f, weights },
                new { id = "think-family", bias = 1f, weights },
            },
            examples = new[] { new { id = "example/rec-1", text, themes = new[] { "supervision", "voice-of-child", "think-family" }, vector } },
        }), "test model");

        Assert.Equal(0.7, model.ThresholdOf("supervision"));
        Assert.Equal(0.75, model.ThresholdOf("think-family"));
        var fromModel = new ThemeTagger(Taxonomy.LoadDefault(), model).Tag(text, sentences.Vector(text)).Where(t => t.FromModel).Select(t => t.ThemeId).ToList();
        Assert.Equal(["supervision"], fromModel);
    }

    [Fact]
    public void ALoneWeakWordThePhrasesDoNotTagOnItsOwn_ShouldBeWeighedByTheModel()
    {
        // A model that reads only record-keeping's phrase score: "records" alone (weak) scores about 0.33, short of a
        // phrase tag, and here tips the model; a text with no record-keeping word at all stays untagged.
        var signalWeights = new float[384 + 2];
        signalWeights[384] = 30;
        var model = ThemeModel.Parse(JsonSerializer.Serialize(new
        {
            sentenceModel = sentences.Encoder.ModelName,
            threshold = 0.5,
            phraseSignals = new[] { "record-keeping" },
            themes = new[] { new { id = "record-keeping", bias = -5f, weights = Convert.ToBase64String(MemoryMarshal.AsBytes(signalWeights.AsSpan()).ToArray()) } },
            examples = Array.Empty<object>(),
        }), "test model");
        Assert.Equal(384, model.Dimensions);
        var tagger = new ThemeTagger(Taxonomy.LoadDefault(), model);

        const string weak = "The health visitor should check the records before the visit.";
        Assert.DoesNotContain(tagger.Tag(weak), t => t.ThemeId == "record-keeping");
        Assert.Contains(tagger.Tag(weak, sentences.Vector(weak)), t => t.ThemeId == "record-keeping" && t.FromModel);
        const string none = "The health visitor should visit the family every week.";
        Assert.DoesNotContain(tagger.Tag(none, sentences.Vector(none)), t => t.ThemeId == "record-keeping");
    }

    /// <summary>A real model of one theme whose bias makes it certain of that theme for any vector.</summary>
    private ThemeModel AlwaysSays(string themeId)
    {
        var weights = Convert.ToBase64String(MemoryMarshal.AsBytes(new float[384].AsSpan()).ToArray());
        var example = sentences.Vector("Supervision sessions should be held every month and recorded.");
        var json = JsonSerializer.Serialize(new
        {
            sentenceModel = sentences.Encoder.ModelName,
            threshold = 0.5,
            themes = new[] { new { id = themeId, bias = 20f, weights } },
            examples = new[] { new { id = "example/rec-1", text = "Supervision sessions should be held every month and recorded.", themes = new[] { themeId }, vector = Convert.ToBase64String(MemoryMarshal.AsBytes(example.AsSpan()).ToArray()) } },
        });
        return ThemeModel.Parse(json, "test model");
    }
}
