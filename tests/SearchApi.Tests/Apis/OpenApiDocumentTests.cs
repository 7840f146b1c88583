using System.Text.Json;

namespace LearningSearch.SearchApi.Tests.Apis;

/// <summary>
/// A developer reading /openapi/v1.json learns every answer an endpoint gives: the refusals of a search (400), the ids
/// that do not exist (404), and the 503 with Retry-After while the index is not ready or too many searches wait.
/// </summary>
[Collection(SampleCorpusCollection.Name)]
public sealed class OpenApiDocumentTests(SampleCorpusHost host)
{
    private const string Problem = "application/problem+json";

    [Theory]
    [InlineData("get", "/api/search", "200 application/json", "400 " + Problem, "429 " + Problem, "503 " + Problem)]
    [InlineData("get", "/api/export", "200 text/csv", "400 " + Problem, "429 " + Problem, "503 " + Problem)]
    [InlineData("get", "/api/recurrence", "200 application/json", "400 " + Problem, "503 " + Problem)]
    [InlineData("get", "/api/units/{id}", "200 application/json", "400 " + Problem, "404 " + Problem, "503 " + Problem)]
    [InlineData("get", "/api/reviews/{id}", "200 application/json", "404 " + Problem, "503 " + Problem)]
    [InlineData("get", "/api/themes/{id}", "200 application/json", "404 " + Problem, "503 " + Problem)]
    [InlineData("get", "/api/reviews", "200 application/json", "503 " + Problem)]
    [InlineData("get", "/api/themes", "200 application/json", "503 " + Problem)]
    [InlineData("post", "/api/admin/reindex", "200", "401 " + Problem, "404 " + Problem, "429 " + Problem)]
    public async Task EachEndpoint_ShouldDeclareEveryAnswerItGives(string method, string path, params string[] answers)
    {
        var doc = await host.GetJson("/openapi/v1.json");
        var responses = doc.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses");

        var declared = responses.EnumerateObject()
            .Select(r => r.Value.TryGetProperty("content", out var content) && content.EnumerateObject().Any()
                ? $"{r.Name} {string.Join(",", content.EnumerateObject().Select(c => c.Name))}"
                : r.Name)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(answers.Order(StringComparer.Ordinal), declared);
    }

    [Fact]
    public async Task TheProblemsDeclared_ShouldBeDescribedAsProblemDetails()
    {
        var doc = await host.GetJson("/openapi/v1.json");
        var refusal = doc.GetProperty("paths").GetProperty("/api/search").GetProperty("get").GetProperty("responses").GetProperty("400")
            .GetProperty("content").GetProperty(Problem).GetProperty("schema");

        var properties = Schema(doc, refusal).GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("title", properties);
        Assert.Contains("status", properties);
        Assert.Contains("detail", properties);
    }

    [Theory]
    [InlineData("/api/search?page=0", 400)]
    [InlineData("/api/export?kind=policy", 400)]
    [InlineData("/api/recurrence?repeatsLimit=0", 400)]
    [InlineData("/api/units/ads14/rec-99", 404)]
    [InlineData("/api/reviews/not-a-review", 404)]
    [InlineData("/api/themes/not-a-theme", 404)]
    public async Task WhatAnEndpointAnswers_ShouldBeAmongWhatItDeclares(string url, int status)
    {
        using var response = await host.CreateClient().GetAsync(url);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(Problem, response.Content.Headers.ContentType?.MediaType);

        var doc = await host.GetJson("/openapi/v1.json");
        var path = doc.GetProperty("paths").EnumerateObject()
            .Single(p => Matches(p.Name, new Uri("http://x" + url).AbsolutePath)).Value;
        Assert.True(path.GetProperty("get").GetProperty("responses").TryGetProperty(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out _),
            $"{url} answered {status}, which its endpoint does not declare");
    }

    private static bool Matches(string template, string path)
    {
        var pattern = "^" + System.Text.RegularExpressions.Regex.Escape(template).Replace(@"\{id}", "(.+)", StringComparison.Ordinal) + "$";
        return System.Text.RegularExpressions.Regex.IsMatch(path, pattern);
    }

    // The schema itself, or the component it refers to.
    private static JsonElement Schema(JsonElement doc, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? doc.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/').Last())
            : schema;

    [Fact]
    public async Task EveryParameter_ShouldBeNamedAsTheApiTakesIt_WithAPlainTypeAndADescription()
    {
        var doc = await host.GetJson("/openapi/v1.json");
        var parameters = doc.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().SelectMany(op => op.Value.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray().Select(p => (Path: path.Name, Parameter: p)) : []))
            .ToList();
        Assert.NotEmpty(parameters);
        foreach (var (path, parameter) in parameters)
        {
            var name = parameter.GetProperty("name").GetString()!;
            Assert.True(char.IsLower(name[0]), $"{path}: parameter {name}");
            Assert.False(string.IsNullOrWhiteSpace(parameter.TryGetProperty("description", out var d) ? d.GetString() : null), $"{path}: {name} has no description");
            var type = parameter.GetProperty("schema").GetProperty("type");
            Assert.True(type.ValueKind == JsonValueKind.String, $"{path}: {name} is of type {type}");
        }
        var search = parameters.Where(p => p.Path == "/api/search").Select(p => p.Parameter.GetProperty("name").GetString()).ToList();
        Assert.Contains("q", search);
        Assert.Contains("pageSize", search);
        Assert.Contains("theme", search);
    }
}
