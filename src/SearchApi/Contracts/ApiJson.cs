using System.Text.Json;
using System.Text.Json.Serialization;

namespace LearningSearch.SearchApi.Contracts;

/// <summary>
/// The answers' JSON, its writing code generated at build time (web names, nulls written, as the API has always
/// answered). Under load every search answer is 40 KB of JSON, and the reflection-based writer was part of each.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(SearchResponse))]
[JsonSerializable(typeof(RecurrenceResponse))]
[JsonSerializable(typeof(IReadOnlyList<ThemeSummary>))]
[JsonSerializable(typeof(ThemeDetail))]
[JsonSerializable(typeof(IReadOnlyList<ReviewListing>))]
[JsonSerializable(typeof(ReviewDetail))]
[JsonSerializable(typeof(UnitInContext))]
[JsonSerializable(typeof(SimilarUnits))]
internal sealed partial class ApiJson : JsonSerializerContext;
