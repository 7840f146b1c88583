using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Reading;

/// <summary>
/// Partnerships keep their action plans in Excel: one row per action, the recommendation merged down over its actions,
/// a RAG cell coloured rather than written, a hidden sheet of lookups. The workbook is read as the printed plan would be.
/// </summary>
public sealed class SpreadsheetActionPlanTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"learningsearch-plan-{Guid.NewGuid():N}.xlsx");

    public SpreadsheetActionPlanTests() => ActionPlanWorkbook.Write(_path);

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void ARecommendationMergedOverItsActionRows_ShouldHaveEachRowAsItsAction()
    {
        var review = new ReviewExtractor().Extract(DocumentReaders.Default.Read(_path, "plan.xlsx"));

        var recommendation = Assert.Single(review.Units, u => u.Kind == UnitKind.Recommendation);
        Assert.Equal("1", recommendation.Number);
        Assert.StartsWith("Agencies should confirm the address of every baby", recommendation.Text, StringComparison.Ordinal);
        var actions = review.Units.Where(u => u.RecommendationId == recommendation.Id).ToList();
        Assert.Equal(["Add an address check to the discharge checklist.", "Update the practice register on every change of address."], actions.Select(a => a.Text));
        Assert.Equal(["Eastvale Hospitals NHS Trust", "Northgate Medical Practice"], actions.Select(a => a.Agency));
    }

    [Fact]
    public void ARagCellColouredButLeftBlank_ShouldBeReadAsItsColour()
    {
        var review = new ReviewExtractor().Extract(DocumentReaders.Default.Read(_path, "plan.xlsx"));

        Assert.Equal(["Green", "Red"], review.Units.Where(u => u.Kind == UnitKind.Action).Select(a => a.Status));
    }

    [Fact]
    public void AHiddenSheet_ShouldNotBeRead()
    {
        var document = DocumentReaders.Default.Read(_path, "plan.xlsx");

        Assert.DoesNotContain(document.Lines, line => line.Contains("lookup", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Single agency actions", document.Lines);
    }

    [Fact]
    public void ADamagedWorkbook_ShouldBeRefusedWithAReasonAPersonCanActOn()
    {
        File.WriteAllBytes(_path, [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);

        var e = Assert.Throws<UnreadableDocumentException>(() => DocumentReaders.Default.Read(_path, "plan.xlsx"));

        Assert.Contains("plan.xlsx", e.Message, StringComparison.Ordinal);
    }

    /// <summary>A small action plan as Excel writes one: shared strings, a merged cell, a fill colour, a hidden sheet.</summary>
    private static class ActionPlanWorkbook
    {
        public static void Write(string path)
        {
            using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()),
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                    new Fill(new PatternFill(new ForegroundColor { Rgb = "FF00B050" }) { PatternType = PatternValues.Solid }),
                    new Fill(new PatternFill(new ForegroundColor { Rgb = "FFFF0000" }) { PatternType = PatternValues.Solid })),
                new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { FillId = 2, ApplyFill = true }, new CellFormat { FillId = 3, ApplyFill = true }));
            Sheet(workbook, 1, "Single agency actions", visible: true,
                [
                    ["Eastvale Safeguarding Children Partnership: action plan"],
                    [],
                    ["Rec No", "Recommendation", "Action", "Lead agency", "RAG"],
                    ["1", "Agencies should confirm the address of every baby discharged from the neonatal unit.", "Add an address check to the discharge checklist.", "Eastvale Hospitals NHS Trust", "#green"],
                    ["", "", "Update the practice register on every change of address.", "Northgate Medical Practice", "#red"],
                ], merge: "B4:B5");
            Sheet(workbook, 2, "Lookups", visible: false, [["Lookup values"], ["Green"], ["Amber"]], merge: null);
        }

        private static void Sheet(WorkbookPart workbook, uint id, string name, bool visible, string[][] rows, string? merge)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var reference = $"{(char)('A' + c)}{r + 1}";
                    var value = rows[r][c];
                    row.Append(value.StartsWith('#')
                        ? new Cell { CellReference = reference, StyleIndex = value == "#green" ? 1u : 2u }
                        : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)) });
                }
                data.Append(row);
            }
            var worksheet = new Worksheet(data);
            if (merge is not null) worksheet.Append(new MergeCells(new MergeCell { Reference = merge }));
            part.Worksheet = worksheet;
            var sheet = new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name };
            if (!visible) sheet.State = SheetStateValues.Hidden;
            workbook.Workbook.Sheets!.Append(sheet);
        }
    }
}
