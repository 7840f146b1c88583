using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace LearningSearch.Indexer.Reading.Spreadsheet;

/// <summary>
/// Reads Excel action plans (<c>.xlsx</c>): each sheet in order, its name as a heading, rows above the table's
/// header (a title, a note) as paragraphs, and the table's rows as tab-separated cells. A merged cell spanning
/// several rows (a recommendation over its actions) gives its value to its first row only, leaving the rows under
/// it with an empty cell there, as a continuation row of a printed action plan has. A RAG cell coloured but left
/// blank is read as the colour's word. Hidden sheets are left out: they hold lookups, not the plan.
/// </summary>
public sealed class SpreadsheetReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".xlsx"];

    public DocumentText Read(string path, string sourceFile)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length == 0)
            throw new UnreadableDocumentException(sourceFile, "the file is empty");
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or ArgumentException)
        {
            throw new UnreadableDocumentException(sourceFile, "the file is damaged or is not an Excel workbook (.xlsx); open it in Excel and save it again", e);
        }
        using (document)
        {
            var workbook = document.WorkbookPart
                ?? throw new UnreadableDocumentException(sourceFile, "the file is not an Excel workbook (it has no workbook part); save it from Excel as .xlsx");
            var text = new DocumentTextBuilder();
            try
            {
                var cells = new CellText(workbook);
                foreach (var sheet in workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [])
                {
                    if (sheet.State?.Value is { } state && state != SheetStateValues.Visible) continue;
                    if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part) continue;
                    ReadSheet(sheet.Name?.Value ?? "", part, cells, text);
                }
            }
            catch (Exception e) when (e is System.Xml.XmlException or InvalidDataException or OpenXmlPackageException)
            {
                throw new UnreadableDocumentException(sourceFile, "the workbook is damaged (a sheet cannot be parsed); open it in Excel and save it again", e);
            }
            if (!text.HasText)
                throw new UnreadableDocumentException(sourceFile, "the workbook has no text");
            return text.Build(sourceFile);
        }
    }

    private static void ReadSheet(string name, WorksheetPart part, CellText cells, DocumentTextBuilder text)
    {
        var grid = SheetGrid.Read(part, cells);
        if (grid.Rows.Count == 0) return;
        if (name.Length > 0 && !DefaultSheetName(name)) text.AddParagraph(name);
        text.EndBlock();
        var header = grid.HeaderRow();
        for (var r = 0; r < grid.Rows.Count; r++)
        {
            var row = grid.Rows[r];
            var filled = row.Count(c => c.Length > 0);
            if (filled == 0) { text.EndBlock(); continue; }
            // Above the header, a row with one cell filled is a title or a note, not a row of the plan.
            if ((header < 0 || r < header) && filled == 1)
            {
                text.EndBlock();
                text.AddParagraph(row.First(c => c.Length > 0));
                continue;
            }
            text.AddTableRow(row.Take(grid.Width));
        }
        text.EndBlock();
    }

    private static bool DefaultSheetName(string name) =>
        name.StartsWith("Sheet", StringComparison.OrdinalIgnoreCase) && name[5..].All(char.IsDigit);
}
