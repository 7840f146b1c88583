using System.Text.Json;
using System.Text.Json.Serialization;
using LearningSearch.Index.Units;
using LearningSearch.Themes;

namespace LearningSearch.Index.Stored;

/// <summary>
/// Readers and writers for the small records a stored unit is full of: its themes, their evidence, its details and
/// its lines, in the same JSON the generated code writes (web names). The generated code builds records that take
/// their values in a constructor through an array of boxed arguments, and a unit holds a dozen of them: parsing the
/// page's units was a tenth of a search's CPU under load. These read the properties straight into locals.
/// </summary>
internal static class StoredValueConverters
{
    public static IEnumerable<JsonConverter> All => [new ThemeTagConverter(), new EvidenceConverter(), new UnitDetailConverter(), new LineRangeConverter()];

    private static void StartObject(ref Utf8JsonReader reader, Type type)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException($"A stored {type.Name} must be a JSON object; it was {reader.TokenType}.");
    }

    // A property this reader does not know (written by a later build) is passed over, as the generated code would.
    private static bool NextProperty(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject) return false;
        if (reader.TokenType != JsonTokenType.PropertyName) throw new JsonException($"Expected a property name; it was {reader.TokenType}.");
        return true;
    }

    private static string? String(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
    }

    private static int Int(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.GetInt32();
    }

    private static double Double(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.GetDouble();
    }

    private static void Skip(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }

    private sealed class ThemeTagConverter : JsonConverter<ThemeTag>
    {
        private static readonly JsonConverter<Evidence> EvidenceReader = new EvidenceConverter();

        public override ThemeTag Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            StartObject(ref reader, typeToConvert);
            string? id = null, label = null;
            var score = 0.0;
            List<Evidence>? evidence = null;
            List<LearningSearch.Themes.Model.LabelledExample>? examples = null;
            while (NextProperty(ref reader))
            {
                if (reader.ValueTextEquals("examples"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.Null) continue;
                    examples = [];
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        StartObject(ref reader, typeof(LearningSearch.Themes.Model.LabelledExample));
                        string? unitId = null, text = null;
                        var similarity = 0.0;
                        while (NextProperty(ref reader))
                        {
                            if (reader.ValueTextEquals("unitId"u8)) unitId = String(ref reader);
                            else if (reader.ValueTextEquals("text"u8)) text = String(ref reader);
                            else if (reader.ValueTextEquals("similarity"u8)) similarity = Double(ref reader);
                            else Skip(ref reader);
                        }
                        examples.Add(new LearningSearch.Themes.Model.LabelledExample(unitId ?? "", text ?? "", similarity));
                    }
                }
                else if (reader.ValueTextEquals("themeId"u8)) id = String(ref reader);
                else if (reader.ValueTextEquals("label"u8)) label = String(ref reader);
                else if (reader.ValueTextEquals("score"u8)) score = Double(ref reader);
                else if (reader.ValueTextEquals("evidence"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.Null) continue;
                    evidence = [];
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                        evidence.Add(EvidenceReader.Read(ref reader, typeof(Evidence), options)!);
                }
                else Skip(ref reader);
            }
            return new ThemeTag(id ?? throw new JsonException("A stored theme has no themeId."), label ?? id, score, evidence ?? [], examples);
        }

        public override void Write(Utf8JsonWriter writer, ThemeTag value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString("themeId"u8, value.ThemeId);
            writer.WriteString("label"u8, value.Label);
            writer.WriteNumber("score"u8, value.Score);
            writer.WriteStartArray("evidence"u8);
            foreach (var evidence in value.Evidence) EvidenceReader.Write(writer, evidence, options);
            writer.WriteEndArray();
            // Only a tag of the theme model has examples; a phrase tag's stored form stays as it was.
            if (value.Examples is { } examples)
            {
                writer.WriteStartArray("examples"u8);
                foreach (var example in examples)
                {
                    writer.WriteStartObject();
                    writer.WriteString("unitId"u8, example.UnitId);
                    writer.WriteString("text"u8, example.Text);
                    writer.WriteNumber("similarity"u8, example.Similarity);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
    }

    private sealed class EvidenceConverter : JsonConverter<Evidence>
    {
        public override Evidence Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            StartObject(ref reader, typeToConvert);
            int start = 0, length = 0;
            string? text = null;
            while (NextProperty(ref reader))
            {
                if (reader.ValueTextEquals("start"u8)) start = Int(ref reader);
                else if (reader.ValueTextEquals("length"u8)) length = Int(ref reader);
                else if (reader.ValueTextEquals("text"u8)) text = String(ref reader);
                else Skip(ref reader);
            }
            return new Evidence(start, length, text ?? "");
        }

        public override void Write(Utf8JsonWriter writer, Evidence value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start"u8, value.Start);
            writer.WriteNumber("length"u8, value.Length);
            writer.WriteString("text"u8, value.Text);
            writer.WriteEndObject();
        }
    }

    private sealed class UnitDetailConverter : JsonConverter<UnitDetail>
    {
        public override UnitDetail Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            StartObject(ref reader, typeToConvert);
            string? label = null, text = null;
            while (NextProperty(ref reader))
            {
                if (reader.ValueTextEquals("label"u8)) label = String(ref reader);
                else if (reader.ValueTextEquals("text"u8)) text = String(ref reader);
                else Skip(ref reader);
            }
            return new UnitDetail(label ?? "", text ?? "");
        }

        public override void Write(Utf8JsonWriter writer, UnitDetail value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString("label"u8, value.Label);
            writer.WriteString("text"u8, value.Text);
            writer.WriteEndObject();
        }
    }

    private sealed class LineRangeConverter : JsonConverter<LineRange>
    {
        public override LineRange Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            StartObject(ref reader, typeToConvert);
            int first = 0, last = 0;
            while (NextProperty(ref reader))
            {
                if (reader.ValueTextEquals("first"u8)) first = Int(ref reader);
                else if (reader.ValueTextEquals("last"u8)) last = Int(ref reader);
                else Skip(ref reader);
            }
            return new LineRange(first, last);
        }

        public override void Write(Utf8JsonWriter writer, LineRange value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber("first"u8, value.First);
            writer.WriteNumber("last"u8, value.Last);
            writer.WriteEndObject();
        }
    }
}
