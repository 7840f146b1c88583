using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LearningSearch.Indexer.Reading.Word;

namespace LearningSearch.Indexer.Tests.Reading;

/// <summary>Word documents whose numbers live in numbering.xml, not in their text.</summary>
public class WordReaderTests
{
    [Fact]
    public void AMultiLevelList_ShouldShowLettersRomanNumeralsRestartsAndStartOverrides()
    {
        var path = Path.Combine(Path.GetTempPath(), $"learningsearch-{Guid.NewGuid():N}.docx");
        try
        {
            WriteNumberedDocument(path,
                (1, 0, "Governance"), (1, 1, "Supervision"), (1, 1, "Challenge"), (1, 2, "Audit"),
                (0, 0, "Not in the list"), (1, 0, "Neglect"), (1, 1, "Toolkit"), (2, 0, "Restarted at five"), (1, 0, "Shared count"));

            var lines = new WordReader().Read(path, "numbered.docx").Lines.Where(l => l.Length > 0);

            Assert.Equal(["1. Governance", "1.a) Supervision", "1.b) Challenge", "(i) Audit", "Not in the list", "2. Neglect", "2.a) Toolkit", "5. Restarted at five", "6. Shared count"], lines);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AnActionPlanTable_ShouldGiveOneLinePerRowWithTheCellsParagraphsJoined()
    {
        var lines = Fixtures.Read("ads14-action-plan.docx").Lines;

        var row = lines.Single(l => l.StartsWith("7.\t", StringComparison.Ordinal)).Split('\t');
        Assert.Equal(6, row.Length);
        Assert.Equal("Both Derbyshire and Staffordshire Social Care and Healthcare Partners should ensure that Child Protection \u2013 Information Sharing (CP-IS) is implemented.", row[1]);
        Assert.StartsWith("Derbyshire Social Care and healthcare partners are currently committed to the installation of CP- IS in 2018. This forms part", row[2], StringComparison.Ordinal);
    }

    // Levels: "%1." decimal, "%1.%2)" lower letters, "(%3)" lower roman. Instance 2 shares the list's
    // count but restarts level 1 at five; instance 1 used after it goes on from there, as Word does.
    private static void WriteNumberedDocument(string path, params (int NumId, int Level, string Text)[] paragraphs)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = new Numbering(
            new AbstractNum(
                Level(0, NumberFormatValues.Decimal, "%1."),
                Level(1, NumberFormatValues.LowerLetter, "%1.%2)"),
                Level(2, NumberFormatValues.LowerRoman, "(%3)")) { AbstractNumberId = 10 },
            new NumberingInstance(new AbstractNumId { Val = 10 }) { NumberID = 1 },
            new NumberingInstance(new AbstractNumId { Val = 10 }, new LevelOverride(new StartOverrideNumberingValue { Val = 5 }) { LevelIndex = 0 }) { NumberID = 2 });
        main.Document = new Document(new Body(paragraphs.Select(p => new Paragraph(
            new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = p.Level }, new NumberingId { Val = p.NumId }) { }),
            new Run(new Text(p.Text))))));
    }

    private static Level Level(int index, NumberFormatValues format, string text) =>
        new(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = index };
}
