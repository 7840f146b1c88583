using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace LearningSearch.Index.Schema;

/// <summary>
/// A keyword with one value per unit that searches also count (review, kind, status): a term to filter on, and the
/// value as written (not lower-cased) in sorted doc values, counted without the Facet package.
/// </summary>
public sealed class FacetField(string name, string facetName, bool lowerCase = false) : KeywordField(name, lowerCase)
{
    /// <summary>The doc values' field name.</summary>
    public string FacetName { get; } = facetName;

    public override void Add(Document doc, string value)
    {
        AddTerm(doc, value);
        doc.Add(new SortedDocValuesField(FacetName, new BytesRef(value)));
    }

    /// <summary>A segment's values, one per document, or null where no document has one.</summary>
    public SortedDocValues? ValuesOf(AtomicReader reader) => reader.GetSortedDocValues(FacetName);
}

/// <summary>
/// A keyword with any number of values per unit that searches also count (theme, agency): a term per value to filter
/// on, and the values as written in sorted-set doc values.
/// </summary>
public sealed class FacetSetField(string name, string facetName, bool lowerCase = false) : KeywordField(name, lowerCase)
{
    /// <summary>The doc values' field name.</summary>
    public string FacetName { get; } = facetName;

    public override void Add(Document doc, string value)
    {
        AddTerm(doc, value);
        doc.Add(new SortedSetDocValuesField(FacetName, new BytesRef(value)));
    }

    /// <summary>A segment's values, a set per document, or null where no document has one.</summary>
    public SortedSetDocValues? ValuesOf(AtomicReader reader) => reader.GetSortedSetDocValues(FacetName);
}
