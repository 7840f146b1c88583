using LearningSearch.Index.Units;

namespace LearningSearch.Indexer.Layouts.SectionedReport;

/// <summary>
/// The features of a report that show it is written in sections, counted without reading it into units: how
/// many section headings it has, how many numbered items sit under a recommendations heading, and how many
/// paragraphs call themselves a finding or a recommendation.
/// </summary>
/// <param name="Sections">Headings followed by text (contents entries not counted).</param>
/// <param name="ListedRecommendations">Numbered or lettered items under a recommendations heading.</param>
/// <param name="FindingLabels">Paragraphs labelled "Finding N", "Learning point N".</param>
/// <param name="RecommendationLabels">Paragraphs labelled "Recommendation N" or "RN" outside a responses section.</param>
/// <param name="LearningOrResponseSections">Findings, learning or responses sections.</param>
/// <param name="MostRecommendationLabelsInASection">The most "Recommendation N" paragraphs under one section heading: several
/// show the recommendations sit inside the report's sections, not that each is a section of its own (a tracker).</param>
public sealed record ReportOutline(int Sections, int ListedRecommendations, int FindingLabels, int RecommendationLabels, int LearningOrResponseSections, int MostRecommendationLabelsInASection = 0)
{
    public static ReportOutline Of(IReadOnlyList<Block> blocks)
    {
        int sections = 0, listed = 0, findingLabels = 0, recommendationLabels = 0, learningOrResponses = 0, inSection = 0, mostInSection = 0;
        var inASection = false; // labels before the first section heading sit in no section
        var kind = SectionKind.Other;
        ItemLabel? previous = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var heading = ReportHeading.TryRead(blocks[i]);
            if (heading is { Kind: SectionKind.Contents })
            {
                i = ContentsList.End(blocks, i) - 1;
                continue;
            }
            var label = blocks[i].IsTableRow ? null : ItemLabel.TryRead(blocks[i].Text, previous);
            if (ResponseLine.IsUpdateHeading(blocks[i].Text)) learningOrResponses++; // "Recommendation 1: progress update"
            else if (label is { SaysFinding: true }) findingLabels++;
            else if (label is { SaysRecommendation: true } && kind != SectionKind.Responses)
            {
                recommendationLabels++;
                // "Recommendation 1: Partners should ..." written inline, as a report does, not a tracker's heading line.
                if (inASection && label.Rest.Length > 0) mostInSection = Math.Max(mostInSection, ++inSection);
            }

            // "4. Recommendations" is a numbered heading; "B. Review the policy" is an item, however short.
            var numberedHeading = label is { Style: LabelStyle.Numbered } && heading is not null && (heading.Kind != SectionKind.Other || heading.IsGeneral);
            // "Actions already taken:" under a recommendation introduces its actions; the recommendations go on after them.
            var introducesActions = heading is { Kind: SectionKind.Responses } && kind == SectionKind.Recommendations && blocks[i].Text.TrimEnd().EndsWith(':');
            if (heading is not null && (label is null || numberedHeading) && !introducesActions)
            {
                if (heading.Kind != SectionKind.Other)
                {
                    kind = heading.Kind;
                    if (kind is SectionKind.Findings or SectionKind.Responses) learningOrResponses++;
                }
                else if (!(kind is SectionKind.Recommendations or SectionKind.Responses && !heading.IsGeneral))
                {
                    kind = SectionKind.Other; // an agency's heading inside recommendations or responses does not end them
                }
                if (i + 1 < blocks.Count && ReportHeading.TryRead(blocks[i + 1]) is null) sections++;
                inSection = 0;
                inASection = true;
            }
            else if (kind == SectionKind.Recommendations && (label is { SaysFinding: false } || blocks[i].IsBullet
                || RecommendationAddressees.SaysWhatShouldBeDone(blocks[i].Text) && !blocks[i].Text.EndsWith(':')))
            {
                listed++; // numbered, bulleted or written as "... should ..."
            }
            else if (kind == SectionKind.Other && label is { Style: LabelStyle.PrefixedNumber } && RecommendationAddressees.SaysWhatShouldBeDone(label.Rest))
            {
                listed++; // an IMR appendix's "H1. The Trust should ..." under its agency's heading
            }
            if (label is not null) previous = label;
        }
        return new ReportOutline(sections, listed, findingLabels, recommendationLabels, learningOrResponses, mostInSection);
    }
}
