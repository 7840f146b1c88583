using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LearningSearch.Index.Stored;
using LearningSearch.Index.Units;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace LearningSearch.Index.Schema;

/// <summary>Turns units and reviews into Lucene documents and back.</summary>
public static class UnitDocuments
{
    private static readonly FieldType WordPairsType = new(TextField.TYPE_NOT_STORED) { OmitNorms = true };

    public static Document ForUnit(LearningUnit unit, Review review)
    {
        var doc = new Document
        {
            new StringField(IndexFields.DocType, IndexFields.UnitDoc, Field.Store.NO),
            new StringField(IndexFields.Id, unit.Id, Field.Store.YES),
            new StringField(IndexFields.Review, review.Id, Field.Store.NO),
            new SortedDocValuesField(IndexFields.ReviewFacet, new BytesRef(review.Id)),
            new StringField(IndexFields.Kind, unit.Kind.Name(), Field.Store.NO),
            new SortedDocValuesField(IndexFields.KindFacet, new BytesRef(unit.Kind.Name())),
            new TextField(IndexFields.Text, unit.FullText, Field.Store.NO),
            new Field(IndexFields.WordPairs, unit.FullText, WordPairsType),
            new StoredField(IndexFields.Json, JsonSerializer.SerializeToUtf8Bytes(unit, StoredJson.Unit)),
        };
        if (unit.Number is not null) doc.Add(new StringField(IndexFields.Number, unit.Number.ToLowerInvariant(), Field.Store.NO));
        if (unit.Heading is not null) doc.Add(new TextField(IndexFields.Heading, unit.Heading, Field.Store.NO));
        if (unit.RecommendationId is not null) doc.Add(new StringField(IndexFields.Recommendation, unit.RecommendationId, Field.Store.NO));
        if (unit.Status is not null)
        {
            doc.Add(new StringField(IndexFields.Status, unit.Status.ToLowerInvariant(), Field.Store.NO));
            doc.Add(new SortedDocValuesField(IndexFields.StatusFacet, new BytesRef(unit.Status)));
        }
        if (review.Year is { } year)
        {
            doc.Add(new Int32Field(IndexFields.Year, year, Field.Store.NO));
            doc.Add(new NumericDocValuesField(IndexFields.YearFacet, year));
        }
        foreach (var agency in unit.Agencies)
        {
            doc.Add(new StringField(IndexFields.Agency, agency.ToLowerInvariant(), Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(IndexFields.AgencyFacet, new BytesRef(agency)));
        }
        foreach (var theme in unit.Themes)
        {
            doc.Add(new StringField(IndexFields.Theme, theme.ThemeId, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(IndexFields.ThemeFacet, new BytesRef(theme.ThemeId)));
        }
        foreach (var theme in unit.ActionThemes)
            doc.Add(new StringField(IndexFields.ActionTheme, theme.ThemeId, Field.Store.NO));
        return doc;
    }

    public static Document ForReview(IndexedReview review) => new()
    {
        new StringField(IndexFields.DocType, IndexFields.ReviewDoc, Field.Store.NO),
        new StringField(IndexFields.Id, "review:" + review.Review.Id, Field.Store.YES),
        new StringField(IndexFields.Review, review.Review.Id, Field.Store.NO),
        new StringField("source", review.Review.SourceFile, Field.Store.YES),
        new StoredField(IndexFields.Json, JsonSerializer.Serialize(review, StoredJson.Default.IndexedReview)),
    };

    // Units are stored as UTF-8 JSON bytes, read without turning them into a string first; an index written before
    // that holds JSON text.
    public static LearningUnit ReadUnit(Document doc) => ReadStored(doc, StoredJson.Unit);

    /// <summary>A unit's stored JSON read as another shape (a part of the unit), from bytes or from older JSON text alike.</summary>
    public static T ReadStored<T>(Document doc, JsonTypeInfo<T> shape) => doc.GetBinaryValue(IndexFields.Json) is { } bytes
        ? JsonSerializer.Deserialize(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length), shape)!
        : JsonSerializer.Deserialize(doc.Get(IndexFields.Json), shape)!;

    /// <summary>The unit's JSON as the index holds it.</summary>
    public static string StoredText(Document doc) => doc.GetBinaryValue(IndexFields.Json) is { } bytes
        ? Encoding.UTF8.GetString(bytes.Bytes, bytes.Offset, bytes.Length)
        : doc.Get(IndexFields.Json);

    public static IndexedReview ReadReview(Document doc) =>
        JsonSerializer.Deserialize(doc.Get(IndexFields.Json), StoredJson.Default.IndexedReview)!;
}
