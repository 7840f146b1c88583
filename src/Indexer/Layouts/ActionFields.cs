using System.Text.RegularExpressions;

namespace LearningSearch.Indexer.Layouts;

/// <summary>
/// The fields an action plan writes after an action, on its line or on lines of their own: "Lead: the Council
/// By: June 2024 Status: Green". Trackers exported to text keep them in that order after the action's words.
/// </summary>
public sealed partial record ActionFields(string Text, string? Lead, string? By, string? Status)
{
    /// <summary>Splits an action's line into its words and the fields after them; null when it has no "Lead:" field.</summary>
    public static ActionFields? Split(string line)
    {
        var m = Trailing().Match(line);
        if (!m.Success) return null;
        return new ActionFields(line[..m.Index].TrimEnd(), Value(m, "lead"), Value(m, "by"), Value(m, "status"));
    }

    /// <summary>A line that is one field alone ("Lead: Head of Service", "By: June 2024", "Status: Amber"); null otherwise.</summary>
    public static (string Name, string Value)? Alone(string line)
    {
        var m = Single().Match(line.Trim());
        return m.Success ? (m.Groups["name"].Value.ToLowerInvariant(), m.Groups["value"].Value.Trim().TrimEnd('.')) : null;
    }

    /// <summary>
    /// Who an action's closing bracket says owns it ("... (Owner: ED Matron; completed)", "(Lead: Named GP, by June
    /// 2026)"), as printed; null when the action does not close with one.
    /// </summary>
    public static string? OwnerInBrackets(string text) =>
        ClosingOwner().Match(text.TrimEnd()) is { Success: true } m ? m.Groups["who"].Value.Trim() : null;

    /// <summary>"As 2.1", "As above": the lead is the one named for that action.</summary>
    public static string? SameAs(string lead) => SameAsAction().Match(lead) is { Success: true } m ? m.Groups["n"].Value : null;

    /// <summary>True when a lead names an organisation ("Pendlemoor Council Housing Options", "the Partnership
    /// Business Unit"), false for a post ("Head of Service, Children in Need", "Named Nurse"), which names no agency.</summary>
    public static bool NamesOrganisation(string lead, Agencies.AgencyDirectory agencies) =>
        !NamesRole().IsMatch(lead) && (agencies.FindMentions(lead).Count > 0 || Organisation().IsMatch(lead));

    private static string? Value(Match m, string group) =>
        m.Groups[group].Success && m.Groups[group].Value.Trim().TrimEnd('.') is { Length: > 0 } v ? v : null;

    [GeneratedRegex(@"\s+Lead(?:\s+(?:agency|officer|organisation))?:\s*(?<lead>.+?)\s*(?:\bBy:\s*(?<by>.+?)\s*)?(?:\bStatus:\s*(?<status>.+?)\s*)?$")]
    private static partial Regex Trailing();

    [GeneratedRegex(@"\((?:owner|lead|led by|responsible|action owner)\s*:\s*(?<who>[^;,()]{2,80}?)\s*(?:[;,][^()]*)?\)\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingOwner();

    [GeneratedRegex(@"^(?<name>Lead|By|Status|Target date|Date)\s*:\s*(?<value>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Single();

    [GeneratedRegex(@"^As\s+(?:in\s+)?(?<n>\d{1,2}(?:\.\d{1,2})+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SameAsAction();

    [GeneratedRegex(@"\b(?:Council|Partnership|Trust|Board|Police|Constabulary|Services?|Unit|Team|Health|Network|Hospital|Academy|School|Department|Authority|Agency|Group|Association|Housing)\b")]
    private static partial Regex Organisation();

    [GeneratedRegex(@"^(?:the\s+)?(?:Head|Director|Deputy|Assistant|Manager|Service Manager|Team Manager|Chief|Detective|Named|Designated|Principal|Lead|Chair|Senior|Superintendent|Inspector|Officer)\b|\b(?:Lead|Manager|Officer|Nurse|Director|Worker|Chair|Co-?ordinator|Advis[eo]r|Superintendent|Inspector|Headteacher|Doctor)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NamesRole();
}
