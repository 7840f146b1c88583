namespace LearningSearch.Themes.Phrases;

/// <summary>
/// Reads the small phrase syntax of <c>taxonomy.json</c> (documented in the README):
/// <c>weak:</c> and <c>re:</c> prefixes, <c>...</c> gaps, <c>(a|b)</c> choices, <c>word*</c> prefixes and
/// a trailing <c>near: x, y</c> context list. Characters that only make sense in a regular expression are
/// refused here, because a trainer who typed them meant a pattern and should say so with <c>re:</c>.
/// </summary>
internal static class PhraseParser
{
    public const string WeakPrefix = "weak:";
    public const string RegexPrefix = "re:";
    private const string NearMarker = "near:";
    private const int ShortestPrefixStem = 3;
    private static readonly System.Buffers.SearchValues<char> RegexOnlyCharacters = System.Buffers.SearchValues.Create("[]{}\\^$+?\"");

    public static Phrase Parse(string source)
    {
        var rest = source.Trim();
        var isWeak = false;
        if (rest.StartsWith(WeakPrefix, StringComparison.OrdinalIgnoreCase))
        {
            isWeak = true;
            rest = rest[WeakPrefix.Length..].Trim();
        }

        if (rest.StartsWith(RegexPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var pattern = rest[RegexPrefix.Length..];
            if (pattern.Trim().Length == 0)
            {
                throw new PhraseSyntaxException("'re:' is followed by no pattern");
            }

            return new Phrase(source, isWeak, pattern, [], []);
        }

        var context = new List<IReadOnlyList<PhrasePart>>();
        var nearAt = rest.IndexOf(NearMarker, StringComparison.OrdinalIgnoreCase);
        if (nearAt >= 0)
        {
            var contextText = rest[(nearAt + NearMarker.Length)..];
            rest = rest[..nearAt].Trim();
            foreach (var item in contextText.Split(','))
            {
                if (item.Trim().Length == 0)
                {
                    throw new PhraseSyntaxException("'near:' list has an empty item (check the commas)");
                }

                var words = ParseSequence(item.Trim());
                if (words.Any(p => p is GapPart))
                {
                    throw new PhraseSyntaxException("a 'near:' word cannot contain '...'");
                }

                context.Add(words);
            }
        }

        if (rest.Length == 0)
        {
            throw new PhraseSyntaxException("the phrase is empty");
        }

        return new Phrase(source, isWeak, null, ParseSequence(rest), context);
    }

    private static List<PhrasePart> ParseSequence(string text)
    {
        var bad = text.IndexOfAny(RegexOnlyCharacters);
        if (bad >= 0)
        {
            throw new PhraseSyntaxException(
                $"'{text[bad]}' is not allowed in a plain phrase; write a regular expression as 're:...'");
        }

        var position = 0;
        var parts = ReadParts(text, ref position, insideChoice: false);
        if (position < text.Length)
        {
            throw new PhraseSyntaxException($"unexpected '{text[position]}'");
        }

        return parts;
    }

    private static List<PhrasePart> ReadParts(string text, ref int position, bool insideChoice)
    {
        var parts = new List<PhrasePart>();
        while (position < text.Length)
        {
            var c = text[position];
            if (char.IsWhiteSpace(c))
            {
                position++;
            }
            else if (c == '(')
            {
                position++;
                parts.Add(ReadChoice(text, ref position));
            }
            else if (c is ')' or '|')
            {
                if (!insideChoice)
                {
                    throw new PhraseSyntaxException(c == ')' ? "')' without '('" : "'|' outside '( )'");
                }

                break;
            }
            else
            {
                var start = position;
                while (position < text.Length && !char.IsWhiteSpace(text[position]) && text[position] is not ('(' or ')' or '|'))
                {
                    position++;
                }

                parts.Add(ToPart(text[start..position]));
            }
        }

        CheckGaps(parts);
        return parts;
    }

    private static ChoicePart ReadChoice(string text, ref int position)
    {
        var options = new List<IReadOnlyList<PhrasePart>>();
        while (true)
        {
            var option = ReadParts(text, ref position, insideChoice: true);
            if (option.Count == 0)
            {
                throw new PhraseSyntaxException("'( | )' has an empty choice");
            }

            options.Add(option);
            if (position >= text.Length)
            {
                throw new PhraseSyntaxException("'(' without ')'");
            }

            var c = text[position++];
            if (c == ')')
            {
                return new ChoicePart(options);
            }
        }
    }

    private static PhrasePart ToPart(string token)
    {
        if (token == "...")
        {
            return new GapPart();
        }

        if (token.Contains("..", StringComparison.Ordinal))
        {
            throw new PhraseSyntaxException($"'{token}': write a gap as '...' on its own, with spaces around it");
        }

        var isPrefix = token.EndsWith('*');
        var word = isPrefix ? token[..^1] : token;
        if (word.Contains('*', StringComparison.Ordinal))
        {
            throw new PhraseSyntaxException($"'{token}': '*' may only end a word");
        }

        if (isPrefix && word.Count(char.IsLetterOrDigit) < ShortestPrefixStem)
        {
            throw new PhraseSyntaxException($"'{token}': a word ending in '*' needs at least {ShortestPrefixStem} letters before it");
        }

        if (!word.Any(char.IsLetterOrDigit) && word != "&")
        {
            throw new PhraseSyntaxException($"'{token}' has no letters");
        }

        return new WordPart(word, isPrefix);
    }

    private static void CheckGaps(List<PhrasePart> parts)
    {
        if (parts.Count > 0 && (parts[0] is GapPart || parts[^1] is GapPart))
        {
            throw new PhraseSyntaxException("'...' must sit between two words");
        }

        for (var i = 1; i < parts.Count; i++)
        {
            if (parts[i] is GapPart && parts[i - 1] is GapPart)
            {
                throw new PhraseSyntaxException("two '...' in a row");
            }
        }
    }
}
