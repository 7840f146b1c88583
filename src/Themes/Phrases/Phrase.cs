namespace LearningSearch.Themes.Phrases;

/// <summary>A piece of a plain phrase as a training lead wrote it.</summary>
internal abstract record PhrasePart;

/// <summary>One written word ("appointment", "multi-agency", "CP-IS"); a trailing * makes it a prefix ("escalat*").</summary>
internal sealed record WordPart(string Text, bool IsPrefix) : PhrasePart;

/// <summary><c>...</c>: up to <see cref="PhraseRegexBuilder.GapWords"/> other words may sit here.</summary>
internal sealed record GapPart : PhrasePart;

/// <summary><c>(did|do|does)</c>: any one of the options, each itself a short phrase.</summary>
internal sealed record ChoicePart(IReadOnlyList<IReadOnlyList<PhrasePart>> Options) : PhrasePart;

/// <summary>
/// One entry of a theme's <c>phrases</c>, <c>synonyms</c> or <c>exclusions</c> list, parsed.
/// Either <see cref="Regex"/> is set (a <c>re:</c> entry) or <see cref="Words"/> is.
/// </summary>
/// <param name="Source">The entry exactly as written in the taxonomy.</param>
/// <param name="IsWeak">Written with <c>weak:</c>; counts for less (see the tagger's scoring rule).</param>
/// <param name="Regex">The pattern of a <c>re:</c> entry.</param>
/// <param name="Words">The phrase of a plain entry.</param>
/// <param name="Context">For <c>near:</c> entries, the words of which one must be close by.</param>
internal sealed record Phrase(
    string Source,
    bool IsWeak,
    string? Regex,
    IReadOnlyList<PhrasePart> Words,
    IReadOnlyList<IReadOnlyList<PhrasePart>> Context)
{
    public bool IsRegex => Regex is not null;

    /// <summary>
    /// The phrase as plain search words when it has no pattern in it ("missed appointment"), else null:
    /// only such phrases may be offered to a search engine as expansions.
    /// </summary>
    public string? PlainText =>
        !IsRegex && Words.All(p => p is WordPart { IsPrefix: false })
            ? string.Join(' ', Words.Cast<WordPart>().Select(w => w.Text))
            : null;
}
