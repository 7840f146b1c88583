using LearningSearch.Themes.Loading;

namespace LearningSearch.Themes.Tagging;

/// <summary>A theme ready for tagging: its synonyms and phrases as one <see cref="PhraseSet"/>, its exclusions as another.</summary>
internal sealed class CompiledTheme
{
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
        Signals = new PhraseSet(entries, abbreviationsMatchCase);
        Exclusions = new PhraseSet(parsed.Exclusions, abbreviationsMatchCase);
    }

    public Theme Theme { get; }

    public PhraseSet Signals { get; }

    public PhraseSet Exclusions { get; }
}
