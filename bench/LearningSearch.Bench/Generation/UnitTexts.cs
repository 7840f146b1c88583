using System.Text.RegularExpressions;
using LearningSearch.Index.Units;
using LearningSearch.Indexer.Model;

namespace LearningSearch.Bench.Generation;

/// <summary>
/// Writes the unit texts of one synthetic review: a real unit of the sample reviews about the chosen theme,
/// with one of its sentences swapped for a sentence of another unit about the same theme (sometimes one
/// added), its places moved to the review's area and its years to the review's time. No text repeats within
/// a review, because a line a document repeats is read as a running header.
/// </summary>
public sealed partial class UnitTexts(SampleUnits samples, Place place, int year, Random random)
{
    private static readonly Dictionary<string, int> SampleYears = new(StringComparer.Ordinal)
    {
        ["ads14"] = 2017, ["rds20"] = 2023, ["an09"] = 2009, ["family-y"] = 2019, ["cqc-derby-2015"] = 2015,
    };

    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public Random Random => random;

    /// <summary>A theme for the next recommendation, drawn from the themes the samples' recommendations have.</summary>
    public string PickTheme() => samples.Themes[random.Next(samples.Themes.Count)];

    public string Recommendation(string theme) => Next(UnitKind.Recommendation, theme, mayGrow: false);

    public string Action(string theme) => Next(UnitKind.Action, theme, mayGrow: true);

    public string Finding(string theme) => Next(random.NextDouble() < 0.75 ? UnitKind.Finding : UnitKind.Action, theme, mayGrow: true);

    /// <summary>A short sentence about the theme, for an outcome or an impact cell.</summary>
    public string Sentence(string theme)
    {
        var sentences = samples.SentencesAbout(theme);
        return Localise(sentences[random.Next(sentences.Count)], "an09");
    }

    private string Next(UnitKind kind, string theme, bool mayGrow)
    {
        var pool = samples.Of(kind, theme);
        for (var attempt = 0; ; attempt++)
        {
            var source = pool[random.Next(pool.Count)];
            var sentences = SampleUnits.Sentences(source.Text).ToList();
            var about = samples.SentencesAbout(theme);
            if (sentences.Count >= 2 && (random.NextDouble() < 0.6 || attempt > 0))
                sentences[random.Next(sentences.Count)] = about[random.Next(about.Count)];
            if (mayGrow && (random.NextDouble() < 0.25 || attempt > 1))
                sentences.Add(about[random.Next(about.Count)]);
            var text = Localise(string.Join(" ", sentences), source.ReviewId);
            if (_used.Add(text) || attempt >= 6) return text;
        }
    }

    private string Localise(string text, string sourceReview)
    {
        var shift = year - SampleYears.GetValueOrDefault(sourceReview, year);
        var moved = County().Replace(text, place.Area);
        moved = Town().Replace(moved, place.Town);
        return Year().Replace(moved, m => Math.Clamp(int.Parse(m.Value) + shift, 2000, year).ToString());
    }

    [GeneratedRegex(@"\b(?:Derbyshire|Nottinghamshire|Staffordshire)\b")]
    private static partial Regex County();

    [GeneratedRegex(@"\b(?:Derby|Nottingham|Chesterfield|Burton|Broxtowe|Stoke-[Oo]n-Trent)\b")]
    private static partial Regex Town();

    [GeneratedRegex(@"\b(?:199\d|20[0-2]\d)\b")]
    private static partial Regex Year();
}
