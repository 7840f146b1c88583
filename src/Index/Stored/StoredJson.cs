using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using LearningSearch.Index.Units;

namespace LearningSearch.Index.Stored;

/// <summary>
/// How units and reviews are written into the index and read back: JSON with web names, its reading and writing
/// code generated at build time. Every search reads its page of units back, and the reflection-based reader was a
/// tenth of a search's work at 500,000 units.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(LearningUnit))]
[JsonSerializable(typeof(IndexedReview))]
internal sealed partial class StoredJson : JsonSerializerContext
{
    /// <summary>
    /// A unit as stored: without what it derives from its other fields (the full text is its text and details again,
    /// the agency its agencies joined), a quarter of every stored unit (1,883 bytes on average at 5,000 reviews, now
    /// 1,429) to be decompressed and parsed for each hit. Read back, the unit derives them as before.
    /// </summary>
    public static JsonTypeInfo<LearningUnit> Unit => StoredUnit.Info;

    // Made on first use, once the generated context itself exists (static initialisers of partial parts run in no set order).
    private static class StoredUnit
    {
        public static readonly JsonTypeInfo<LearningUnit> Info = Options().GetTypeInfo(typeof(LearningUnit)) as JsonTypeInfo<LearningUnit> ?? throw new InvalidOperationException("No JSON code for a stored unit.");

        private static JsonSerializerOptions Options()
        {
            var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = Default.WithAddedModifier(LeaveOutDerived) };
            foreach (var converter in StoredValueConverters.All) options.Converters.Add(converter);
            return options;
        }
    }

    private static void LeaveOutDerived(JsonTypeInfo type)
    {
        if (type.Type != typeof(LearningUnit)) return;
        for (var i = type.Properties.Count - 1; i >= 0; i--)
            if (type.Properties[i].Set is null) type.Properties.RemoveAt(i);
    }
}
