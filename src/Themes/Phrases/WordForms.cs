using System.Text.RegularExpressions;

namespace LearningSearch.Themes.Phrases;

/// <summary>
/// The pattern for one written word: its plural, possessive and verb forms (appointment → appointments;
/// escalate → escalated, escalating; refer → referred; chronology → chronologies), its American spelling,
/// and for hyphenated words every way reviews write them ("multi-agency", "multi agency", "multiagency",
/// "non- engagement"). Trainers write the base form; the forms follow, so rules stay general.
/// </summary>
internal static class WordForms
{
    /// <summary>Hyphen, space, or nothing: how the halves of a hyphenated word are found in real text.</summary>
    public const string HyphenJoin = @"(?:\s*[-‐‑–—]\s*|\s+)?";

    // DNA, LAC, ED, MASH, SEND, DASH: short capitals are also everyday words ("send", "dash", "Ed"), so in
    // documents they count only in capitals. Longer ones (CAMHS, MARAC) are safe in any case.
    private const int ShortAbbreviation = 4;

    public const string Ampersand = @"\s*&\s*";
    public const string OptionalDot = @"\.?";

    // "child's", "parents'": a bare apostrophe only after a plural s, else it is a closing quote ('Was Not Brought').
    public const string Possessive = "(?:['’‘]s|(?<=s)['’‘])?";
    public const string AbbreviationPlural = "(?:['’‘]?s)?";
    private const string Apostrophe = "['’‘]?";

    // Small words take no endings: "was" must not become "wases", and "not" is handled by the phrase builder.
    private static readonly HashSet<string> FunctionWords =
    [
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "and", "or", "nor", "not", "no",
        "is", "was", "were", "are", "be", "been", "being", "am", "do", "does", "did", "has", "have", "had",
        "as", "from", "into", "onto", "their", "his", "her", "hers", "its", "our", "your", "my", "this", "that",
        "these", "those", "who", "whom", "which", "can", "could", "will", "would", "should", "must", "may",
        "might", "shall", "than", "then", "own", "alone", "all", "any", "each", "other", "one", "out", "up",
        "under", "over", "after", "before", "between", "within", "without", "about", "they", "them", "it",
    ];

    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["child"] = "child(?:ren)?", ["children"] = "child(?:ren)?",
        ["man"] = "m[ae]n", ["men"] = "m[ae]n", ["woman"] = "wom[ae]n", ["women"] = "wom[ae]n",
        ["wife"] = "wi(?:fe|ves)", ["wives"] = "wi(?:fe|ves)",
        ["midwife"] = "midwi(?:fe|ves)", ["midwives"] = "midwi(?:fe|ves)",
        ["life"] = "li(?:fe|ves)", ["lives"] = "li(?:fe|ves)",
        ["knife"] = "kni(?:fe|ves)", ["knives"] = "kni(?:fe|ves)",
        ["learn"] = "learn(?:s|t|ed|ing)?", ["burn"] = "burn(?:s|t|ed|ing)?",
        ["people"] = "people", ["police"] = "police",
    };

    // Nouns with these endings take a plural only: "assessmented" is not a word worth a regex branch.
    private static readonly string[] NounEndings =
        ["tion", "sion", "ment", "ness", "ship", "ism", "ance", "ence", "hood", "ics", "ure", "age"];

    /// <param name="word">One word as written, without spaces (it may hold hyphens, digits, "&amp;", "'" or ".").</param>
    /// <param name="isPrefix">Written with a trailing '*': any ending is accepted.</param>
    /// <param name="abbreviationsMatchCase">
    /// True when tagging documents: capital abbreviations of up to four letters (DNA, LAC, ED, MASH) then match
    /// only in capitals, so "Ed", "lac" or "send" never count. False for search queries, which people type in lower case.
    /// </param>
    public static string Pattern(string word, bool isPrefix, bool abbreviationsMatchCase)
    {
        var pieces = Regex.Split(word, "[-‐‑–—]").Where(p => p.Length > 0).ToArray();
        var patterns = new string[pieces.Length];
        for (var i = 0; i < pieces.Length; i++)
        {
            var isLast = i == pieces.Length - 1;
            patterns[i] = PiecePattern(pieces[i], isLast, isLast && isPrefix, abbreviationsMatchCase);
        }

        return string.Join(HyphenJoin, patterns);
    }

    private static string PiecePattern(string piece, bool isLast, bool isPrefix, bool abbreviationsMatchCase)
    {
        if (IsAbbreviation(piece))
        {
            var letters = abbreviationsMatchCase && piece.Length <= ShortAbbreviation ? $"(?-i:{piece})" : piece;
            return isPrefix ? letters + @"\w*" : letters + (isLast ? AbbreviationPlural : "");
        }

        if (!piece.All(char.IsLetter))
        {
            return LiteralWithMarks(piece, isLast, isPrefix);
        }

        var lower = piece.ToLowerInvariant();
        if (isPrefix)
        {
            return SpellingVariants.StemPattern(lower) + @"\w*";
        }

        return isLast ? Inflected(lower) : SpellingVariants.Pattern(lower);
    }

    private static bool IsAbbreviation(string piece) =>
        piece.Length >= 2 && piece.All(char.IsAsciiLetterUpper);

    /// <summary>"A&amp;E", "s.47", "0-19", "mother's": punctuation is written loosely in reviews.</summary>
    private static string LiteralWithMarks(string piece, bool isLast, bool isPrefix)
    {
        if (piece.Length > 2 && (piece.EndsWith("'s", StringComparison.Ordinal) || piece.EndsWith("’s", StringComparison.Ordinal)) &&
            piece[..^2].All(char.IsLetter))
        {
            var owner = piece[..^2].ToLowerInvariant();
            return isLast ? Inflected(owner) : SpellingVariants.Pattern(owner) + Possessive;
        }

        var pattern = new System.Text.StringBuilder();
        foreach (var c in piece)
        {
            pattern.Append(c switch
            {
                '&' => Ampersand,
                '.' => OptionalDot,
                '\'' or '’' or '‘' => Apostrophe,
                _ => Regex.Escape(char.ToLowerInvariant(c).ToString()),
            });
        }

        if (isPrefix)
        {
            return pattern + @"\w*";
        }

        return isLast && char.IsLetter(piece[^1]) ? pattern + AbbreviationPlural : pattern.ToString();
    }

    private static string Inflected(string word)
    {
        if (Irregular.TryGetValue(word, out var irregular))
        {
            return irregular + Possessive;
        }

        if (FunctionWords.Contains(word) || word.Length < 3)
        {
            return SpellingVariants.Pattern(word);
        }

        var root = Singular(word);
        return Endings(root) + Possessive;
    }

    /// <summary>Trainers sometimes write the plural ("fathers"); the forms are built from the singular.</summary>
    private static string Singular(string word)
    {
        if (word.Length <= 3 || !word.EndsWith('s') || word.EndsWith("ss", StringComparison.Ordinal) ||
            word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal))
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal) ||
            word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        return word[..^1];
    }

    private static string Endings(string root)
    {
        if (root.EndsWith("ing", StringComparison.Ordinal) || (root.EndsWith("ed", StringComparison.Ordinal) && root.Length > 4))
        {
            return SpellingVariants.Pattern(root) + "s?";
        }

        if (root.EndsWith("tre", StringComparison.Ordinal))
        {
            return SpellingVariants.Pattern(root) + "(?:s|d|ed|ing)?";
        }

        if (root.EndsWith("amme", StringComparison.Ordinal))
        {
            return SpellingVariants.Pattern(root) + "(?:s|d)?";
        }

        var last = root[^1];
        var beforeLast = root[^2];
        if (last == 'y' && !IsVowel(beforeLast))
        {
            return SpellingVariants.Pattern(root[..^1]) + "(?:y|ies|ied|ying)";
        }

        if (NounEndings.Any(e => root.EndsWith(e, StringComparison.Ordinal)))
        {
            return SpellingVariants.Pattern(root) + (root.EndsWith('e') ? "s?" : "(?:s|es)?");
        }

        if (last == 'e')
        {
            return beforeLast is 'e' or 'o' or 'y'
                ? SpellingVariants.Pattern(root) + "(?:s|d|ing)?"
                : SpellingVariants.StemPattern(root[..^1]) + "(?:e|es|ed|ing)";
        }

        if (last is 's' or 'x' or 'z' || root.EndsWith("ch", StringComparison.Ordinal) || root.EndsWith("sh", StringComparison.Ordinal))
        {
            return SpellingVariants.Pattern(root) + "(?:es|ed|ing)?";
        }

        // refer → referred, plan → planned: a final consonant may double before -ed/-ing. The endings are
        // listed flat so that PhraseAnchors can read through them.
        return !IsVowel(last) && last is not ('w' or 'x' or 'y')
            ? SpellingVariants.Pattern(root) + $"(?:s|ed|ing|{last}ed|{last}ing)?"
            : SpellingVariants.Pattern(root) + "(?:s|ed|ing)?";
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
