using System.Text.Json;
using LearningSearch.Index.Schema;
using LearningSearch.Index.Stored;
using LearningSearch.Index.Units;
using LearningSearch.Indexer.Corpus;
using LearningSearch.Indexer.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace LearningSearch.Index.Tests.Schema;

/// <summary>
/// The field objects write every unit and review of the bundled corpus exactly as indexes were written before them
/// (the same fields, in the same order, with the same values and options), so indexes built before still answer the same.
/// </summary>
public sealed class UnitDocumentsTests
{
    private static readonly Lazy<CorpusExtraction> Tagged = new(() => new CorpusReader(IndexerServices.CreateExtractor()).ReadAll(SampleCorpus.FindCorpus()));

    [Fact]
    public void EveryUnitOfTheSampleReviews_ShouldBeWrittenAsBeforeTheFieldObjects()
    {
        var units = 0;
        foreach (var review in Tagged.Value.Reviews)
        {
            foreach (var unit in review.Units)
            {
                Assert.Equal(Describe(Earlier.ForUnit(unit, review.Review)), Describe(UnitDocuments.ForUnit(unit, review.Review)));
                units++;
            }
            var indexed = new IndexedReview(review.Review, 1, 2, 3, 0.5, ["a warning"], "hash");
            Assert.Equal(Describe(Earlier.ForReview(indexed)), Describe(UnitDocuments.ForReview(indexed)));
        }
        Assert.True(units > 100, $"{units} units");
    }

    [Fact]
    public void AgencyAndStatus_ShouldBeLowerCasedOnceForWritingAndAskingAlike()
    {
        Assert.Equal(new Term("agency", "derbyshire police"), IndexFields.Agency.Term("Derbyshire Police"));
        Assert.Equal(new Term("status", "on track"), IndexFields.Status.Query("On track").Term);
        Assert.Equal(new Term("theme", "Was-Not-Brought"), IndexFields.Theme.Term("Was-Not-Brought"));
        Assert.Contains("source", IndexFields.OnReviewDocuments);
    }

    private static List<string> Describe(Document doc) => doc.Fields.Select(f =>
    {
        var type = f.IndexableFieldType;
        var value = f.GetBinaryValue() is { } bytes ? "bytes:" + Convert.ToHexString(bytes.Bytes, bytes.Offset, bytes.Length)
            : f.NumericType != NumericFieldType.NONE ? "number:" + f.GetInt64Value()
            : "text:" + f.GetStringValue();
        return $"{f.Name} {f.GetType().Name} indexed={type.IsIndexed} stored={type.IsStored} tokenized={type.IsTokenized} norms={!type.OmitNorms} " +
            $"options={type.IndexOptions} docValues={type.DocValueType} {value}";
    }).ToList();

    /// <summary>How documents were written before the field objects (UnitDocuments at the commit before them), kept as the reference.</summary>
    private static class Earlier
    {
        private static readonly FieldType WordPairsType = new(TextField.TYPE_NOT_STORED) { OmitNorms = true };

        public static Document ForUnit(LearningUnit unit, Review review)
        {
            var doc = new Document
            {
                new StringField("doc", "unit", Field.Store.NO),
                new StringField("id", unit.Id, Field.Store.YES),
                new StringField("review", review.Id, Field.Store.NO),
                new SortedDocValuesField("review_dv", new BytesRef(review.Id)),
                new StringField("kind", unit.Kind.Name(), Field.Store.NO),
                new SortedDocValuesField("kind_dv", new BytesRef(unit.Kind.Name())),
                new TextField("text", unit.FullText, Field.Store.NO),
                new Field("pairs", unit.FullText, WordPairsType),
                new StoredField("json", JsonSerializer.SerializeToUtf8Bytes(unit, StoredJson.Unit)),
            };
            if (unit.Number is not null) doc.Add(new StringField("number", unit.Number.ToLowerInvariant(), Field.Store.NO));
            if (unit.Heading is not null) doc.Add(new TextField("heading", unit.Heading, Field.Store.NO));
            if (unit.RecommendationId is not null) doc.Add(new StringField("recommendation", unit.RecommendationId, Field.Store.NO));
            if (unit.Status is not null)
            {
                doc.Add(new StringField("status", unit.Status.ToLowerInvariant(), Field.Store.NO));
                doc.Add(new SortedDocValuesField("status_dv", new BytesRef(unit.Status)));
            }
            if (review.Year is { } year)
            {
                doc.Add(new Int32Field("year", year, Field.Store.NO));
                doc.Add(new NumericDocValuesField("year_dv", year));
            }
            foreach (var agency in unit.Agencies)
            {
                doc.Add(new StringField("agency", agency.ToLowerInvariant(), Field.Store.NO));
                doc.Add(new SortedSetDocValuesField("agency_dv", new BytesRef(agency)));
            }
            foreach (var theme in unit.Themes)
            {
                doc.Add(new StringField("theme", theme.ThemeId, Field.Store.NO));
                doc.Add(new SortedSetDocValuesField("theme_dv", new BytesRef(theme.ThemeId)));
            }
            foreach (var theme in unit.ActionThemes)
                doc.Add(new StringField("actiontheme", theme.ThemeId, Field.Store.NO));
            return doc;
        }

        public static Document ForReview(IndexedReview review) => new()
        {
            new StringField("doc", "review", Field.Store.NO),
            new StringField("id", "review:" + review.Review.Id, Field.Store.YES),
            new StringField("review", review.Review.Id, Field.Store.NO),
            new StringField("source", review.Review.SourceFile, Field.Store.YES),
            new StoredField("json", JsonSerializer.Serialize(review, StoredJson.Default.IndexedReview)),
        };
    }
}
