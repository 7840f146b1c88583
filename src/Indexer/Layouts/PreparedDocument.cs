using LearningSearch.Indexer.Cleaning;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Layouts;

/// <summary>A document with its page furniture found and its paragraphs listed as blocks, ready for the layouts.</summary>
public sealed class PreparedDocument
{
    public PreparedDocument(DocumentText document)
    {
        Document = document;
        // A heading the contents list repeats ("Section 3: Key findings") or a part repeats ("What we learned") is still a heading.
        Furniture = PageFurniture.Find(document.Lines, line => SectionedReport.ReportHeading.TryRead(new Block(0, line)) is { Kind: not SectionedReport.SectionKind.Other }
            || SectionedReport.QuestionsForTheBoard.IsHeading(line) || SectionedReport.RecommendationAddressees.IsAgencyLabel(line)
            || SectionedReport.LabelledActionBlock.IsStructure(line));
        var blocks = new List<Block>();
        for (var i = 0; i < document.Lines.Count; i++)
        {
            if (Furniture.Contains(i) || string.IsNullOrWhiteSpace(document.Lines[i])) continue;
            var block = new Block(i + 1, document.Lines[i].TrimEnd());
            if (block.Text.Length == 0 && !block.IsTableRow) continue;
            blocks.Add(block);
        }
        Blocks = blocks;
    }

    public DocumentText Document { get; }

    public string SourceFile => Document.SourceFile;

    /// <summary>0-based indexes of the lines dropped as running headers, page numbers and ruled rows.</summary>
    public IReadOnlySet<int> Furniture { get; }

    public IReadOnlyList<Block> Blocks { get; }
}
