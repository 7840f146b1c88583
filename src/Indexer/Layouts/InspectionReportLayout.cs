using System.Text.RegularExpressions;
using LearningSearch.Indexer.Cleaning;

namespace LearningSearch.Indexer.Layouts;

/// <summary>
/// An inspection report: numbered finding paragraphs (<c>1.1</c> ... <c>5.3.8</c>) that cite
/// "(Recommendation X.Y)", sometimes on the line after, and a final "Recommendations" section that lists them,
/// grouped under the bodies they are addressed to ("Southern Derbyshire CCG should:"). Unnumbered prose
/// (context, what people said, case examples) stays with its finding or its section, so nothing is lost.
/// </summary>
public sealed partial class InspectionReportLayout : IReviewLayout
{
    public string Name => nameof(InspectionReportLayout);

    public LayoutMatch Recognise(PreparedDocument document)
    {
        // The findings cite the recommendations listed after them; citations after the list are responses to it.
        var list = document.Blocks.ToList().FindIndex(b => RecommendationsHeading().IsMatch(b.Text));
        var hasList = list >= 0;
        var citations = document.Blocks.Take(Math.Max(list, 0)).Sum(b => Citation().Count(b.Text));
        return citations >= 2 && hasList
            ? new LayoutMatch(0.9, $"{citations} '(Recommendation X.Y)' citations and a Recommendations section")
            : LayoutMatch.None("no findings citing a list of recommendations");
    }

    public void Read(PreparedDocument document, ReviewDraft draft)
    {
        var blocks = document.Blocks;
        var bodyStart = blocks.ToList().FindIndex(b => b.Text.Length >= 100 && CutText.EndsFinished(b.Text));
        if (bodyStart > 0 && IsHeading(blocks[bodyStart - 1])) bodyStart--;
        for (var i = 0; i < Math.Max(bodyStart, 0); i++) draft.MarkFrontMatter(blocks[i]);

        string? section = null;
        string? addressees = null;
        IReadOnlyList<string> agencies = [];
        var inRecommendations = false;
        DraftUnit? last = null;
        DraftUnit? sectionFinding = null;

        for (var i = Math.Max(bodyStart, 0); i < blocks.Count; i++)
        {
            var block = blocks[i];
            var text = InlineText.Clean(block.Raw);
            var cited = CitationOnly().Match(block.Text);
            if (cited.Success && last is not null)
            {
                last.CitedNumbers.AddRange(Numbers(cited.Groups["numbers"].Value));
                last.AddParagraph(text, block.Line);
                continue;
            }
            if (RecommendationsHeading().IsMatch(block.Text))
            {
                inRecommendations = true;
                section = block.Text;
                draft.MarkStructure(block);
                continue;
            }
            if (inRecommendations)
            {
                var group = Addressees().Match(block.Text);
                if (group.Success)
                {
                    addressees = group.Groups["who"].Value.Trim();
                    agencies = draft.Agencies.FindMentions(addressees).Select(m => m.Name).ToList();
                    draft.MarkStructure(block);
                    continue;
                }
                var item = ListedRecommendation().Match(block.Text);
                if (item.Success)
                {
                    last = draft.AddRecommendation(item.Groups["number"].Value, block.Line).AddParagraph(item.Groups["text"].Value, block.Line);
                    last.Heading = addressees is null ? section : $"{addressees} should";
                    foreach (var agency in agencies) last.AddAgency(agency);
                    continue;
                }
                if (IsHeading(block)) inRecommendations = false;
            }

            if (IsHeading(block))
            {
                section = Regex.Replace(block.Text, @"^\d+(\.\d+)*\.?\s+", "");
                sectionFinding = null;
                last = null;
                draft.MarkStructure(block);
                continue;
            }
            var finding = NumberedFinding().Match(block.Text);
            if (finding.Success)
            {
                last = draft.AddFinding(finding.Groups["number"].Value, block.Line).AddParagraph(text[(text.IndexOf(finding.Groups["number"].Value, StringComparison.Ordinal) + finding.Groups["number"].Length)..].Trim(), block.Line);
                last.Heading = section;
                foreach (Match m in Citation().Matches(block.Text)) last.CitedNumbers.AddRange(Numbers(m.Groups["numbers"].Value));
                last.AddAgency(draft.Agencies.LeadAgency(text, within: 80));
                continue;
            }
            if (last is not null && CutText.Continues(last.LastParagraph, text, longProse: true) && !block.IsBullet)
            {
                last.JoinToLastParagraph(text, block.Line);
                continue;
            }
            if (last is not null)
            {
                last.AddParagraph(text, block.Line);
                continue;
            }
            sectionFinding ??= NewSectionFinding(draft, section, block.Line);
            sectionFinding.AddParagraph(text, block.Line);
        }
    }

    private static DraftUnit NewSectionFinding(ReviewDraft draft, string? section, int line)
    {
        var unit = draft.AddFinding(null, line);
        unit.Heading = section;
        return unit;
    }

    private static IEnumerable<string> Numbers(string list) =>
        NumberList().Matches(list).Select(m => m.Value.TrimEnd('.'));

    private static bool IsHeading(Block block) =>
        !block.IsBullet && !block.IsTableRow && block.Text.Length <= 70 && !CutText.EndsFinished(block.Text)
        && !block.Text.StartsWith('"') && !block.Text.StartsWith('\u201C') && block.Text.Split(' ').Length <= 9
        && !NumberedFinding().IsMatch(block.Text + " padding padding padding padding");

    [GeneratedRegex(@"\(\s*Recommendations?\s+(?<numbers>\d{1,2}(?:\.\d{1,2})*[a-z]?(?:\s*(?:,|and|&)\s*\d{1,2}(?:\.\d{1,2})*[a-z]?)*)\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex Citation();

    [GeneratedRegex(@"^\(?\s*Recommendations?\s+(?<numbers>\d{1,2}(?:\.\d{1,2})*[a-z]?(?:\s*(?:,|and|&)\s*\d{1,2}(?:\.\d{1,2})*[a-z]?)*)\s*\)?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex CitationOnly();

    [GeneratedRegex(@"\d{1,2}(?:\.\d{1,2})*[a-z]?")]
    private static partial Regex NumberList();

    [GeneratedRegex(@"^(?:\d+\.?\s+)?recommendations\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RecommendationsHeading();

    [GeneratedRegex(@"^\d{1,2}\.\s+(?<who>.+?)\s+(?:should|must|will|to)\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Addressees();

    [GeneratedRegex(@"^(?:-\s+)?(?<number>\d{1,2}\.\d{1,2}[a-z]?)\.?\s+(?<text>.{10,})$")]
    private static partial Regex ListedRecommendation();

    [GeneratedRegex(@"^(?<number>\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?<text>.{40,})$")]
    private static partial Regex NumberedFinding();
}
