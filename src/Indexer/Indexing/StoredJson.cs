using System.Text.Json;
using System.Text.Json.Serialization;
using LearningSearch.Indexer.Model;

namespace LearningSearch.Indexer.Indexing;

/// <summary>
/// How units and reviews are written into the index and read back: JSON with web names, its reading and writing
/// code generated at build time. Every search reads its page of units back, and the reflection-based reader was a
/// tenth of a search's work at 500,000 units.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(LearningUnit))]
[JsonSerializable(typeof(IndexedReview))]
internal sealed partial class StoredJson : JsonSerializerContext;
