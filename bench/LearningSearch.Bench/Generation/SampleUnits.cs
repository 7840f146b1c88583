using System.Text.RegularExpressions;
using LearningSearch.Index.Units;
using LearningSearch.Indexer.Corpus;
using LearningSearch.Indexer.Indexing;
using LearningSearch.Indexer.Model;

namespace LearningSearch.Bench.Generation;

/// <summary>A unit of one of the sample reviews, flattened to one paragraph, with the theme it is mostly about.</summary>
public sealed record SampleUnit(UnitKind Kind, string Text, string Theme, string ReviewId);

/// <summary>
/// The units of the bundled sample reviews, read with the real extractor and tagger: the material the synthetic
/// corpus recombines, grouped by kind and by the strongest theme, with their sentences pooled per theme so that
/// sentences can be swapped between units about the same thing.
/// </summary>
public sealed partial class SampleUnits
{
    private readonly Dictionary<(UnitKind Kind, string Theme), List<SampleUnit>> _byKindAndTheme;
    private readonly Dictionary<UnitKind, List<SampleUnit>> _byKind;
    private readonly Dictionary<string, List<string>> _sentencesByTheme;

    public SampleUnits(IEnumerable<SampleUnit> units)
    {
        var list = units.Where(u => u.Text.Length >= 60).ToList();
        if (list.Count == 0) throw new InvalidOperationException("The sample corpus has no units long enough to recombine.");
        Units = list;
        _byKind = list.GroupBy(u => u.Kind).ToDictionary(g => g.Key, g => g.ToList());
        _byKindAndTheme = list.GroupBy(u => (u.Kind, u.Theme)).ToDictionary(g => g.Key, g => g.ToList());
        _sentencesByTheme = list.GroupBy(u => u.Theme).ToDictionary(
            g => g.Key,
            g => g.SelectMany(u => Sentences(u.Text)).Where(s => s.Length is >= 40 and <= 400).Distinct().ToList());
        Themes = list.Where(u => u.Kind == UnitKind.Recommendation).Select(u => u.Theme).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<SampleUnit> Units { get; }

    /// <summary>The themes recommendations are about; a synthetic recommendation picks one and its actions follow it.</summary>
    public IReadOnlyList<string> Themes { get; }

    /// <summary>Reads the sample reviews (the bundled <c>corpus/</c>) with the product's extractor.</summary>
    public static SampleUnits Read(string samplesFolder)
    {
        var extraction = new CorpusReader(IndexerServices.CreateExtractor()).ReadAll(samplesFolder);
        return new SampleUnits(extraction.Reviews.SelectMany(r => r.Units.Select(u =>
            new SampleUnit(u.Kind, Flatten(u.Text), u.Themes.FirstOrDefault()?.ThemeId ?? "general", r.Review.Id))));
    }

    /// <summary>Units of a kind about a theme; where the samples have none, units of that kind about anything.</summary>
    public IReadOnlyList<SampleUnit> Of(UnitKind kind, string theme) =>
        _byKindAndTheme.TryGetValue((kind, theme), out var about) && about.Count > 0 ? about
        : _byKind.TryGetValue(kind, out var any) ? any
        : Units;

    public IReadOnlyList<string> SentencesAbout(string theme) =>
        _sentencesByTheme.TryGetValue(theme, out var sentences) && sentences.Count > 0 ? sentences : _sentencesByTheme.Values.First(s => s.Count > 0);

    public static IReadOnlyList<string> Sentences(string text) =>
        SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    /// <summary>
    /// One paragraph, safe to place in any layout: no line breaks, tabs or bullets, no citation of another
    /// review's recommendation numbers, no leading number that a layout would read as its own numbering.
    /// </summary>
    public static string Flatten(string text)
    {
        var flat = Citation().Replace(text, "");
        flat = Bullet().Replace(flat, " ");
        flat = Space().Replace(flat, " ").Trim();
        flat = LeadingNumber().Replace(flat, "");
        if (flat.Length > 0 && char.IsLower(flat[0])) flat = char.ToUpperInvariant(flat[0]) + flat[1..];
        return flat.Length == 0 || ".!?".Contains(flat[^1], StringComparison.Ordinal) ? flat : flat.TrimEnd(':', ';', ',') + ".";
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\(\s*\**\s*Recommendations?\s+[^)]*\)\**", RegexOptions.IgnoreCase)]
    private static partial Regex Citation();

    [GeneratedRegex(@"(^|\n)\s*[-\u2022*]\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"^(?:[-\u2022*]\s*)?(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-z][.)]|[ivx]{1,4}[.)])\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingNumber();
}
