using LearningSearch.Index.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Search;

namespace LearningSearch.Index.Schema;

/// <summary>
/// The index schema: one Lucene document per unit (and one per review), and every field either has, each an object
/// that writes and queries itself (<see cref="IndexField"/>). The names and the forms written are those of every
/// index built before, which still open and answer the same.
/// </summary>
public static class IndexFields
{
    /// <summary>"unit" or "review" (<see cref="UnitDoc"/>, <see cref="ReviewDoc"/>).</summary>
    public static readonly KeywordField DocType = new("doc");
    public static readonly KeywordField Id = new("id", stored: true);
    public static readonly FacetField Review = new("review", "review_dv");
    public static readonly FacetField Kind = new("kind", "kind_dv");
    public static readonly KeywordField Number = new("number", lowerCase: true);
    public static readonly FacetSetField Agency = new("agency", "agency_dv", lowerCase: true);
    public static readonly FacetField Status = new("status", "status_dv", lowerCase: true);
    public static readonly YearField Year = new("year", "year_dv");
    public static readonly FacetSetField Theme = new("theme", "theme_dv");
    public static readonly KeywordField ActionTheme = new("actiontheme");
    public static readonly KeywordField Recommendation = new("recommendation");
    public static readonly WordsField Heading = new("heading");

    /// <summary>The searchable words: text, details and heading.</summary>
    public static readonly WordsField Text = new("text");

    /// <summary>The text's neighbouring words as pairs, searched in place of a quoted phrase's words (not stored, no norms: a phrase is scored on the text's).</summary>
    public static readonly WordsField WordPairs = new("pairs", norms: false);

    /// <summary>The unit or review as JSON, so a hit is shown without a second lookup.</summary>
    public static readonly StoredJsonField Json = new("json");

    /// <summary>A review document's source file, by which a rebuild finds what it indexed from that file before.</summary>
    public static readonly KeywordField Source = new("source", stored: true);

    public const string UnitDoc = "unit";
    public const string ReviewDoc = "review";

    /// <summary>Every unit document (no review document).</summary>
    public static TermQuery Units() => DocType.Query(UnitDoc);

    /// <summary>Every review document.</summary>
    public static TermQuery Reviews() => DocType.Query(ReviewDoc);

    /// <summary>Fields a person may name in a query (<c>theme:neglect</c>); all but text are exact values, typed in any case.</summary>
    public static readonly IReadOnlyList<KeywordField> ExactFields = [Id, Review, Kind, Number, Agency, Status, Theme, ActionTheme, Recommendation];

    /// <summary>The fields review documents have (<see cref="UnitDocuments.ForReview"/>); every other field is on units only.</summary>
    public static readonly IReadOnlySet<string> OnReviewDocuments = new HashSet<string>(StringComparer.Ordinal) { DocType, Id, Review, Source, Json };

    /// <summary>How a query's words are analysed, field by field: the words fields through the analysis chain, the exact fields as one lower-cased value.</summary>
    public static readonly Analyzer QueryAnalyzer = new PerFieldAnalyzerWrapper(
        WordsField.Analyzer,
        ExactFields.ToDictionary(f => f.Name, Analyzer (_) => new LowerCaseKeywordAnalyzer()));
}
