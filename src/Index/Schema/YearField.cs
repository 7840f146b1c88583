using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace LearningSearch.Index.Schema;

/// <summary>The year a review was published: a number to filter ranges on (<c>year:[2015 TO 2018]</c>), and a doc value to count.</summary>
public sealed class YearField(string name, string facetName) : IndexField(name)
{
    /// <summary>The doc values' field name.</summary>
    public string FacetName { get; } = facetName;

    public void Add(Document doc, int year)
    {
        doc.Add(new Int32Field(Name, year, Field.Store.NO));
        doc.Add(new NumericDocValuesField(FacetName, year));
    }

    /// <summary>The documents of the years from <paramref name="from"/> to <paramref name="to"/> (either open), both included unless said otherwise.</summary>
    public Query Range(int? from, int? to, bool fromIncluded = true, bool toIncluded = true) =>
        NumericRangeQuery.NewInt32Range(Name, from, to, fromIncluded, toIncluded);

    /// <summary>A segment's years, or null where no document has one.</summary>
    public NumericDocValues? ValuesOf(AtomicReader reader) => reader.GetNumericDocValues(FacetName);

    /// <summary>Which of a segment's documents have a year.</summary>
    public IBits? WhichHaveOne(AtomicReader reader) => reader.GetDocsWithField(FacetName);
}
