using System.Text.Json;

namespace LearningSearch.Themes.Tests.Quality;

/// <summary>A unit of a review with the themes its blind labellers gave it, as the tagger sees it.</summary>
/// <param name="BlindSet">The blind extraction set the unit's review came from, when it came from one.</param>
public sealed record LabelledUnit(string Id, string Review, bool HeldOut, string Text, string[] Themes, int? BlindSet = null)
{
    /// <summary>The labelled units of a folder of tests/Themes.Tests (its labelled-units.jsonl).</summary>
    public static List<LabelledUnit> In(string folder)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LearningSearch.sln"))) dir = dir.Parent;
        var path = Path.Combine(dir!.FullName, "tests", "Themes.Tests", folder, "labelled-units.jsonl");
        return File.ReadLines(path).Where(l => l.Length > 0).Select(l =>
        {
            using var doc = JsonDocument.Parse(l);
            var r = doc.RootElement;
            return new LabelledUnit(r.GetProperty("id").GetString()!, r.GetProperty("reviewId").GetString()!, r.GetProperty("heldOut").GetBoolean(),
                r.GetProperty("text").GetString()!, r.GetProperty("themes").EnumerateArray().Select(t => t.GetString()!).ToArray(),
                r.TryGetProperty("blindSet", out var set) ? set.GetInt32() : null);
        }).ToList();
    }
}
