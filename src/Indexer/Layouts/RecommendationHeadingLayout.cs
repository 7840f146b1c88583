using System.Text.RegularExpressions;
using LearningSearch.Indexer.Cleaning;
using LearningSearch.Index.Units;

namespace LearningSearch.Indexer.Layouts;

/// <summary>
/// Recommendations each under a heading of their own ("Recommendation A", "Recommendation 3:", "R2 -"),
/// the first paragraph the recommendation and the paragraphs after it the agencies' actions, written as prose.
/// A paragraph that names no agency is the same agency's work as the paragraph before it.
/// </summary>
public sealed partial class RecommendationHeadingLayout : IReviewLayout
{
    public string Name => nameof(RecommendationHeadingLayout);

    public LayoutMatch Recognise(PreparedDocument document)
    {
        var headings = document.Blocks.Count(b => !b.IsTableRow && Heading().IsMatch(b.Text));
        return headings >= 2
            ? new LayoutMatch(0.8, $"{headings} 'Recommendation X' headings")
            : LayoutMatch.None("fewer than two 'Recommendation X' headings");
    }

    public void Read(PreparedDocument document, ReviewDraft draft)
    {
        DraftUnit? recommendation = null;
        DraftUnit? current = null;
        string? agency = null;
        string? section = null;

        foreach (var block in document.Blocks)
        {
            var heading = Heading().Match(block.Text);
            if (heading.Success)
            {
                recommendation = draft.AddRecommendation(heading.Groups["number"].Value, block.Line);
                recommendation.Heading = section;
                var rest = heading.Groups["text"].Value.Trim();
                if (rest.Length > 0) recommendation.AddParagraph(rest, block.Line);
                else draft.MarkStructure(block);
                current = recommendation;
                agency = null;
                continue;
            }
            if (recommendation is null)
            {
                draft.MarkFrontMatter(block);
                continue;
            }

            var text = InlineText.Clean(block.Raw);
            if (!recommendation.HasText)
            {
                recommendation.AddParagraph(text, block.Line);
                recommendation.AddAgency(draft.Agencies.LeadAgency(text, within: 60));
                continue;
            }
            if (SubNumber().Match(text) is { Success: true } sub && recommendation.Number is { } own
                && sub.Groups["n"].Value.StartsWith(own + ".", StringComparison.OrdinalIgnoreCase))
            {
                // "1.1 Relaunch the toolkit ... Lead: ... By: ... Status: Green" under Recommendation 1: an action of its own,
                // numbered, even when the tracker's export runs 1.1, 1.2 and 1.3 on together without blank lines.
                var rest = sub.Groups["rest"].Value;
                var fields = ActionFields.Split(rest);
                current = draft.AddAction(recommendation, sub.Groups["n"].Value, block.Line).AddParagraph(fields?.Text ?? rest, block.Line);
                if (fields is not null) Apply(current, recommendation, draft, fields, block.Line);
                agency = current.Agencies.FirstOrDefault() ?? agency;
                continue;
            }
            if (SectionedReport.ResponseLine.Read(text) is { } update
                && SectionedReport.ResponseLine.NamedIn(update.Label + " " + LeadIn(update.Text)) is { Count: > 1 } named
                && named.Select(n => draft.Units.LastOrDefault(u => u.Kind == UnitKind.Recommendation && u.Number == n)).ToList() is var answered
                && answered.All(r => r is not null))
            {
                // "Update (March 2024) – Recommendations 3 and 4: ..." answers both, each an action on it.
                var by = draft.Agencies.LeadAgency(update.Text, within: 80);
                foreach (var answeredRecommendation in answered)
                {
                    current = draft.AddAction(answeredRecommendation, null, block.Line).AddParagraph(text, block.Line);
                    current.AddAgency(by);
                    foreach (var date in DateExpressions.Find(text)) current.AddDate(date);
                }
                continue;
            }
            if (current is { Kind: UnitKind.Action, Number: not null } && ActionFields.Alone(text) is { } field)
            {
                // "Lead:", "By:" and "Status:" on lines of their own under a numbered action are its fields.
                draft.MarkStructure(block);
                Apply(current, recommendation, draft, new ActionFields("", field.Name == "lead" ? field.Value : null,
                    field.Name is "by" or "target date" or "date" ? field.Value : null, field.Name == "status" ? field.Value : null), block.Line);
                continue;
            }
            if (block.IsBullet && SectionedReport.AgencyActionLine.AgencyOf(text, draft.Agencies) is { } bulletAgency)
            {
                // "- Eastvale Community Health to review its discharge letters": that agency's action, not more recommendation.
                current = draft.AddAction(recommendation, null, block.Line).AddParagraph(text.TrimStart().TrimStart('-', '\u2022', '*').TrimStart(), block.Line);
                current.AddAgency(bulletAgency);
                foreach (var date in DateExpressions.Find(text)) current.AddDate(date);
                agency = bulletAgency;
                continue;
            }
            if (current is not null && (block.IsBullet || current.LastParagraph.EndsWith(':')))
            {
                current.AddParagraph(text, block.Line);
                continue;
            }
            if (current is not null && CutText.Continues(current.LastParagraph, text, longProse: true))
            {
                current.JoinToLastParagraph(text, block.Line);
                continue;
            }
            if (IsSectionHeading(block))
            {
                section = block.Text;
                draft.MarkStructure(block);
                continue;
            }

            current = draft.AddAction(recommendation, null, block.Line).AddParagraph(text, block.Line);
            agency = draft.Agencies.LeadAgency(text) ?? agency;
            current.AddAgency(agency);
            foreach (var date in DateExpressions.Find(text)) current.AddDate(date);
        }
    }

    // "Recommendations 3 and 4: ..." at the start of an update's words: what it answers, said after its label.
    private static string LeadIn(string text) => text.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 and <= 60 ? text[..colon] : "";

    private static void Apply(DraftUnit action, DraftUnit recommendation, ReviewDraft draft, ActionFields fields, int line)
    {
        if (fields.Lead is { } lead)
        {
            action.AddDetail("Lead", lead, line);
            // "Lead: As 2.1" is 2.1's lead; a lead that names an organisation is the agency doing the work (a job title
            // alone, "Head of Service", names no agency).
            var sameAs = ActionFields.SameAs(lead) is { } n ? draft.Units.FirstOrDefault(u => u.Kind == UnitKind.Action && u.Recommendation == recommendation && u.Number == n) : null;
            if (sameAs is not null) foreach (var a in sameAs.Agencies) action.AddAgency(a);
            else if (ActionFields.NamesOrganisation(lead, draft.Agencies))
                action.AddAgency(draft.Agencies.Normalise(lead));
        }
        if (fields.By is { } by) { action.AddDetail("By", by, line); action.AddDate(by); }
        if (fields.Status is { } status) action.Status = StatusWords.Read(status) ?? action.Status;
    }

    private static bool IsSectionHeading(Block block) =>
        !block.IsBullet && block.Text.Length <= 70 && !CutText.EndsFinished(block.Text) && block.Text.Split(' ').Length <= 8;

    [GeneratedRegex(@"^(?:recommendation|rec\.?)\s+(?<number>[A-Z]|\d{1,2}(?:\.\d{1,2})*[a-z]?|[ivx]{1,5})\b\s*[:.\-\u2013)]?\s*(?<text>.*)$|^(?<number>R\d{1,2}[a-z]?)\s*[:.\-\u2013)]\s*(?<text>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?<n>\d{1,2}(?:\.\d{1,2}){1,2})\.?\s+(?<rest>\S.*)$")]
    private static partial Regex SubNumber();
}
