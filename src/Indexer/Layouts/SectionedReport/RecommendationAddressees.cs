using System.Text.RegularExpressions;
using LearningSearch.Indexer.Agencies;

namespace LearningSearch.Indexer.Layouts.SectionedReport;

/// <summary>
/// The agencies a recommendation is addressed to: the subject of its "should" ("Northfield City Council and
/// Northfield Constabulary should ..."), each named as a whole. Reading the subject rather than the first agency
/// mentioned keeps "Ashdown Constabulary" from becoming the generic "Police" its last word also names.
/// </summary>
public static partial class RecommendationAddressees
{
    /// <summary>The agencies named before the sentence's "should", or the sector or collective it addresses as printed ("Health partners",
    /// "All agencies"); empty when the subject names none ("The review", "Practitioners").</summary>
    public static IReadOnlyList<string> Of(string text, AgencyDirectory agencies)
    {
        var subject = Subject().Match(text);
        if (!subject.Success) return [];
        // "The Department of Health and Social Care, working with NHS England, should ...": whom it works with is not addressed.
        var who = Accompanying().Replace(subject.Groups["who"].Value.Trim(), "").Trim();
        var mentions = agencies.FindMentions(who);
        // A name the directory does not know, written as a name ("Ysgol Gyfun Llanfedw should ...", "PSNI should ..."), is still the addressee.
        if (mentions.Count == 0 && Sector().IsMatch(who)) return [char.ToUpperInvariant(who[0]) + who[1..]];
        if (mentions.Count == 0) return AgencyActionLine.IsProperName(who) ? [agencies.Normalise(who)] : [];
        // One name for the whole subject ("Derby and Derbyshire Safeguarding Children Partnership") is not split.
        if (mentions.Count == 1 && mentions[0].Length >= who.Length - 4) return [mentions[0].Name];
        // ... nor is a name the directory knows only a part of ("the Tollbridge and Wendover Integrated Care Board").
        if (mentions.Count == 1 && AgencyActionLine.IsProperName(who)) return [agencies.Normalise(who)];
        // Otherwise each part of "A, B and the C" on its own, kept where it names an agency.
        var names = new List<string>();
        foreach (var part in Parts().Split(who))
        {
            if (part.Trim().Length == 0 || agencies.FindMentions(part).Count == 0) continue;
            var name = agencies.Normalise(part.Trim());
            if (!names.Contains(name)) names.Add(name);
        }
        return names;
    }

    /// <summary>True for a sentence that says what someone should do: an unnumbered recommendation.</summary>
    public static bool SaysWhatShouldBeDone(string text) => Modal().IsMatch(text);

    /// <summary>
    /// For a line that only says who the recommendations under it are for ("Sandford ICB should:", "Northfield City
    /// Council:", "For health agencies:"), the agencies it names (none when it names no agency it knows); null for
    /// any other line.
    /// </summary>
    public static IReadOnlyList<string>? OfGroupLine(string line, AgencyDirectory agencies)
    {
        var text = line.Trim();
        if (GroupLine().IsMatch(text)) return Of(text, agencies);
        if (!text.EndsWith(':') || text.Split(' ').Length > 8) return null;
        var named = text.TrimEnd(':').Trim();
        if (named.StartsWith("For ", StringComparison.OrdinalIgnoreCase)) named = named[4..];
        else if (agencies.FindMentions(named).Count == 0) return null;
        return agencies.FindMentions(named).Count > 0 ? [agencies.Normalise(named)] : [];
    }

    /// <summary>
    /// For a line that labels whom the recommendation below it is addressed to ("Agency: Westrigg Bay Police",
    /// "Addressed to: the Home Office"), the agencies it names, as written; null for any other line. The label is the
    /// review's own statement of the addressee, so it stands over the recommendation's grammatical subject.
    /// </summary>
    public static IReadOnlyList<string>? OfAgencyLabel(string line, AgencyDirectory agencies)
    {
        var m = AgencyLabel().Match(line.Trim());
        if (!m.Success) return null;
        var who = m.Groups["who"].Value.Trim().TrimEnd('.');
        var named = Of(who + " should", agencies);
        return named.Count > 0 ? named : [agencies.Normalise(who)];
    }

    /// <summary>True for an "Agency: ..." label line, which a review repeats over each recommendation for that agency.</summary>
    public static bool IsAgencyLabel(string line) => AgencyLabel().IsMatch(line.Trim());

    [GeneratedRegex(@"^(?:agency|agencies|organisation|organization|addressed to|recommendation for|for agency|responsible agency)\s*:\s*(?<who>[^:]{2,160})$", RegexOptions.IgnoreCase)]
    private static partial Regex AgencyLabel();

    [GeneratedRegex(@"^(?:-\s+)?(?:that\s+)?(?:the\s+)?(?<who>[A-Z][^.;:()]{1,150}?)\s+(?:should|must|is asked to|are asked to|needs? to|will need to)\b")]
    private static partial Regex Subject();

    [GeneratedRegex(@",\s*(?:working|together|jointly|in partnership|in conjunction|in consultation|supported|with the support)\b[^,]*,?$", RegexOptions.IgnoreCase)]
    private static partial Regex Accompanying();

    // "Health partners", "Education partners", "Schools and education settings", "Health boards", "The local authorities",
    // "Local authority children's services", "Integrated care boards", "Schools and colleges":
    // a sector addressed as a whole.
    [GeneratedRegex(@"^(?:the\s+)?(?:all\s+)?(?:(?:local authorit(?:y|ies)|health|education|educational|police|policing|social care|early years|housing|adult|adults'|children's|schools?(?:\s+and\s+(?:(?:education|early years)\s+settings|colleges))?|colleges|further education|primary care|mental health|maternity|midwifery|health visiting|school nursing|general practice|gp practices?|youth justice|probation|integrated care|partner|member|relevant)\s*){1,2}(?:partners|agencies|services|providers|settings|colleagues|professionals|organisations|boards|trusts|teams)?$|^(?:all\s+)?(?:the\s+)?(?:partner\s+|member\s+|relevant\s+)?(?:agencies|partners|organisations)$", RegexOptions.IgnoreCase)]
    private static partial Regex Sector();

    [GeneratedRegex(@"\b(?:should|must|needs? to|ought to|is recommended|are recommended|recommends?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Modal();

    [GeneratedRegex(@"\s*(?:,|\band\b|&)\s*(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex Parts();

    [GeneratedRegex(@"^(?:\d{1,2}\.\s+)?(?:the\s+)?[A-Z][^.;:]{1,100}?\s+(?:should|must|will|to)\s*:$", RegexOptions.IgnoreCase)]
    private static partial Regex GroupLine();
}
