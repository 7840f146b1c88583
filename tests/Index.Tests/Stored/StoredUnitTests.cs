using System.Text.Json;
using System.Text.Json.Nodes;
using LearningSearch.Index.Schema;
using LearningSearch.Index.Units;
using LearningSearch.Indexer.Corpus;
using LearningSearch.Indexer.Indexing;
using LearningSearch.Indexer.Model;

namespace LearningSearch.Index.Tests.Stored;

/// <summary>
/// Every search reads its page of units back from the JSON stored in the index. The reader and writer are generated
/// at build time, and what a unit derives from its other fields is not stored, for speed; an index written before
/// that must still read, and nothing a unit holds may be lost.
/// </summary>
public sealed class StoredUnitTests
{
    // The sample reviews read and tagged as the build reads them, so that units carry themes and their evidence.
    private static readonly Lazy<CorpusExtraction> Tagged = new(() => new CorpusReader(IndexerServices.CreateExtractor()).ReadAll(SampleCorpus.FindCorpus()));

    // What the index held before the JSON code was generated: reflection over the model with web names.
    private static readonly JsonSerializerOptions Reflection = new(JsonSerializerDefaults.Web);

    [Fact]
    public void EveryUnitOfTheSampleReviews_ShouldBeStoredWithoutWhatItDerives_AndReadBackWhole()
    {
        var units = Tagged.Value.Reviews.SelectMany(r => r.Units.Select(u => (Unit: u, r.Review))).ToList();
        Assert.True(units.Count > 400);
        foreach (var (unit, review) in units)
        {
            var document = UnitDocuments.ForUnit(unit, review);
            var stored = JsonNode.Parse(UnitDocuments.StoredText(document))!.AsObject();
            var whole = JsonNode.Parse(JsonSerializer.Serialize(unit, Reflection))!.AsObject();
            Assert.True(whole.Remove("fullText") && whole.Remove("agency"));
            Assert.True(JsonNode.DeepEquals(whole, stored), $"{unit.Id} is stored differently");

            var read = UnitDocuments.ReadUnit(document);
            Assert.Equal(JsonSerializer.Serialize(unit, Reflection), JsonSerializer.Serialize(read, Reflection));
        }
    }

    [Fact]
    public void AUnitStoredByAnEarlierBuild_ShouldReadWithItsThemesEvidenceAndDetails()
    {
        var unit = Tagged.Value.Reviews.SelectMany(r => r.Units).First(u => u.Themes.Count > 0 && u.Details.Count > 0 && u.Agencies.Count > 0);
        var review = Tagged.Value.Reviews.First(r => r.Units.Contains(unit)).Review;
        var earlier = UnitDocuments.ForUnit(unit, review);
        IndexFields.Json.Remove(earlier);
        IndexFields.Json.Add(earlier, JsonSerializer.Serialize(unit, Reflection));

        var read = UnitDocuments.ReadUnit(earlier);

        Assert.Equal(unit.Id, read.Id);
        Assert.Equal(unit.Kind, read.Kind);
        Assert.Equal(unit.Agencies, read.Agencies);
        Assert.Equal(unit.Details, read.Details);
        Assert.Equal(unit.Lines, read.Lines);
        Assert.Equal(unit.Themes.Select(t => (t.ThemeId, t.Evidence.Count)), read.Themes.Select(t => (t.ThemeId, t.Evidence.Count)));
        Assert.Equal(unit.Themes.SelectMany(t => t.Evidence), read.Themes.SelectMany(t => t.Evidence));
    }
}
