using Lucene.Net.Index;

namespace LearningSearch.Index.Schema;

/// <summary>
/// One field of the index, in the manner of Examine's value types: the field owns how its value is normalised, written
/// to a Lucene document, and asked for in a query or a filter, so the builder and the searcher cannot disagree about it.
/// </summary>
public abstract class IndexField(string name)
{
    /// <summary>The field's name in the index; never change it, or indexes already built stop answering.</summary>
    public string Name { get; } = name;

    public override string ToString() => Name;

    /// <summary>The field's name, for Lucene's own APIs that take one (a <see cref="Term"/>, a reader's doc values).</summary>
    public static implicit operator string(IndexField field) => field.Name;
}
