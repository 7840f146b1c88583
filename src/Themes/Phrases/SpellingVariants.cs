using System.Text;
using System.Text.RegularExpressions;

namespace LearningSearch.Themes.Phrases;

/// <summary>
/// Turns a British spelling into a pattern that also accepts the American one (organisation/organization,
/// behaviour/behavior, paediatric/pediatric, centre/center, programme/program, counselling/counseling,
/// judgement/judgment, enquiry/inquiry, sceptical/skeptical, focussed/focused, mum/mom). The text is never
/// rewritten, so evidence spans stay exact. Rules are narrow on purpose: "our" only after the letters that
/// start British "-our" words (so "four" never becomes "for"), "oe" only where British medicine writes it.
/// </summary>
internal static class SpellingVariants
{
    private static readonly (string British, string Pattern)[] Anywhere =
    [
        ("isation", "i[sz]ation"),
        ("dgement", "dge?ment"),
        ("enquir", "[ei]nquir"),
        ("scept", "s[ck]ept"),
        ("focuss", "focuss?"),
    ];

    private static readonly (string British, string Pattern)[] AtEnd =
    [
        ("ising", "i[sz]ing"), ("ised", "i[sz]ed"), ("ises", "i[sz]es"), ("ise", "i[sz]e"),
        ("ysing", "y[sz]ing"), ("ysed", "y[sz]ed"), ("yses", "y[sz]es"), ("yse", "y[sz]e"),
        ("amme", "am(?:me)?"),
        ("ogue", "og(?:ue)?"),
    ];

    /// <summary>The pattern for a lower-case word or word stem.</summary>
    public static string Pattern(string word)
    {
        if (word == "mum")
        {
            return "m[ou]m";
        }

        var pattern = new StringBuilder();
        var i = 0;
        while (i < word.Length)
        {
            var rule = Rule(word, i);
            if (rule is { } found)
            {
                pattern.Append(found.Pattern);
                i += found.Length;
            }
            else
            {
                pattern.Append(Regex.Escape(word[i].ToString()));
                i++;
            }
        }

        return pattern.ToString();
    }

    /// <summary>
    /// The pattern for the stem of a word whose final "e" was dropped to add endings: "organis" (from
    /// "organise") must allow "organiz", and "analys" must allow "analyz".
    /// </summary>
    public static string StemPattern(string stem) =>
        stem.Length >= 4 && (stem.EndsWith("is", StringComparison.Ordinal) || stem.EndsWith("ys", StringComparison.Ordinal))
            ? Pattern(stem[..^1]) + "[sz]"
            : Pattern(stem);

    private static (string Pattern, int Length)? Rule(string word, int i)
    {
        var rest = word.AsSpan(i);
        foreach (var (british, pattern) in Anywhere)
        {
            if (rest.StartsWith(british, StringComparison.Ordinal))
            {
                return (pattern, british.Length);
            }
        }

        foreach (var (british, pattern) in AtEnd)
        {
            if (rest.SequenceEqual(british) && i > 0)
            {
                return (pattern, british.Length);
            }
        }

        // behaviour, colour, labour, neighbour, honour, favour, humour: not four, hour, your, tour.
        if (i > 0 && rest.StartsWith("our", StringComparison.Ordinal) && "ilbnmv".Contains(word[i - 1], StringComparison.Ordinal))
        {
            return ("ou?r", 3);
        }

        // paediatric, haemorrhage, anaesthetic, gynaecology; never a word-initial "ae".
        if (i > 0 && rest.StartsWith("ae", StringComparison.Ordinal))
        {
            return ("a?e", 2);
        }

        // oedema, oestrogen, foetus, diarrhoea: the medical "oe" only ("shoe" must not become "she").
        if (rest.StartsWith("oe", StringComparison.Ordinal) && (i == 0 || word[i - 1] == 'f' || rest.StartsWith("oea", StringComparison.Ordinal)))
        {
            return ("o?e", 2);
        }

        // centre/center, centres/centers, centred/centered, theatre: "tre" at the end of the word only
        // ("street" is not "steer").
        if (rest.SequenceEqual("tred"))
        {
            return ("t(?:re|ere)d", 4);
        }

        if (rest.SequenceEqual("tre") || rest.SequenceEqual("tres"))
        {
            return ("t(?:re|er)", 3);
        }

        // counselling, travelled, modeller: British doubles the l, American does not.
        if (i > 0 && rest.StartsWith("ell", StringComparison.Ordinal) &&
            (rest[3..].StartsWith("ing", StringComparison.Ordinal) || rest[3..].StartsWith("ed", StringComparison.Ordinal) ||
             rest[3..].StartsWith("er", StringComparison.Ordinal) || rest[3..].StartsWith("or", StringComparison.Ordinal)))
        {
            return ("ell?", 3);
        }

        return null;
    }
}
