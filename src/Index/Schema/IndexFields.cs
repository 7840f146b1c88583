using LearningSearch.Index.Units;

namespace LearningSearch.Index.Schema;

/// <summary>The index schema: one Lucene document per unit (and one per review), named fields.</summary>
public static class IndexFields
{
    /// <summary>"unit" or "review".</summary>
    public const string DocType = "doc";
    public const string Id = "id";
    public const string Review = "review";
    public const string Kind = "kind";
    public const string Number = "number";
    public const string Agency = "agency";
    public const string Status = "status";
    public const string Year = "year";
    public const string Theme = "theme";
    public const string ActionTheme = "actiontheme";
    public const string Recommendation = "recommendation";
    public const string Heading = "heading";

    /// <summary>The searchable words: text, details and heading.</summary>
    public const string Text = "text";

    /// <summary>The text's neighbouring words as pairs, searched in place of a quoted phrase's words (not stored, no norms: a phrase is scored on the text's).</summary>
    public const string WordPairs = "pairs";

    /// <summary>The unit or review as JSON, so a hit is shown without a second lookup.</summary>
    public const string Json = "json";

    // Doc values for facets and recurrence, counted without the Facet package.
    public const string ReviewFacet = "review_dv";
    public const string KindFacet = "kind_dv";
    public const string AgencyFacet = "agency_dv";
    public const string ThemeFacet = "theme_dv";
    public const string YearFacet = "year_dv";
    public const string StatusFacet = "status_dv";

    public const string UnitDoc = "unit";
    public const string ReviewDoc = "review";

    /// <summary>Fields a person may name in a query (<c>theme:neglect</c>); all but text are exact values.</summary>
    public static readonly IReadOnlySet<string> ExactFields = new HashSet<string>(StringComparer.Ordinal)
    {
        Id, Review, Kind, Number, Agency, Status, Theme, ActionTheme, Recommendation,
    };
}
