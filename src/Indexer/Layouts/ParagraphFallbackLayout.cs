namespace LearningSearch.Indexer.Layouts;

/// <summary>
/// For a document no layout recognises: every paragraph becomes a finding, with its heading, so that nothing
/// is lost and the text is still searchable. The extractor warns that the layout was not recognised.
/// </summary>
public sealed class ParagraphFallbackLayout : IReviewLayout
{
    public string Name => nameof(ParagraphFallbackLayout);

    public LayoutMatch Recognise(PreparedDocument document) => new(0.01, "reads any document paragraph by paragraph");

    public void Read(PreparedDocument document, ReviewDraft draft)
    {
        string? heading = null;
        DraftUnit? last = null;
        foreach (var block in document.Blocks)
        {
            var text = Cleaning.InlineText.Clean(block.Raw.Replace('\t', ' '));
            if (IsHeading(block))
            {
                heading = block.Text;
                draft.MarkStructure(block);
                continue;
            }
            if (last is not null && (block.IsBullet || Cleaning.CutText.Continues(last.LastParagraph, text, longProse: true)))
            {
                if (block.IsBullet) last.AddParagraph(text, block.Line);
                else last.JoinToLastParagraph(text, block.Line);
                continue;
            }
            last = draft.AddFinding(null, block.Line).AddParagraph(text, block.Line);
            last.Heading = heading;
            last.AddAgency(draft.Agencies.LeadAgency(text, within: 60));
        }
    }

    private static bool IsHeading(Block block) =>
        !block.IsTableRow && !block.IsBullet && block.Text.Length <= 80 && !Cleaning.CutText.EndsFinished(block.Text)
        && block.Text.Split(' ').Length <= 10;
}
