using System.Text.RegularExpressions;
using LearningSearch.Indexer.Cleaning;

namespace LearningSearch.Indexer.Layouts.SectionedReport;

/// <summary>What a section of a report holds, read from its heading.</summary>
public enum SectionKind
{
    /// <summary>Introduction, background, analysis, conclusion: prose, read as findings.</summary>
    Other,
    Contents,
    /// <summary>"Recommendations", "What needs to change", "Areas for improvement": its numbered items are recommendations.</summary>
    Recommendations,
    /// <summary>"Findings", "Key findings", "Learning points", "Key learning": its items are findings, never recommendations.</summary>
    Findings,
    /// <summary>"Partnership response", "Agency responses": agencies' headings with their actions under them.</summary>
    Responses,
}

/// <summary>
/// A heading of a report (a short line that is not a sentence, numbered or not: "3. Analysis and findings",
/// "Part 2: Learning points") and the kind of section it starts. Published reviews name their sections in many
/// ways; the kind is read from the words, so "Recommendations for the partnership" and "What needs to change"
/// both start recommendations.
/// </summary>
public sealed partial record ReportHeading(string Title, SectionKind Kind)
{
    /// <summary>Reads a block as a heading, or returns null when it is prose, a bullet or a table row.</summary>
    public static ReportHeading? TryRead(Block block)
    {
        if (block.IsBullet || block.IsTableRow) return null;
        var text = block.Text.Trim();
        if (text.Length is < 2 or > 90 || text.Split(' ').Length > 12) return null;
        if (!char.IsUpper(text[0]) && !char.IsDigit(text[0])) return null;
        var title = Numbering().Replace(text, "").Trim();
        if (title.Length < 2) return null;
        var kind = KindOf(title);
        // "Recommendations:" is a heading; "The review found:" is a sentence introducing a list.
        if (CutText.EndsFinished(text) && !(text.EndsWith(':') && kind != SectionKind.Other)) return null;
        return new ReportHeading(title.TrimEnd(':').Trim(), kind);
    }

    /// <summary>The kind of section a heading's words name.</summary>
    public static SectionKind KindOf(string title)
    {
        var t = Regex.Replace(title.Trim().TrimEnd(':', '.').Trim(), @"\s+", " ").ToLowerInvariant();
        if (Contents().IsMatch(t)) return SectionKind.Contents;
        if (Responses().IsMatch(t)) return SectionKind.Responses;
        if (Findings().IsMatch(t)) return SectionKind.Findings;
        if (Recommendations().IsMatch(t)) return SectionKind.Recommendations;
        return SectionKind.Other;
    }

    /// <summary>True for the headings every report has (introduction, conclusion, appendix ...), which are not an agency's name.</summary>
    public bool IsGeneral => Kind != SectionKind.Other || General().IsMatch(Title.ToLowerInvariant());

    [GeneratedRegex(@"^(?:(?:section|part|chapter)\s+\w{1,4}\s*[:.\-\u2013]?\s+|\d{1,2}(?:\.\d{1,2})*\.?\s+|[A-Z]\.\s+|[IVX]{1,4}\.\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex Numbering();

    [GeneratedRegex(@"^(?:table of )?contents$")]
    private static partial Regex Contents();

    [GeneratedRegex(@"^(?:summary of\s+|key\s+|our\s+|the\s+|review\s+)?(?:recommendations?(?:\s+(?:for|to|from|of|and)\b.*)?|what needs to change|what (?:should|must) change|areas? (?:for|of) (?:improvement|development|priority)|priorities for (?:improvement|action|change))$")]
    private static partial Regex Recommendations();

    [GeneratedRegex(@"^(?:summary of\s+|key\s+|main\s+|our\s+|the\s+)?(?:findings?(?:\s+(?:and|&)\s+(?:recommendations|analysis|learning))?|learning(?: points?| themes?| and (?:findings|reflections))?|lessons(?: learned| learnt)?|what we (?:found|learned|learnt)|analysis and findings|themes and learning|practice learning)$")]
    private static partial Regex Findings();

    [GeneratedRegex(@"^(?:the\s+)?(?:(?:partnership|agency|agencies'?|multi-agency|single[- ]agency|organisational)\s+(?:responses?|actions?)|responses? (?:to|from|of) (?:the )?(?:recommendations|agencies|partners)|actions? (?:already )?taken(?: by (?:agencies|partners))?(?: since the review)?|what (?:agencies|partners) have done|progress (?:on|against) (?:the )?recommendations|what has (?:changed|happened) since(?: the review)?)$")]
    private static partial Regex Responses();

    [GeneratedRegex(@"\b(?:introduction|background|summary|overview|conclusions?|next steps|appendix|appendices|glossary|references|methodology|method|scope|terms of reference|acknowledg|the review|this review|family|voice|chronology|analysis|context)")]
    private static partial Regex General();
}
