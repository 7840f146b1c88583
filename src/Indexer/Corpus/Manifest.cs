using System.Text.Json;
using System.Text.Json.Serialization;

namespace LearningSearch.Indexer.Corpus;

/// <summary>
/// The corpus's <c>manifest.json</c>: one entry per document, correcting or completing what the extractor reads
/// from the document itself. Where both say something, the manifest wins.
/// </summary>
public sealed class Manifest
{
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public Manifest(IEnumerable<ManifestEntry> entries) => Entries = entries.ToList();

    public List<ManifestEntry> Entries { get; }

    public ManifestEntry? For(string file) =>
        Entries.FirstOrDefault(e => string.Equals(e.File, file, StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads the manifest of a corpus folder; an absent manifest is an empty one.</summary>
    public static Manifest Load(string corpusFolder)
    {
        var path = Path.Combine(corpusFolder, FileName);
        if (!File.Exists(path)) return new Manifest([]);
        try
        {
            var file = JsonSerializer.Deserialize<ManifestFile>(File.ReadAllText(path), Json);
            return new Manifest(file?.Reviews ?? []);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: the manifest is not valid ({e.Message}). Fix the entry it names, or remove the file to read metadata from the documents.", e);
        }
    }

    public void Save(string corpusFolder)
    {
        var path = Path.Combine(corpusFolder, FileName);
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(new ManifestFile { Reviews = Entries }, Json) + "\n");
        File.Move(temp, path, overwrite: true);
    }

    private sealed class ManifestFile
    {
        [JsonPropertyName("reviews")] public List<ManifestEntry> Reviews { get; init; } = [];
    }
}
