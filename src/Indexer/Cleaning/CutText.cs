using System.Text.RegularExpressions;
using LearningSearch.Index.Units;

namespace LearningSearch.Indexer.Cleaning;

/// <summary>
/// Tells whether a paragraph or table cell was cut by a page break, so that the two halves are joined again.
/// A PDF flattened to text breaks sentences at page ends; the half on the next page starts in lower case,
/// or the first half ends on a word that cannot end a sentence ("to the", "and").
/// </summary>
public static partial class CutText
{
    private static readonly HashSet<string> WordsThatCannotEndASentence = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "with", "from",
        "into", "onto", "upon", "as", "than", "that", "which", "who", "whom", "whose", "where", "when", "while",
        "their", "its", "his", "her", "our", "your", "this", "these", "those", "is", "are", "was", "were", "be",
        "been", "has", "have", "had", "will", "would", "should", "must", "can", "could", "may", "not", "such",
        "any", "all", "each", "every", "both", "either", "including", "about", "between", "within", "without",
        "across", "via", "per", "if", "so", "also", "very", "more", "most", "&",
    };

    /// <summary>True when the text ends as a finished sentence or clause would.</summary>
    public static bool EndsFinished(string text)
    {
        var t = text.TrimEnd();
        if (t.Length == 0) return true;
        var last = t[^1];
        return last is '.' or '!' or '?' or ':' or ';' or ')' or '"' or '\'' or '\u2019' or '\u201D' or ']';
    }

    /// <summary>True when <paramref name="text"/> ends mid-sentence on a word no sentence ends with, or a hyphen.</summary>
    public static bool EndsOnDanglingWord(string text)
    {
        var t = text.TrimEnd();
        if (t.EndsWith('-') || t.EndsWith('\u2013') || t.EndsWith(',')) return true;
        var m = LastWord().Match(t);
        return m.Success && WordsThatCannotEndASentence.Contains(m.Value);
    }

    /// <summary>True when <paramref name="text"/> starts as the second half of a sentence would.</summary>
    public static bool StartsAsContinuation(string text)
    {
        var t = text.TrimStart();
        return t.Length > 0 && char.IsLower(t[0]) && !ListMarker().IsMatch(t);
    }

    /// <summary>
    /// True when <paramref name="next"/> continues <paramref name="previous"/> across a page break.
    /// <paramref name="longProse"/> also joins a long unfinished paragraph to a capitalised one: prose that
    /// runs over 80 characters and stops without punctuation was cut, not finished.
    /// </summary>
    public static bool Continues(string previous, string next, bool longProse)
    {
        if (string.IsNullOrWhiteSpace(previous) || string.IsNullOrWhiteSpace(next)) return false;
        if (EndsFinished(previous)) return StartsAsContinuation(next) && !previous.TrimEnd().EndsWith('.');
        if (StartsAsContinuation(next) || EndsOnDanglingWord(previous)) return true;
        return longProse && previous.Length >= 80;
    }

    // "a. Raise ...", "ii) Review ..." start a list item, not the second half of a sentence.
    [GeneratedRegex(@"^\(?([a-z]|[ivx]{1,4})[.)]\s")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"[\p{L}&]+$")]
    private static partial Regex LastWord();
}
