using System.Text.Json;
using System.Text.Json.Serialization;

namespace LearningSearch.Indexer.Tests.Library;

/// <summary>
/// What a person reading a review found in it (Fixtures/library/README.md): every recommendation, action and
/// finding, in document order, with its number, the recommendations an action answers and its agency.
/// </summary>
public sealed record AnswerKey(string Title, string Layout, string? Genre, IReadOnlyList<KeyUnit> Units)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    public static AnswerKey Load(string path) =>
        JsonSerializer.Deserialize<AnswerKey>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path}: not an answer key");

    /// <summary>The units the extractor should give: an action answering two recommendations is one action on each.</summary>
    public IEnumerable<ExpectedUnit> Expected() =>
        Units.SelectMany(u => u.Kind == "action" && u.Recommendations is { Count: > 1 }
            ? u.Recommendations.Select(r => new ExpectedUnit(u, r))
            : [new ExpectedUnit(u, u.Recommendations?.FirstOrDefault())]);
}

public sealed record KeyUnit(
    string Kind,
    string? Number,
    [property: JsonPropertyName("recommendations")] IReadOnlyList<string>? Recommendations,
    string? Agency,
    string Text,
    string? Note);

/// <summary>One unit the extractor should give; <paramref name="Recommendation"/> is the number of the one an action answers.</summary>
public sealed record ExpectedUnit(KeyUnit Key, string? Recommendation);
