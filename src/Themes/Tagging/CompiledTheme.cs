using System.Text.RegularExpressions;
using LearningSearch.Themes.Loading;
using LearningSearch.Themes.Phrases;

namespace LearningSearch.Themes.Tagging;

/// <summary>One match of a theme's entry in a text.</summary>
internal readonly record struct Hit(int Start, int Length, int Entry, bool IsWeak)
{
    public int End => Start + Length;

    public bool Overlaps(int start, int end) => Start < end && start < End;
}

/// <summary>
/// A theme's phrases and synonyms compiled into one regular expression (each entry a named group, so a
/// match tells which entry fired and how strong it is), plus one for its exclusions. Built once; a
/// compiled <see cref="Regex"/> is safe to use from many threads.
/// </summary>
internal sealed class CompiledTheme
{
    private readonly Regex signals;
    private readonly Regex? exclusions;
    private readonly int[] groupNumbers;
    private readonly bool[] isWeak;

    public CompiledTheme(ParsedTheme parsed, bool abbreviationsMatchCase)
    {
        Theme = parsed.Theme;

        // Where two entries match at the same word, the first listed wins: strong before weak ("housing"
        // must not count as weak "house"), then the fuller wording, so it becomes the evidence.
        var entries = parsed.Synonyms.Concat(parsed.Phrases)
            .OrderBy(p => p.IsWeak)
            .ThenByDescending(p => p.Words.Count)
            .ThenByDescending(p => p.Source.Length)
            .ToArray();
        isWeak = entries.Select(e => e.IsWeak).ToArray();
        var alternatives = entries.Select((e, i) => $"(?<e{i}>{PhraseRegexBuilder.Build(e, abbreviationsMatchCase)})");
        signals = new Regex(string.Join('|', alternatives), PatternOptions.Running, PatternOptions.Timeout);
        groupNumbers = entries.Select((_, i) => signals.GroupNumberFromName($"e{i}")).ToArray();

        if (parsed.Exclusions.Count > 0)
        {
            var excluded = parsed.Exclusions.Select(e => PhraseRegexBuilder.Build(e, abbreviationsMatchCase));
            exclusions = new Regex(string.Join('|', excluded), PatternOptions.Running, PatternOptions.Timeout);
        }
    }

    public Theme Theme { get; }

    /// <summary>Every match of the theme's entries that does not sit inside one of its exclusions.</summary>
    public List<Hit> Find(string text)
    {
        var hits = new List<Hit>();
        for (var match = signals.Match(text); match.Success; match = match.NextMatch())
        {
            var entry = EntryOf(match);
            hits.Add(new Hit(match.Index, match.Length, entry, isWeak[entry]));
        }

        if (hits.Count > 0 && exclusions is not null)
        {
            for (var excluded = exclusions.Match(text); excluded.Success; excluded = excluded.NextMatch())
            {
                var (start, end) = (excluded.Index, excluded.Index + excluded.Length);
                hits.RemoveAll(h => h.Overlaps(start, end));
            }
        }

        return hits;
    }

    private int EntryOf(Match match)
    {
        for (var i = 0; i < groupNumbers.Length; i++)
        {
            if (match.Groups[groupNumbers[i]].Success)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"a match of theme '{Theme.Id}' belongs to no entry");
    }
}
