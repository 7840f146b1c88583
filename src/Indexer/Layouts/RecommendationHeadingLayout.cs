using System.Text.RegularExpressions;
using LearningSearch.Indexer.Cleaning;

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

    private static bool IsSectionHeading(Block block) =>
        !block.IsBullet && block.Text.Length <= 70 && !CutText.EndsFinished(block.Text) && block.Text.Split(' ').Length <= 8;

    [GeneratedRegex(@"^(?:recommendation|rec\.?)\s+(?<number>[A-Z]|\d{1,2}(?:\.\d{1,2})*[a-z]?|[ivx]{1,5})\b\s*[:.\-\u2013)]?\s*(?<text>.*)$|^(?<number>R\d{1,2}[a-z]?)\s*[:.\-\u2013)]\s*(?<text>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();
}
