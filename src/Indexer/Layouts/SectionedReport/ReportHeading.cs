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
        // "Recommendations:" and "What needs to improve?" are headings; "The review found:" is a sentence introducing a list.
        // "Response to Recommendations 3(a) and 3(b)" or "Progress (June 2025)" ends in a bracket that closes a label, not a sentence.
        var end = ClosingLabel().Replace(text, "");
        // A briefing numbers its sections as questions ("7. Want to know more?"): numbered and short, a heading too.
        var numberedQuestion = text.EndsWith('?') && title.Length < text.Length && title.Split(' ').Length <= 8;
        if (CutText.EndsFinished(end.Length > 0 ? end : text) && !((text.EndsWith(':') || text.EndsWith('?')) && kind != SectionKind.Other) && !numberedQuestion) return null;
        return new ReportHeading(title.TrimEnd(':', '?').Trim(), kind);
    }

    /// <summary>
    /// True for an inspection's "Areas for improvement", "What needs to improve", "Areas for priority action": their
    /// items are findings of what is not yet good enough ("The timeliness of assessments ..."), and recommendations
    /// only where they say what should be done.
    /// </summary>
    public bool NamesAreasToImprove => Kind == SectionKind.Recommendations && AreasToImprove().IsMatch(Title.ToLowerInvariant());

    /// <summary>The kind of section a heading's words name.</summary>
    public static SectionKind KindOf(string title)
    {
        var t = Regex.Replace(title.Trim().TrimEnd(':', '.', '?').Trim(), @"\s+", " ").ToLowerInvariant();
        if (Contents().IsMatch(t)) return SectionKind.Contents;
        if (Responses().IsMatch(t)) return SectionKind.Responses;
        if (Findings().IsMatch(t)) return SectionKind.Findings;
        if (Recommendations().IsMatch(t)) return SectionKind.Recommendations;
        return SectionKind.Other;
    }

    /// <summary>True for the headings every report has (introduction, conclusion, appendix ...), which are not an agency's name.</summary>
    public bool IsGeneral => Kind != SectionKind.Other || General().IsMatch(Title.ToLowerInvariant());

    [GeneratedRegex(@"^(?:(?:section|part|chapter|appendix|annexe?)\s+\w{1,4}\s*[:.\-\u2013]?\s+|\d{1,2}(?:\.\d{1,2})*\.?\s+|[A-Z]\.\s+|[IVX]{1,4}\.\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex Numbering();

    // "(June 2025)", "(R3)", and an annual report's "Child Jay (local child safeguarding practice review, published March 2025)".
    [GeneratedRegex(@"\([\w ]{1,20}\)$|(?<=\w)\s+\((?:[\w\u2019' -]+,\s*)?(?:published|completed|concluded|reported|held)?[\w\u2019' ,-]{0,60}\d{4}\)$")]
    private static partial Regex ClosingLabel();

    [GeneratedRegex(@"^(?:table of )?contents$")]
    private static partial Regex Contents();

    [GeneratedRegex(@"^(?:summary of\s+|key\s+|our\s+|the\s+)?(?:the\s+)?(?:(?:review|report)(?:'s|\u2019s)?\s+)?(?:(?:single[- ]agency|multi[- ]agency|agency[- ]specific|agency|national|local|partnership|individual agency|imr|board|panel)\s+)?(?:recommendations?(?:\s+(?:for|to|from|of|and|made|arising|following)\b.*|,\s+.*)?|what needs to (?:change|improve)(?:\s+(?:in|for|about|across)\b.*)?|what (?:does|do) (?:the\s+)?[\w'\u2019 ]{2,40}? need to (?:change|improve|do)|what (?:should|must) change|areas? (?:for|of|requiring) (?:priority action|improvement|development|priority)|(?:priority|immediate)(?:\s+and\s+(?:immediate|priority|urgent))?\s+actions?|priorities for (?:improvement|action|change)|what (?:we|the review|the panel|the review team) recommended|(?:suggested\s+)?strategies for (?:improvement|change|action)|suggested strategies|improving systems and practice|recommended actions|actions? for (?:the )?(?:board|partnership|agencies|partners)|what needs to happen(?: next)?|what (?:we|the panel|the review) (?:expect|expects|ask|asks|would expect) (?:of )?[\w'\u2019 ]{2,40}? to do(?: now| next)?)$")]
    private static partial Regex Recommendations();

    [GeneratedRegex(@"^(?:summary of\s+(?:the\s+)?(?:key\s+|main\s+)?|key\s+|main\s+|our\s+|the\s+)?(?:the\s+)?(?:(?:review|report)(?:'s|\u2019s)?\s+)?(?:findings?(?:\s+(?:and|&)\s+(?:recommendations|analysis|learning))?(?:\s+(?:in brief|at a glance|in summary))?|(?:immediate\s+|initial\s+|early\s+|emerging\s+|emergent\s+)?learning(?: points?| themes?| and (?:findings|reflections))?|lessons(?: learned| learnt)?|what we (?:found|learned|learnt)|what (?:the )?(?:inspectors|inspection|reviewers?) found(?: to be (?:working well|good|strong))?|what the review (?:found|learned|learnt)|what did (?:we|the review|the panel|the reviewers?) (?:find|learn)|analysis and findings|themes and learning|practice learning|(?:headline|summary)\s+findings?|strengths|areas? of strength|what (?:is|was|went) (?:working )?well|what worked well|(?:good|effective|positive) practice|key learning(?: points?)?|learning (?:for|from) (?:the |this )?(?:agencies|practitioners|partners|review|reviews|case|rapid review|region|regional safeguarding board|board|partnership|system|organisations)|(?:the )?learning (?:identified|arising|emerging)\b.*)(?:\s+(?:identified|noted|observed|seen))?$")]
    private static partial Regex Findings();

    [GeneratedRegex(@"^(?:summary of\s+)?(?:the\s+)?(?:(?:partnership|agency|agencies'?|multi-agency|single[- ]agency|organisational|committee|committee's|board|board's|panel|panel's|partners'?|council|trust|lscb|cpc|government|government's|departmental|department's|ministerial|governing body|governing body's|governors'?|school's|school)\s+(?:responses?|actions?)(?:\s+(?:received|provided|submitted|given|reported)\b.*)?|(?:[\w'\u2019]+\s+){0,3}responses? (?:to|from|of) (?:the )?(?:recommendations|agencies|partners)|(?:(?:immediate|urgent|single[- ]agency|multi[- ]agency|safeguarding|agency|partner)\s+){0,2}actions? (?:already )?(?:taken|completed)(?: by (?:agencies|partners))?(?: since the review)?|(?:further\s+)?actions? (?:still |yet )?(?:needed|required|outstanding|planned|to (?:be )?(?:taken|completed))|what (?:agencies|partners) have done|what (?:has|have) (?:the )?[\w'\u2019 ]{2,40}? done(?: since)?|progress (?:on|against) (?:the )?recommendations|progress updates?|updates? on (?:the )?recommendations|what has (?:changed|happened) since(?: the review| then)?|how (?:the )?(?:partners|agencies|organisations|services|the partnership) (?:have )?respond(?:ed)?|what has changed(?: as a result)?|what (?:we|the partnership|partners|agencies) (?:will|are going to|have agreed to) do(?: (?:now|next|about (?:it|this)|in response))?|what (?:are|will) (?:we|the partnership|partners|agencies) (?:going to )?do(?: (?:now|next|about (?:it|this)|in response))?|(?:progress|updates?|actions? taken) since (?:the )?(?:review|report|publication)|responses?|actions?|impact(?: so far)?|responses?\s+(?:received|provided|submitted|given)\b.*|(?:additional|further|other|later)\s+(?:responses?|updates?)|progress|responses? (?:of|from|by) (?:the )?[\w'\u2019 ]{2,50}|chief officers'?\u2019?\s+group(?:'s|\u2019s)?\s+responses?)$")]
    private static partial Regex Responses();

    [GeneratedRegex(@"areas? (?:for|of|requiring) (?:priority action|improvement|development|priority)|what needs to improve|need to improve|(?:priority|immediate)(?:\s+and\s+(?:immediate|priority|urgent))?\s+actions?")]
    private static partial Regex AreasToImprove();

    [GeneratedRegex(@"^(?:entry|log entry|case|review)\s+\d{1,3}$|\b(?:introduction|background|summary|overview|conclusions?|next steps|next review|governance|monitoring (?:and|of) (?:this|the) plan|appendix|appendices|glossary|references|methodology|method|scope|terms of reference|acknowledg|the review|this review|family|voice|chronology|analysis|context|want to know more|find out more|further (?:information|reading)|more information|resources|questions? for|useful links|what (?:you|practitioners|professionals|managers) (?:can|could|should|need to) do|things to (?:consider|think about)|reflective questions|prompts for|our approach|what we will do|next year|looking ahead|how (?:will )?(?:we|you|the [\w ]{2,30}?) (?:will )?know|measur(?:e|es|ing) (?:of )?(?:impact|success|progress|difference)|review activity|(?:practice|thematic|rapid|learning|local|serious case|case management|multi-agency) reviews?\b)")]
    private static partial Regex General();
}
