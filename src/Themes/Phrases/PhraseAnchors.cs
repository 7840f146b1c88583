namespace LearningSearch.Themes.Phrases;

/// <summary>
/// The literal lower-case beginnings ("anchors") with which every match of a phrase must start its first
/// word: "escalat" for <c>escalat*</c>, "p" for "paediatric" (because of "pediatric"), {"did", "do", "does"}
/// for <c>(did|do|does) not attend</c>. The tagger looks only at words that begin with an anchor, which is
/// what makes tagging half a million units affordable. Null means the phrase can start anywhere (a
/// <c>re:</c> entry, or a first letter that has spelling variants) and must be searched for in full.
/// </summary>
internal static class PhraseAnchors
{
    /// <summary>In an anchor, stands for the spaces or punctuation between two words ("co sleep", "a e" for A&amp;E).</summary>
    public const char Gap = ' ';

    // The words that "not" can be glued to as n't (see PhraseRegexBuilder.NotFirst), cut before the apostrophe.
    private static readonly string[] NotAnchors =
        ["not", "isn", "wasn", "weren", "aren", "don", "doesn", "didn", "hasn", "haven", "hadn", "couldn", "wouldn", "shouldn", "mustn", "needn", "can", "won"];

    // What the pattern builders put between words or word halves, and whether it may be nothing at all.
    private static readonly (string Between, string[] Choices)[] Joiners =
    [
        (WordForms.HyphenJoin, ["", Gap.ToString()]),
        (PhraseRegexBuilder.Separator, [Gap.ToString()]),
        (WordForms.Ampersand, [Gap.ToString()]),
        (WordForms.OptionalDot, ["", Gap.ToString()]),
        (WordForms.Possessive, ["", Gap + "s", Gap.ToString()]),
        (WordForms.AbbreviationPlural, ["", "s", Gap + "s"]),
    ];

    // Enough to read through a word's endings into the next word; more would only grow the letter tree.
    private const int MostAnchors = 24;

    public static IReadOnlyList<string>? Of(Phrase phrase, bool abbreviationsMatchCase)
    {
        if (phrase.IsRegex)
        {
            return null;
        }

        return OfWords(phrase.Words, abbreviationsMatchCase);
    }

    /// <summary>
    /// Reads through the words as far as they allow ("no access visit" gives "no access"); a choice that opens
    /// the phrase is read once per option ("(child|young person) in care" gives "child in care" and "young
    /// person in care"); a phrase opening with "not" is anchored on the words "not" can be part of.
    /// </summary>
    private static List<string>? OfWords(IReadOnlyList<PhrasePart> words, bool abbreviationsMatchCase)
    {
        switch (words[0])
        {
            case WordPart first when !IsNot(first):
                var body = PhraseRegexBuilder.Body(new Phrase("", false, null, words, []), abbreviationsMatchCase);
                var anchors = LiteralStarts(body);
                return anchors.Count > 0 ? anchors : null;
            case ChoicePart choice:
                var all = new List<string>();
                foreach (var option in choice.Options)
                {
                    if (OfWords([.. option, .. words.Skip(1)], abbreviationsMatchCase) is not { } optionAnchors)
                    {
                        return null;
                    }

                    all.AddRange(optionAnchors);
                }

                return all.Distinct(StringComparer.Ordinal).ToList();
            default:
                return OfSequence(words, abbreviationsMatchCase);
        }
    }

    private static bool IsNot(WordPart word) => !word.IsPrefix && word.Text.Equals("not", StringComparison.OrdinalIgnoreCase);

    private static List<string>? OfSequence(IReadOnlyList<PhrasePart> parts, bool abbreviationsMatchCase)
    {
        switch (parts[0])
        {
            case WordPart word when IsNot(word):
                return [.. NotAnchors];
            case WordPart word:
                var literal = LiteralStarts(WordForms.Pattern(word.Text, word.IsPrefix, abbreviationsMatchCase));
                return literal.Count > 0 ? literal : null;
            case ChoicePart choice:
                var anchors = new List<string>();
                foreach (var option in choice.Options)
                {
                    if (OfSequence(option, abbreviationsMatchCase) is not { } optionAnchors)
                    {
                        return null;
                    }

                    anchors.AddRange(optionAnchors);
                }

                return anchors.Distinct(StringComparer.Ordinal).ToList();
            default:
                return null;
        }
    }

    /// <summary>
    /// The literal beginnings of a generated word pattern, lower-cased: "m[ae]n" gives "man" and "men",
    /// "pa?ediatric" gives "paediatric" and "pediatric". Expansion stops at the first construct it does not
    /// follow, so every anchor is a true prefix of every match. Empty when the pattern starts with such a construct.
    /// </summary>
    private static List<string> LiteralStarts(string pattern)
    {
        // Capitals written "(?-i:DNA)" are letters like any other here: the letter tree ignores case.
        const string matchCase = "(?-i:";
        if (pattern.StartsWith(matchCase, StringComparison.Ordinal) && pattern.IndexOf(')', StringComparison.Ordinal) is > 0 and var close)
        {
            pattern = pattern[matchCase.Length..close] + pattern[(close + 1)..];
        }

        var i = 0;
        var starts = new List<string> { "" };
        while (i < pattern.Length)
        {
            var at = i;
            if (ReadChoices(pattern, ref i) is not { } choices)
            {
                break;
            }

            // Spaces and punctuation in a row are one gap: the word walk skips them all at once.
            var longer = starts
                .SelectMany(s => choices.Select(c => s.EndsWith(Gap) && c.StartsWith(Gap) ? s + c[1..] : s + c))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (longer.Count > MostAnchors)
            {
                i = at;
                break;
            }

            starts = longer;
        }


        var anchors = starts.Select(s => s.TrimEnd(Gap).ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        if (anchors.Any(a => a.Length == 0))
        {
            return [];
        }

        // "child" already finds every word that "children" would.
        return anchors.Where(a => !anchors.Any(b => b.Length < a.Length && a.StartsWith(b, StringComparison.Ordinal))).ToList();
    }

    /// <summary>The literal texts the pattern element at <paramref name="i"/> may match, or null to stop.</summary>
    private static List<string>? ReadChoices(string pattern, ref int i)
    {
        List<string>? choices = null;
        var end = i;
        var c = pattern[i];
        foreach (var (between, joinerChoices) in Joiners)
        {
            if (pattern.AsSpan(i).StartsWith(between, StringComparison.Ordinal))
            {
                i += between.Length;
                return [.. joinerChoices];
            }
        }

        if (char.IsLetterOrDigit(c))
        {
            choices = [c.ToString()];
            end = i + 1;
        }
        else if (pattern.AsSpan(i).StartsWith("(?-i:", StringComparison.Ordinal))
        {
            var close = pattern.IndexOf(')', i);
            var letters = close > i ? pattern[(i + 5)..close] : "";
            if (letters.Length > 0 && letters.All(char.IsLetterOrDigit))
            {
                choices = [letters];
                end = close + 1;
            }
        }
        else if (c == '[')
        {
            var close = pattern.IndexOf(']', i);
            var members = close > i ? pattern[(i + 1)..close] : "";
            if (members.Length > 0 && members.All(char.IsLetterOrDigit))
            {
                choices = members.Select(m => m.ToString()).ToList();
                end = close + 1;
            }
        }
        else if (pattern.AsSpan(i).StartsWith("(?:", StringComparison.Ordinal))
        {
            var close = pattern.IndexOf(')', i);
            var options = close > i ? pattern[(i + 3)..close].Split('|') : [];
            if (options.Length > 0 && options.All(o => o.Length > 0 && o.All(char.IsLetterOrDigit)))
            {
                choices = [.. options];
                end = close + 1;
            }
        }

        if (choices is null)
        {
            return null;
        }

        if (end < pattern.Length && pattern[end] is '*' or '+' or '{')
        {
            return null;
        }

        if (end < pattern.Length && pattern[end] == '?')
        {
            choices.Add("");
            end++;
        }

        i = end;
        return choices;
    }
}
