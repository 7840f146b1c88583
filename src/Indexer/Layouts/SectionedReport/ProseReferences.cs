using System.Text.RegularExpressions;

namespace LearningSearch.Indexer.Layouts.SectionedReport;

/// <summary>
/// The references one part of a report makes to another in its own words: an agency's response naming the
/// recommendation it answers ("Recommendation 2:", "(R2)", "In response to recommendation iii"), and a
/// recommendation naming the findings it comes from ("(Finding 2)", "(paragraphs 3.1 and 3.3)").
/// </summary>
public static partial class ProseReferences
{
    /// <summary>The number of the recommendation a response names first, as written ("2", "R2", "iii"); null when none.</summary>
    public static string? RecommendationNamed(string text)
    {
        var label = ItemLabel.TryRead(text);
        if (label is { SaysRecommendation: true }) return label.Number;
        var bracketed = BracketedR().Match(text);
        var worded = Worded().Match(text);
        if (bracketed.Success && (!worded.Success || bracketed.Index < worded.Index)) return "R" + bracketed.Groups["n"].Value;
        if (worded.Success) return worded.Groups["n"].Value;
        // "(recommendation b)" at the end of an update: a lettered recommendation, which outside brackets would be the article "a".
        return BracketedLetter().Match(text) is { Success: true } letter ? letter.Groups["n"].Value : null;
    }

    /// <summary>The numbers of the findings or paragraphs a recommendation cites in brackets.</summary>
    public static IReadOnlyList<string> FindingsNamed(string text) =>
        FindingCitation().Matches(text)
            .SelectMany(m => Number().Matches(m.Groups["list"].Value).Select(n => n.Value))
            .Distinct()
            .ToList();

    /// <summary>
    /// True when a number a response names is the recommendation's number: "R2" names "2" and "2" names "R2",
    /// since a report may number its list one way and its responses the other.
    /// </summary>
    public static bool SameNumber(string named, string number)
    {
        static string Bare(string n) => n.Length > 1 && (n[0] is 'R' or 'r') && char.IsDigit(n[1]) ? n[1..] : n;
        return string.Equals(Bare(named), Bare(number), StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"\(\s*R(?<n>\d{1,2}[a-z]?)\s*\)")]
    private static partial Regex BracketedR();

    [GeneratedRegex(@"\(\s*(?:see\s+)?recommendations?\s+(?<n>[a-z])\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex BracketedLetter();

    [GeneratedRegex(@"\brecommendations?\s+(?:(?-i:R)?(?<n>\d{1,2}(?:\.\d{1,2})*[a-z]?)\b|(?<n>[ivx]{1,5})\b|(?<n>(?-i:[A-Z]))\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Worded();

    [GeneratedRegex(@"\(\s*(?:see\s+)?(?:key\s+)?(?:findings?|paragraphs?|paras?\.?)\s+(?<list>[\w.]+(?:\s*(?:,|and|&)\s*[\w.]+)*)\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex FindingCitation();

    [GeneratedRegex(@"\d{1,2}(?:\.\d{1,2})*[a-z]?|\b[ivx]{1,5}\b|\b[A-Z]\b")]
    private static partial Regex Number();
}
