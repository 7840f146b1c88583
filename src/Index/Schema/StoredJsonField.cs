using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Lucene.Net.Documents;

namespace LearningSearch.Index.Schema;

/// <summary>A stored-only field: the unit or review as JSON, so a hit is shown without a second lookup. Not searched.</summary>
public sealed class StoredJsonField(string name) : IndexField(name)
{
    /// <summary>Writes UTF-8 JSON bytes (units: read back without making a string first).</summary>
    public void Add(Document doc, byte[] json) => doc.Add(new StoredField(Name, json));

    /// <summary>Writes JSON text (reviews, and units of an index written before units were bytes).</summary>
    public void Add(Document doc, string json) => doc.Add(new StoredField(Name, json));

    /// <summary>The stored JSON read as <typeparamref name="T"/>, from bytes or from JSON text alike.</summary>
    public T Read<T>(Document doc, JsonTypeInfo<T> shape) => doc.GetBinaryValue(Name) is { } bytes
        ? JsonSerializer.Deserialize(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length), shape)!
        : JsonSerializer.Deserialize(doc.Get(Name), shape)!;

    /// <summary>The JSON as the index holds it.</summary>
    public string Text(Document doc) => doc.GetBinaryValue(Name) is { } bytes
        ? Encoding.UTF8.GetString(bytes.Bytes, bytes.Offset, bytes.Length)
        : doc.Get(Name);

    /// <summary>Takes the field off a document (to write it again in another form).</summary>
    public void Remove(Document doc) => doc.RemoveField(Name);
}
