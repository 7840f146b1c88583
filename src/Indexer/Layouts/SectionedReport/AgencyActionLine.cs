using System.Text.RegularExpressions;
using LearningSearch.Indexer.Agencies;

namespace LearningSearch.Indexer.Layouts.SectionedReport;

/// <summary>
/// A bullet or sub-item under a recommendation that names an agency and what it will do ("Eastvale Community Health
/// to review its discharge letters", "The police to share every notice with the school nurse", "Northfield Council:
/// a new closure checklist"): that agency's action on the recommendation, not more of the recommendation's text.
/// </summary>
public static partial class AgencyActionLine
{
    /// <summary>The agency that leads the line and what follows it says it will do or has done; null otherwise.</summary>
    public static string? AgencyOf(string text, AgencyDirectory agencies)
    {
        var t = text.StartsWith("- ", StringComparison.Ordinal) ? text[2..].TrimStart() : text.TrimStart();
        var lead = Lead().Match(t);
        if (!lead.Success) return null;
        // "The Recovery Partnership (Recommendations 1 and 5): ..." names the agency, then what it answers.
        var who = RecommendationsNamed().Replace(lead.Groups["who"].Value, "").Trim();
        var mention = agencies.FindMentions(who).FirstOrDefault();
        if (mention is not null && mention.Start <= 4) return mention.Name;
        // One capitalised word the directory does not know is a sentence's first word ("Discussions have taken place"),
        // unless it is written as an abbreviation ("PSNI").
        var oneWord = !who.Contains(' ', StringComparison.Ordinal);
        return IsProperName(who) && (!oneWord || who.All(c => char.IsUpper(c) || !char.IsLetter(c))) ? agencies.Normalise(who) : null;
    }

    /// <summary>
    /// Who a response that opens with its decision says did the work: "Accepted. The headteacher has written to ...",
    /// "Accepted in part. The DSL and the PSHE lead will add ...": the next sentence's subject as printed (a body, a post or
    /// an agency), when it is short; null for a response that does not open with a decision.
    /// </summary>
    public static string? AfterDecision(string text, AgencyDirectory agencies)
    {
        var m = Decision().Match(text.TrimStart());
        if (!m.Success) return null;
        var rest = text.TrimStart()[m.Length..];
        if (AgencyOf(rest, agencies) is { } named) return named;
        var subject = DecisionSubject().Match(rest);
        return subject.Success && !NotAnAgency().IsMatch(subject.Groups["who"].Value) ? subject.Groups["who"].Value : null;
    }

    [GeneratedRegex(@"^(?:accepted|agreed|not accepted|partially accepted|accepted in (?:part|full|principle)|rejected)\s*[.:;\u2013\u2014-]\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Decision();

    [GeneratedRegex(@"^(?<who>(?-i:The)\s+[\w'\u2019-]+(?:\s+(?:and\s+the\s+)?[\w'\u2019-]+){0,5}?)\s+(?:has|have|will|is|are|now|wrote|\w+ed)\b")]
    private static partial Regex DecisionSubject();

    /// <summary>
    /// The team or service a response's sentence opens with as the one doing the work ("The early years advisory team will
    /// include ...", "The missing persons service has ..."), as written; null otherwise. Only a response's doer: in a
    /// recommendation's bullets "the review team will" is the review speaking.
    /// </summary>
    public static string? TeamOf(string text)
    {
        var m = Team().Match(text.StartsWith("- ", StringComparison.Ordinal) ? text[2..].TrimStart() : text.TrimStart());
        return m.Success && !NotAnAgency().IsMatch(m.Groups["who"].Value) ? m.Groups["who"].Value : null;
    }

    [GeneratedRegex(@"^(?<who>(?i:the)\s+(?:[a-z][\w'\u2019-]*\s+){1,4}(?:team|service|unit|hub|panel))\s+(?:will|has|have|is|are|now)\b")]
    private static partial Regex Team();

    // A name a reader takes for an organisation: every word capitalised but the joining ones, not a group of people
    // ("All agencies", "Practitioners"), at most eight words.
    internal static bool IsProperName(string who)
    {
        var words = who.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 8) return false;
        if (NotAnAgency().IsMatch(who) || PersonsRole().IsMatch(who)) return false;
        var start = words[0].Equals("the", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        if (start >= words.Length) return false;
        return words.Skip(start).All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || w is "and" or "of" or "for" or "&" or "the" or "in" || w.StartsWith('('))
            && char.IsUpper(words[start][0]);
    }

    [GeneratedRegex(@"^(?<who>(?:the\s+)?[A-Za-z][\w'\u2019&().,-]*(?:\s+[\w'\u2019&().,-]+){0,9}?)(?:\s+(?:to|will|has|have|is to|are to|should|must|agreed to|has agreed to|have agreed to)\s+(?=\w)|\s*:\s+(?=\S)|\s+[\u2013\u2014-]\s+(?=\S))", RegexOptions.IgnoreCase)]
    private static partial Regex Lead();

    // "Head of Quality Assurance", "Designated Nurse": a person's role, not an organisation.
    [GeneratedRegex(@"\b(?:head|manager|director|officer|nurse|doctor|worker|chair|lead|leads|principal|designated|named|deputy|assistant|coordinator|co-ordinator|adviser|advisor|practitioner|consultant|inspector|sergeant|superintendent)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PersonsRole();

    [GeneratedRegex(@"\s*\((?:recommendations?|recs?\.?|R)\s*[^)]{0,40}\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RecommendationsNamed();

    [GeneratedRegex(@"^(?:the\s+)?(?:all|each|every|any|both|other|relevant|partner|member|lead)\b|^(?:the\s+)?(?:recommendations?|findings?|learning|theme|agencies|partners|practitioners|professionals|managers|staff|services|organisations|leaders|this|it|they|we|there|progress|status|update|response|note|action|outcome|evidence|impact|rag|timescale|lead|owner|date)\b|^(?:the\s+)?(?:review|partnership|board|committee|panel)\b(?!\s+[A-Z])", RegexOptions.IgnoreCase)]
    private static partial Regex NotAnAgency();
}
