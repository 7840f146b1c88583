using System.Text.Json;
using LearningSearch.Themes.Phrases;

namespace LearningSearch.Themes.Vocabulary;

/// <summary>
/// Reads <c>vocabulary.json</c>, noting every problem instead of stopping at the first, as the taxonomy's reader does:
/// a training lead fixing the file wants the whole list. Unknown keys are problems (a misspelt "fnid" would silently
/// switch an entry off); comments and trailing commas are allowed.
/// </summary>
internal static class VocabularyJsonReader
{
    /// <summary>The kinds of rule the file holds; the page and the README name them.</summary>
    public static readonly string[] Groups = ["abbreviation", "everyday", "word-forms", "concept", "spelling"];

    private static readonly string[] RootKeys = ["about", "entries"];
    private static readonly string[] EntryKeys = ["group", "same", "ask", "find", "matchCase", "note"];

    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static List<VocabularyEntry> Read(string json, List<string> problems)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            problems.Add($"is not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1})");
            return [];
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("entries", out var entries) || entries.ValueKind != JsonValueKind.Array)
            {
                problems.Add("must be an object of the form { \"entries\": [ ... ] }");
                return [];
            }

            foreach (var property in root.EnumerateObject().Where(p => !RootKeys.Contains(p.Name, StringComparer.Ordinal)))
                problems.Add($"unknown key '{property.Name}' at the top (expected: {string.Join(", ", RootKeys)})");

            var result = new List<VocabularyEntry>();
            var number = 0;
            foreach (var element in entries.EnumerateArray())
            {
                number++;
                if (ReadEntry(element, number, problems) is { } entry) result.Add(entry);
            }
            return result;
        }
    }

    private static VocabularyEntry? ReadEntry(JsonElement element, int number, List<string> problems)
    {
        var count = problems.Count;
        var name = $"entry {number}";
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{name}: must be an object such as {{ \"group\": \"abbreviation\", \"same\": [\"CAMHS\", \"child and adolescent mental health services\"] }}");
            return null;
        }

        foreach (var property in element.EnumerateObject().Where(p => !EntryKeys.Contains(p.Name, StringComparer.Ordinal)))
            problems.Add($"{name}: unknown key '{property.Name}' (expected: {string.Join(", ", EntryKeys)})");

        var same = Strings(element, "same", name, problems);
        var ask = Strings(element, "ask", name, problems);
        var find = Strings(element, "find", name, problems);
        name = $"entry {number} ({(same ?? ask ?? find)?.FirstOrDefault() ?? "no phrases"})";

        var group = element.TryGetProperty("group", out var g) && g.ValueKind == JsonValueKind.String ? g.GetString()! : null;
        if (group is null) problems.Add($"{name}: has no \"group\" (one of {string.Join(", ", Groups)})");
        else if (!Groups.Contains(group, StringComparer.Ordinal)) problems.Add($"{name}: group '{group}' is not one of {string.Join(", ", Groups)}");

        var matchCase = element.TryGetProperty("matchCase", out var m) && m.ValueKind == JsonValueKind.True;
        if (element.TryGetProperty("matchCase", out m) && m.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            problems.Add($"{name}: \"matchCase\" must be true or false");

        if (same is not null && (ask is not null || find is not null))
            problems.Add($"{name}: has \"same\" and \"ask\"/\"find\"; use \"same\" for words that mean the same either way, or \"ask\" with \"find\" for one way");
        else if (same is null && (ask is null || find is null))
            problems.Add($"{name}: needs \"same\" (two or more phrases), or both \"ask\" and \"find\"");
        else if (same is not null && same.Count < 2)
            problems.Add($"{name}: \"same\" needs at least two phrases");

        foreach (var phrase in (same ?? []).Concat(ask ?? []))
            Check(phrase, name, mustBePlain: same is not null, problems);
        foreach (var phrase in find ?? [])
            Check(phrase, name, mustBePlain: true, problems);
        // A phrase may be both asked and found ("private fostering" is how people and reviews both say it), not twice in one list.
        foreach (var list in new[] { same, ask, find })
            foreach (var repeated in (list ?? []).GroupBy(p => p, StringComparer.OrdinalIgnoreCase).Where(x => x.Count() > 1))
                problems.Add($"{name}: '{repeated.Key}' is listed twice");

        if (problems.Count > count) return null;
        return same is not null
            ? new VocabularyEntry(number, group!, same, same, TwoWay: true, matchCase)
            : new VocabularyEntry(number, group!, ask!, find!, TwoWay: false, matchCase);
    }

    private static void Check(string phrase, string name, bool mustBePlain, List<string> problems)
    {
        Phrase parsed;
        try
        {
            parsed = PhraseParser.Parse(phrase);
        }
        catch (PhraseSyntaxException e)
        {
            problems.Add($"{name}: '{phrase}': {e.Message}");
            return;
        }
        if (parsed.IsWeak || parsed.IsRegex || parsed.Context.Count > 0)
            problems.Add($"{name}: '{phrase}': weak:, re: and near: belong to the taxonomy; the vocabulary takes phrases as people say them");
        else if (mustBePlain && parsed.PlainText is null)
            problems.Add($"{name}: '{phrase}' is searched for, so it must be plain words (no *, ... or (a|b)); put patterns in \"ask\"");
    }

    private static List<string>? Strings(JsonElement entry, string key, string name, List<string> problems)
    {
        if (!entry.TryGetProperty(key, out var value)) return null;
        if (value.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{name}: \"{key}\" must be a list of phrases");
            return null;
        }
        var result = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && item.GetString()!.Trim() is { Length: > 0 } text) result.Add(text);
            else problems.Add($"{name}: \"{key}\" holds something that is not a phrase ({item.GetRawText()})");
        }
        if (result.Count == 0) problems.Add($"{name}: \"{key}\" is empty");
        return result;
    }
}
