using System.Text.Json.Serialization;

namespace LearningSearch.Indexer.Corpus;

/// <summary>What the corpus manifest says of one document; every field but <see cref="File"/> may be left out.</summary>
public sealed record ManifestEntry
{
    [JsonPropertyName("file")] public required string File { get; init; }
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("partnership")] public string? Partnership { get; init; }
    [JsonPropertyName("area")] public string? Area { get; init; }
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("year")] public int? Year { get; init; }
    [JsonPropertyName("published")] public string? Published { get; init; }
    /// <summary>The review's published address (http or https), shown as a link beside every unit it holds.</summary>
    [JsonPropertyName("url")] public string? Url { get; init; }
    [JsonPropertyName("notes")] public string? Notes { get; init; }
}
