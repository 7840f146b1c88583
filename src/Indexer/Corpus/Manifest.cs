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

    public Manifest(IEnumerable<ManifestEntry> entries, IEnumerable<string>? problems = null)
    {
        Entries = entries.ToList();
        Problems = problems?.ToList() ?? [];
    }

    public List<ManifestEntry> Entries { get; }

    /// <summary>
    /// What could not be read of the file (not JSON at all, or an entry it cannot use). The documents those parts
    /// speak of are read as if they had no entry; nothing else waits on them.
    /// </summary>
    public IReadOnlyList<string> Problems { get; }

    public ManifestEntry? For(string file) =>
        Entries.FirstOrDefault(e => string.Equals(e.File, file, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Reads the manifest of a corpus folder; an absent manifest is an empty one. A malformed one is read entry by
    /// entry: one mistyped field used to refuse the whole build, or turn every search into a 503 at restart.
    /// </summary>
    public static Manifest Load(string corpusFolder)
    {
        var path = Path.Combine(corpusFolder, FileName);
        if (!File.Exists(path)) return new Manifest([]);
        if (CorpusBoundary.WhyOutside(corpusFolder, path) is { } outside)
            return new Manifest([], [$"{FileName}: {outside}; every document's metadata is read from its own text"]);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            return new Manifest([], [$"{FileName} is not valid JSON ({e.Message}); every document's metadata is read from its own text until it is fixed"]);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("reviews", out var reviews) || reviews.ValueKind != JsonValueKind.Array)
                return new Manifest([], [$"{FileName} has no \"reviews\" list; every document's metadata is read from its own text until it is fixed"]);
            var entries = new List<ManifestEntry>();
            var problems = new List<string>();
            var number = 0;
            foreach (var element in reviews.EnumerateArray())
            {
                number++;
                try
                {
                    entries.Add(element.Deserialize<ManifestEntry>(Json) ?? throw new JsonException("the entry is null"));
                }
                catch (JsonException e)
                {
                    var file = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("file", out var f) && f.ValueKind == JsonValueKind.String ? $" ({f.GetString()})" : "";
                    problems.Add($"{FileName}: entry {number}{file} could not be read ({e.Message}); its document's metadata is read from its own text");
                }
            }
            return new Manifest(entries, problems);
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
