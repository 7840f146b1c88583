using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LearningSearch.Index.Schema;

/// <summary>
/// An exact value indexed as one term: an id, a review, a kind, a theme. A field that people type in any case
/// (agency, status, number) is lower-cased here, once, when it is written and when it is asked for.
/// </summary>
public class KeywordField(string name, bool lowerCase = false, bool stored = false) : IndexField(name)
{
    /// <summary>True where the value is matched in any case.</summary>
    public bool LowerCase { get; } = lowerCase;

    /// <summary>The value as the index holds it.</summary>
    public string Normalise(string value) => LowerCase ? value.ToLowerInvariant() : value;

    public Term Term(string value) => new(Name, Normalise(value));

    /// <summary>The documents whose value is <paramref name="value"/> (in any case, for a lower-cased field).</summary>
    public TermQuery Query(string value) => new(Term(value));

    /// <summary>Writes the value's term (stored too, for a field read back from a hit).</summary>
    public void AddTerm(Document doc, string value) =>
        doc.Add(new StringField(Name, Normalise(value), stored ? Field.Store.YES : Field.Store.NO));

    /// <summary>Writes the value in every form the field has: its term here, and its doc values in a facet field.</summary>
    public virtual void Add(Document doc, string value) => AddTerm(doc, value);

    /// <summary>The stored value of a document read back (for a stored field).</summary>
    public string? StoredValue(Document doc) => doc.Get(Name);
}
