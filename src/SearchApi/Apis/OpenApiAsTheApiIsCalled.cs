using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LearningSearch.SearchApi.Apis;

/// <summary>
/// The OpenAPI document as a caller writes the requests: parameter names as the API takes them (<c>q</c>, <c>theme</c>,
/// <c>pageSize</c>, not the C# property names), whole numbers as integers (not "integer or string"), and every path
/// parameter described.
/// </summary>
public sealed class OpenApiAsTheApiIsCalled : IOpenApiOperationTransformer
{
    private static readonly Dictionary<string, string> PathParameters = new(StringComparer.Ordinal)
    {
        ["id"] = "The id as the other answers give it: a unit's (ads14/rec-8, ads14/rec-8/action-2), a review's (ads14) or a theme's (supervision).",
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.Name is { Length: > 0 } name && char.IsUpper(name[0]))
                parameter.Name = char.ToLowerInvariant(name[0]) + name[1..];
            if (parameter.Schema is OpenApiSchema schema && schema.Type is { } type && type.HasFlag(JsonSchemaType.Integer) && type.HasFlag(JsonSchemaType.String))
            {
                schema.Type = JsonSchemaType.Integer;
                schema.Pattern = null;
            }
            if (parameter.In == ParameterLocation.Path && string.IsNullOrEmpty(parameter.Description) && PathParameters.TryGetValue(parameter.Name ?? "", out var description))
                parameter.Description = description;
        }
        return Task.CompletedTask;
    }
}
