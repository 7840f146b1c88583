using System.Text.Json;

namespace LearningSearch.Themes.Loading;

/// <summary>
/// Reads the shape of <c>taxonomy.json</c> into <see cref="Theme"/>s, noting every problem instead of stopping
/// at the first: a training lead fixing a file wants the whole list at once. Unknown keys are problems,
/// because a misspelt key ("synonym") would otherwise be silently ignored and the theme would quietly lose
/// its words. Comments and trailing commas are tolerated: people edit this file by hand.
/// </summary>
internal static class TaxonomyJsonReader
{
    private static readonly string[] RootKeys = ["about", "detailsNotTagged", "themes"];
    private static readonly string[] ThemeKeys = ["id", "label", "definition", "phrases", "synonyms", "exclusions", "excludeWhenTagged", "modelTags"];

    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The themes, and the labels of unit details whose text never tags a theme.</summary>
    public static (List<Theme> Themes, List<string> DetailsNotTagged) Read(string json, TaxonomyProblems problems)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            problems.AddFile($"is not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}): {FirstSentence(e.Message)}");
            return ([], []);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.AddFile("must be an object of the form { \"themes\": [ ... ] }");
                return ([], []);
            }

            foreach (var property in root.EnumerateObject())
            {
                if (!RootKeys.Contains(property.Name, StringComparer.Ordinal))
                {
                    problems.AddFile($"unknown key '{property.Name}' at the top (expected: {string.Join(", ", RootKeys)})");
                }
            }

            if (!root.TryGetProperty("themes", out var themes) || themes.ValueKind != JsonValueKind.Array)
            {
                problems.AddFile("has no \"themes\" list");
                return ([], []);
            }

            var detailsNotTagged = ReadDetailLabels(root, problems);

            var read = new List<Theme>();
            var number = 0;
            foreach (var element in themes.EnumerateArray())
            {
                number++;
                if (ReadTheme(element, number, problems) is { } theme)
                {
                    read.Add(theme);
                }
            }

            return (read, detailsNotTagged);
        }
    }

    private static List<string> ReadDetailLabels(JsonElement root, TaxonomyProblems problems)
    {
        if (!root.TryGetProperty("detailsNotTagged", out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            problems.AddFile("detailsNotTagged must be a list of detail labels like [\"By Whom\"]");
            return [];
        }

        var labels = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            var label = item.ValueKind == JsonValueKind.String ? item.GetString()!.Trim() : "";
            if (label.Length == 0 || label.Contains(':', StringComparison.Ordinal) || label.Contains('\n', StringComparison.Ordinal))
            {
                problems.AddFile("detailsNotTagged has an entry that is not a detail label (text without ':' or a line break)");
                continue;
            }

            labels.Add(label);
        }

        return labels;
    }

    private static Theme? ReadTheme(JsonElement element, int number, TaxonomyProblems problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.AddTheme($"#{number}", "must be an object with id, label, definition, phrases and synonyms");
            return null;
        }

        var id = element.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String
            ? idElement.GetString()!.Trim()
            : "";
        var name = id.Length > 0 ? id : $"#{number} (no id)";
        if (id.Length == 0)
        {
            problems.AddTheme(name, "has no id");
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!ThemeKeys.Contains(property.Name, StringComparer.Ordinal))
            {
                problems.AddTheme(name, $"unknown key '{property.Name}' (expected: {string.Join(", ", ThemeKeys)})");
            }
        }

        var label = ReadText(element, "label", name, problems);
        var definition = ReadText(element, "definition", name, problems);
        var phrases = ReadList(element, "phrases", name, required: true, problems);
        var synonyms = ReadList(element, "synonyms", name, required: true, problems);
        var exclusions = ReadList(element, "exclusions", name, required: false, problems);
        var excludeWhenTagged = ReadList(element, "excludeWhenTagged", name, required: false, problems);
        if (phrases.Count == 0 && element.TryGetProperty("phrases", out _))
        {
            problems.AddTheme(name, "has an empty phrase list: give at least one phrase that signals the theme");
        }

        var modelTags = true;
        if (element.TryGetProperty("modelTags", out var model))
        {
            if (model.ValueKind is JsonValueKind.True or JsonValueKind.False) modelTags = model.GetBoolean();
            else problems.AddTheme(name, "modelTags must be true or false (false: only the phrases tag this theme, never the theme model)");
        }

        return new Theme(id, label, definition, phrases, synonyms, exclusions, excludeWhenTagged, modelTags);
    }

    private static string ReadText(JsonElement theme, string key, string name, TaxonomyProblems problems)
    {
        if (!theme.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            problems.AddTheme(name, $"is missing its {key}");
            return "";
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            problems.AddTheme(name, $"{key} must be text in quotes");
            return "";
        }

        var text = value.GetString()!.Trim();
        if (text.Length == 0)
        {
            problems.AddTheme(name, $"has an empty {key}");
        }

        return text;
    }

    private static List<string> ReadList(JsonElement theme, string key, string name, bool required, TaxonomyProblems problems)
    {
        if (!theme.TryGetProperty(key, out var value))
        {
            if (required)
            {
                problems.AddTheme(name, $"is missing its {key} list");
            }

            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            problems.AddTheme(name, $"{key} must be a list like [\"one\", \"two\"]");
            return [];
        }

        var items = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || item.GetString()!.Trim().Length == 0)
            {
                problems.AddTheme(name, $"{key} has an entry that is not text or is empty");
                continue;
            }

            items.Add(item.GetString()!.Trim());
        }

        return items;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..(end + 1)] : message;
    }
}
