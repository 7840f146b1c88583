using System.Text;

namespace LearningSearch.Themes.Phrases;

/// <summary>
/// Writes the regular expression for a parsed <see cref="Phrase"/>. Every quantifier is bounded and every
/// word is separated from the next by characters a word cannot contain, so no pattern built here can
/// backtrack catastrophically, whatever a training lead writes.
/// </summary>
internal static class PhraseRegexBuilder
{
    /// <summary>How many other words a <c>...</c> gap accepts: "missed ... appointment" finds "missed two medical appointments".</summary>
    public const int GapWords = 3;

    /// <summary>How many words either side a <c>near:</c> word may be: about a short sentence.</summary>
    public const int NearWords = 8;

    // Spaces, line breaks, dashes and slashes ("drug/alcohol") separate words; punctuation such as ',' or '.'
    // does not, so a phrase or a gap never runs across a clause.
    public const string Separator = @"[\s\-‐‑–—/]+";
    private const string GapWord = @"[\w'’]+";
    // \b rather than (?<!\w) at the start: .NET finds candidate positions by the phrases' first letters only
    // when the pattern opens with \b; a lookbehind there makes it try every position (about eight times slower).
    private const string Start = @"\b";
    private const string End = @"(?!\w)";

    // "was not brought" also finds "wasn't brought", "cannot" and "not being brought".
    private const string NotAfterWord = "(?:" + Separator + "not|n['’‘]t|not)";
    // Contractions are listed rather than written \w+n't, which would make every word a candidate start.
    private const string NotFirst =
        @"(?:not|(?:is|was|were|are|do|does|did|has|have|had|could|would|should|must|need|ca|wo)n['’‘]t)";
    private const string OptionalBe = "(?:" + Separator + "(?:be|being|been))?";

    public static string Build(Phrase phrase, bool abbreviationsMatchCase, bool withContext = true)
    {
        if (phrase.Regex is { } regex)
        {
            return "(?:" + regex + ")";
        }

        var body = Start + Sequence(phrase.Words, abbreviationsMatchCase) + End;
        if (!withContext || phrase.Context.Count == 0)
        {
            return "(?:" + body + ")";
        }

        // The phrase is checked first, on its own, so the costly look around for context words only happens
        // where the phrase is actually present.
        var context = "(?:" + string.Join('|', phrase.Context.Select(c => Start + Sequence(c, abbreviationsMatchCase) + End)) + ")";
        var between = NearWords - 1;
        return $@"(?:(?={body})(?:(?<={context}\W+(?:\w+\W+){{0,{between}}})|(?={body}(?:\W+\w+){{0,{between}}}?\W+{context})){body})";
    }

    /// <summary>The pattern of a plain phrase's words alone: no word boundaries, no <c>near:</c> condition.</summary>
    public static string Body(Phrase phrase, bool abbreviationsMatchCase) => Sequence(phrase.Words, abbreviationsMatchCase);

    private static string Sequence(IReadOnlyList<PhrasePart> parts, bool abbreviationsMatchCase)
    {
        var pattern = new StringBuilder();
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            var previous = i > 0 ? parts[i - 1] : null;
            if (part is GapPart)
            {
                pattern.Append("(?:").Append(Separator).Append(GapWord).Append("){0,").Append(GapWords).Append("}?");
                continue;
            }

            if (IsNot(part))
            {
                pattern.Append(previous is null ? NotFirst : NotAfterWord);
                pattern.Append(OptionalBe);
                continue;
            }

            if (previous is not null)
            {
                pattern.Append(Separator);
            }

            pattern.Append(part switch
            {
                WordPart word => WordForms.Pattern(word.Text, word.IsPrefix, abbreviationsMatchCase),
                ChoicePart choice => "(?:" + string.Join('|', choice.Options.Select(o => Sequence(o, abbreviationsMatchCase))) + ")",
                _ => throw new InvalidOperationException("unknown phrase part " + part),
            });
        }

        return pattern.ToString();
    }

    private static bool IsNot(PhrasePart part) =>
        part is WordPart { IsPrefix: false } word && word.Text.Equals("not", StringComparison.OrdinalIgnoreCase);
}
