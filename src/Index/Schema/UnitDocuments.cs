using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LearningSearch.Index.Stored;
using LearningSearch.Index.Units;
using Lucene.Net.Documents;

namespace LearningSearch.Index.Schema;

/// <summary>Turns units and reviews into Lucene documents and back, through the fields of <see cref="IndexFields"/>.</summary>
public static class UnitDocuments
{
    // The fields are added in the order indexes have always been written in: a field's number in a segment is the
    // order it first appears, so another order would write other bytes for the same units.
    public static Document ForUnit(LearningUnit unit, Review review)
    {
        var doc = new Document();
        IndexFields.DocType.Add(doc, IndexFields.UnitDoc);
        IndexFields.Id.Add(doc, unit.Id);
        IndexFields.Review.Add(doc, review.Id);
        IndexFields.Kind.Add(doc, unit.Kind.Name());
        IndexFields.Text.Add(doc, unit.FullText);
        IndexFields.WordPairs.Add(doc, unit.FullText);
        IndexFields.Json.Add(doc, JsonSerializer.SerializeToUtf8Bytes(unit, StoredJson.Unit));
        if (unit.Number is not null) IndexFields.Number.Add(doc, unit.Number);
        if (unit.Heading is not null) IndexFields.Heading.Add(doc, unit.Heading);
        if (unit.RecommendationId is not null) IndexFields.Recommendation.Add(doc, unit.RecommendationId);
        if (unit.Status is not null) IndexFields.Status.Add(doc, unit.Status);
        if (review.Year is { } year) IndexFields.Year.Add(doc, year);
        foreach (var agency in unit.Agencies) IndexFields.Agency.Add(doc, agency);
        foreach (var theme in unit.Themes) IndexFields.Theme.Add(doc, theme.ThemeId);
        foreach (var theme in unit.ActionThemes) IndexFields.ActionTheme.Add(doc, theme.ThemeId);
        return doc;
    }

    public static Document ForReview(IndexedReview review)
    {
        var doc = new Document();
        IndexFields.DocType.Add(doc, IndexFields.ReviewDoc);
        IndexFields.Id.Add(doc, "review:" + review.Review.Id);
        // A review document is found by its review, but not counted as one of its units.
        IndexFields.Review.AddTerm(doc, review.Review.Id);
        IndexFields.Source.Add(doc, review.Review.SourceFile);
        IndexFields.Json.Add(doc, JsonSerializer.Serialize(review, StoredJson.Default.IndexedReview));
        return doc;
    }

    // Units are stored as UTF-8 JSON bytes, read without turning them into a string first; an index written before
    // that holds JSON text.
    public static LearningUnit ReadUnit(Document doc) => ReadStored(doc, StoredJson.Unit);

    /// <summary>A unit's stored JSON read as another shape (a part of the unit), from bytes or from older JSON text alike.</summary>
    public static T ReadStored<T>(Document doc, JsonTypeInfo<T> shape) => IndexFields.Json.Read(doc, shape);

    /// <summary>The unit's JSON as the index holds it.</summary>
    public static string StoredText(Document doc) => IndexFields.Json.Text(doc);

    public static IndexedReview ReadReview(Document doc) => IndexFields.Json.Read(doc, StoredJson.Default.IndexedReview);
}
