using System.Text.RegularExpressions;

namespace LearningSearch.Indexer.Layouts.SectionedReport;

/// <summary>
/// Paragraphs that answer the recommendation(s) just above them, by the label they start with: "Response:",
/// "Partnership response:", "Agency response:", "Response from partners:", "Progress update:", "Update (May 2025):",
/// "What has happened since:", "Action taken:". And lines that only say who leads a recommendation ("Lead:
/// Glenmurrin Council", "Lead agency: NHS Ardan", "Owner - ICB").
/// </summary>
public static partial class ResponseLine
{
    /// <summary>The response's own text after its label, or null when the paragraph is not labelled as a response.</summary>
    /// <summary>The response's label ("Response to R2 and R3", "Progress update, January 2025") and its own text, or null.</summary>
    public static (string Label, string Text)? Read(string text)
    {
        var m = Response().Match(text.Trim());
        if (!m.Success || m.Groups["text"].Value.Trim().Length == 0) return null;
        return (m.Groups["label"].Value.Trim(), m.Groups["text"].Value.Trim());
    }

    /// <summary>The recommendation numbers a response's label names ("Response to R2 and R3" names R2 and R3; "to 3(a)" names 3a).</summary>
    public static IReadOnlyList<string> NamedIn(string label) =>
        Named().Matches(BracketedPart().Replace(label, "$1$2")).Select(m => m.Groups["n"].Value).ToList();

    /// <summary>Who a response's label says responds, when it names them by an abbreviation ("CPC response to 3(c)", "Response of the CPC to Recommendations 4 and 5"); null otherwise.</summary>
    public static string? Respondent(string label) => Abbreviation().Match(label.Trim()) is { Success: true } m ? m.Groups["a"].Value : null;

    /// <summary>True for a heading that names the recommendations its paragraphs update ("Recommendation 1: progress
    /// update", "Recommendations 2 and 3 - update").</summary>
    public static bool IsUpdateHeading(string text) => UpdateHeading().IsMatch(text.Trim());

    /// <summary>
    /// The findings a response says it answers ("Response to Finding 2:", "Our response to Findings 3 and 5: ...") and
    /// its own text (empty when the label stands over bullets); null for any other line. A systems review answers its
    /// findings, and so the questions or recommendations each finding closed with.
    /// </summary>
    public static (IReadOnlyList<string> Findings, string Text)? ToFindings(string text)
    {
        var m = FindingResponse().Match(text.Trim());
        return m.Success ? (m.Groups["n"].Captures.Select(c => c.Value).ToList(), m.Groups["text"].Value.Trim()) : null;
    }

    /// <summary>
    /// The recommendations a plan's title cites at its end ("2. Getting the front door right (Ofsted recommendations 3
    /// and 4)"), as the plan groups its work under them; empty for a sentence or a line citing none.
    /// </summary>
    public static IReadOnlyList<string> CitedByTitle(string text)
    {
        var m = CitingTitle().Match(text.Trim());
        if (!m.Success || m.Groups["title"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 14) return [];
        return CitedNumber().Matches(m.Groups["refs"].Value).Select(n => n.Groups["n"].Value).Distinct().ToList();
    }

    /// <summary>
    /// A response labelled by who gives it and what it answers ("Department for Education (Recommendations 2 and 3): The
    /// Department will ..."): the respondent, the recommendation numbers and the response's own text; null for any other line.
    /// </summary>
    public static (string Respondent, IReadOnlyList<string> Numbers, string Text)? ByRespondent(string text)
    {
        var m = RespondentAndCitation().Match(text.Trim());
        if (!m.Success || m.Groups["who"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 10) return null;
        return (m.Groups["who"].Value.Trim(), CitedNumber().Matches(m.Groups["refs"].Value).Select(n => n.Groups["n"].Value).Distinct().ToList(), m.Groups["text"].Value.Trim());
    }

    /// <summary>The agencies a "Lead:" line names, as written; null for any other line.</summary>
    public static string? Lead(string text)
    {
        var m = LeadLine().Match(text.Trim());
        return m.Success ? m.Groups["who"].Value.Trim().TrimEnd('.') : null;
    }

    [GeneratedRegex(@"^(?<label>(?:(?:the\s+|our\s+)?(?:partnership|agency|agencies'?|multi-agency|single[- ]agency|board|committee|panel|partners'?|local authority|council|trust|health board|organisational)\s+|(?-i:[A-Z]{2,6})(?:'s|\u2019s)?\s+|our\s+|(?-i:Q[1-4])\s+|quarter\s+[1-4]\s+)?(?:responses?|updates?|progress(?:\s+updates?)?|actions?\s+(?:taken|agreed)|what has (?:happened|changed) since(?:\s+the review)?)(?:\s+(?:from|by|of|to|on)\s+(?:the\s+)?[\w'\u2019 &.,()]{1,60}?)?(?:\s*\([^)]{1,80}\))?(?:,\s*[\w ]{1,30})?)\s*[:\u2013\u2014-]\s*(?<text>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Response();

    [GeneratedRegex(@"^(?:-\s+)?(?:(?:the\s+|our\s+)?(?:partnership(?:'s|\u2019s)?|board(?:'s|\u2019s)?|executive(?:\s+group)?(?:'s|\u2019s)?|agency|agencies'?|partners'?|our)\s+)?responses?\s+to\s+(?:key\s+)?findings?\s+(?<n>\d{1,2})(?:\s*(?:,|and|&)\s*(?<n>\d{1,2}))*\s*(?:[:\u2013\u2014-]\s*(?<text>.*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex FindingResponse();

    [GeneratedRegex(@"^(?:(?:\d{1,2}|[A-Z])[.)]\s+|(?:priority|theme|objective|outcome)\s+\d{1,2}\s*[:.\u2013\u2014-]\s*)?(?<title>[^.?!:;]{3,120}?)\s*\(\s*(?:(?:the\s+)?[\w'\u2019]+\s+){0,2}(?:recommendations?|recs?\.?)\s+(?<refs>R?\d{1,2}[a-z]?(?:\s*(?:,|and|&)\s*R?\d{1,2}[a-z]?)*)\s*\)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex CitingTitle();

    [GeneratedRegex(@"^(?<who>(?-i:[A-Z])[\w'\u2019 &,.-]{2,90}?)\s*\(\s*(?:recommendations?|recs?\.?)\s+(?<refs>R?\d{1,2}[a-z]?(?:\s*(?:,|and|&)\s*R?\d{1,2}[a-z]?)*)\s*\)\s*[:\u2013\u2014-]\s*(?<text>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex RespondentAndCitation();

    [GeneratedRegex(@"(?<n>R?\d{1,2}[a-z]?)")]
    private static partial Regex CitedNumber();

    [GeneratedRegex(@"^(?:(?<a>[A-Z]{2,6})(?:'s|\u2019s)?\s+(?i:responses?|updates?|progress|actions?)\b|(?i:responses?|updates?)\s+(?i:of|from|by)\s+(?i:the\s+)?(?<a>[A-Z]{2,6})\b)")]
    private static partial Regex Abbreviation();

    // "3(a)" as a part of recommendation 3 is cited as "3a".
    [GeneratedRegex(@"\b(\d{1,2})\(([a-z])\)")]
    private static partial Regex BracketedPart();

    [GeneratedRegex(@"^(?:lead(?:\s+(?:agency|agencies|organisation|partner|officer|body))?|owner|responsible(?:\s+(?:agency|organisation|body))?|led by|addressed to|for)\s*[:\u2013\u2014-]\s*(?<who>[^.]{2,120})\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex LeadLine();

    [GeneratedRegex(@"^(?:recommendations?|R)\s*\d{1,2}[a-z]?(?:\s*(?:,|and|&)\s*R?\d{1,2}[a-z]?)*\s*(?::|[\u2013\u2014-])\s*(?:progress(?:\s+update)?|update|progress report|response|what has happened(?: since)?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex UpdateHeading();

    [GeneratedRegex(@"\b(?:R|recommendations?\s+|strateg(?:y|ies)\s+|areas? for (?:priority )?improvement\s+|priority actions?\s+|to\s+)(?<n>\d{1,2}(?:\.\d{1,2})?[a-z]?)\b|\band\s+R?(?<n>\d{1,2}[a-z]?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Named();
}
