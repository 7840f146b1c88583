using System.Text.RegularExpressions;
using LearningSearch.Indexer.Cleaning;

namespace LearningSearch.Indexer.Layouts;

/// <summary>
/// A response plan numbered in levels: themes <c>1.</c>, recommendations <c>1.1</c>, responses <c>1.1.1 Response</c>
/// followed by bullets, each bullet one action. Some responses have no heading and follow the recommendation
/// directly; some recommendations are written as a bold number inside a bullet.
/// </summary>
public sealed partial class NumberedResponsePlanLayout : IReviewLayout
{
    public string Name => nameof(NumberedResponsePlanLayout);

    public LayoutMatch Recognise(PreparedDocument document)
    {
        var responses = document.Blocks.Count(b => Response().IsMatch(b.Text));
        var recommendations = document.Blocks.Count(b => Recommendation().IsMatch(b.Text));
        if (responses >= 2) return new LayoutMatch(0.85, $"{responses} numbered 'Response' headings under {recommendations} numbered recommendations");
        var bullets = document.Blocks.Count(b => b.IsBullet);
        return recommendations >= 3 && bullets >= recommendations
            ? new LayoutMatch(0.55, $"{recommendations} two-level numbered recommendations followed by bullets")
            : LayoutMatch.None("no numbered recommendations with responses");
    }

    public void Read(PreparedDocument document, ReviewDraft draft)
    {
        DraftUnit? recommendation = null;
        DraftUnit? current = null;
        string? responseNumber = null;
        string? section = null;

        foreach (var block in document.Blocks)
        {
            var text = InlineText.Clean(block.Raw);
            var response = Response().Match(block.Text);
            if (response.Success && recommendation is not null)
            {
                responseNumber = response.Groups["number"].Value;
                var rest = response.Groups["text"].Value.Trim();
                current = null;
                if (rest.Length > 0) current = NewAction(draft, recommendation, responseNumber, rest, block.Line, section);
                else draft.MarkStructure(block);
                continue;
            }
            var numbered = Recommendation().Match(block.Text);
            if (numbered.Success)
            {
                recommendation = draft.AddRecommendation(numbered.Groups["number"].Value, block.Line)
                    .AddParagraph(numbered.Groups["text"].Value.Trim(), block.Line);
                recommendation.Heading = section;
                recommendation.AddAgency(draft.Agencies.LeadAgency(numbered.Groups["text"].Value, within: 60));
                current = recommendation;
                responseNumber = null;
                continue;
            }
            var theme = Section().Match(block.Text);
            if (theme.Success && !block.IsBullet)
            {
                section = theme.Groups["title"].Value.Trim().TrimEnd('.');
                draft.MarkStructure(block);
                continue;
            }
            if (recommendation is null)
            {
                draft.MarkFrontMatter(block);
                continue;
            }

            if (current is not null && !block.IsBullet && CutText.Continues(current.LastParagraph, text, longProse: true))
            {
                current.JoinToLastParagraph(text, block.Line);
                continue;
            }
            var actionText = block.IsBullet ? text.TrimStart('-', ' ') : text;
            current = NewAction(draft, recommendation, responseNumber, actionText, block.Line, section);
        }
    }

    private static DraftUnit NewAction(ReviewDraft draft, DraftUnit recommendation, string? number, string text, int line, string? section)
    {
        var action = draft.AddAction(recommendation, number, line).AddParagraph(text, line);
        action.Heading = section;
        action.AddAgency(draft.Agencies.LeadAgency(text, within: 80));
        foreach (var date in DateExpressions.Find(text)) action.AddDate(date);
        return action;
    }

    [GeneratedRegex(@"^(?:-\s+)?(?<number>\d{1,2}\.\d{1,2}\.\d{1,2})\.?\s+Response\b[:.]?\s*(?<text>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Response();

    [GeneratedRegex(@"^(?:-\s+)?(?<number>\d{1,2}\.\d{1,2})\.?\s+(?<text>(?!Response\b).{20,})$")]
    private static partial Regex Recommendation();

    [GeneratedRegex(@"^(?<number>\d{1,2})\.\s+(?<title>[A-Z].{2,90})$")]
    private static partial Regex Section();
}
