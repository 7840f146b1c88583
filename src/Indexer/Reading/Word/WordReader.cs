using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LearningSearch.Indexer.Reading.Word;

/// <summary>
/// Reads Word documents (<c>.docx</c>): paragraphs and headings in order, numbered paragraphs with the
/// numbers Word shows ("1.1."), bullets as "- ", and tables as tab-separated rows whose cells hold their
/// paragraphs joined by spaces. Headers, footers, footnotes and comments are left out.
/// </summary>
public sealed class WordReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".docx"];

    public DocumentText Read(string path, string sourceFile)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length == 0)
            throw new UnreadableDocumentException(sourceFile, "the file is empty");
        if (IsCompoundFile(bytes))
            throw new UnreadableDocumentException(sourceFile, IsEncryptedPackage(bytes)
                ? "the Word document is password-protected; save an unprotected copy"
                : "the file is an old Word 97-2003 document (.doc) named .docx; open it in Word and save it as .docx");

        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or ArgumentException)
        {
            throw new UnreadableDocumentException(sourceFile, "the file is damaged or is not a Word document (.docx); open it in Word and save it again", e);
        }
        using (document)
        {
            Body? body;
            try
            {
                body = document.MainDocumentPart?.Document?.Body;
            }
            catch (Exception e) when (e is System.Xml.XmlException or InvalidDataException or OpenXmlPackageException)
            {
                throw new UnreadableDocumentException(sourceFile, "the file is damaged (its text cannot be parsed); open it in Word and save it again", e);
            }
            if (body is null)
                throw new UnreadableDocumentException(sourceFile, "the file is not a Word document (it has no document body); save it from Word as .docx");

            var styles = new WordStyles(document.MainDocumentPart!.StyleDefinitionsPart?.Styles);
            var numbering = new WordListNumbering(document.MainDocumentPart.NumberingDefinitionsPart?.Numbering, styles);
            var text = new DocumentTextBuilder();
            new Walk(text, numbering).Blocks(body);
            if (!text.HasText)
                throw new UnreadableDocumentException(sourceFile, "the Word document has no text");
            return text.Build(sourceFile);
        }
    }

    private sealed class Walk(DocumentTextBuilder text, WordListNumbering numbering)
    {
        public void Blocks(OpenXmlElement container)
        {
            foreach (var element in container.ChildElements)
            {
                switch (element)
                {
                    case Paragraph paragraph:
                        Paragraph(paragraph);
                        break;
                    case Table table:
                        Table(table);
                        break;
                    case SdtBlock or SdtContentBlock or CustomXmlBlock:
                        Blocks(element);
                        break;
                }
            }
        }

        private void Paragraph(Paragraph paragraph)
        {
            var label = numbering.LabelFor(paragraph);
            var lines = WordParagraphText.Of(paragraph).Split('\n').Where(l => l.Trim().Length > 0).ToList();
            if (lines.Count == 0)
                text.EndBlock(); // an empty paragraph is the blank line between two blocks
            else if (label == "-")
                text.AddListItem("- " + string.Join(' ', lines));
            else
            {
                text.AddParagraph(label is null ? lines[0] : label + " " + lines[0]);
                foreach (var line in lines.Skip(1))
                    text.AddLineInParagraph(line);
            }
            foreach (var textBox in TextBoxes(paragraph))
                Blocks(textBox);
        }

        private void Table(Table table)
        {
            foreach (var row in table.Elements<TableRow>())
            {
                var cells = new List<string>();
                var rowProperties = row.TableRowProperties;
                AddEmpty(cells, rowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0);
                foreach (var cell in row.Descendants<TableCell>().Where(c => c.Ancestors<TableRow>().First() == row))
                {
                    cells.Add(CellText(cell));
                    AddEmpty(cells, (cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1) - 1);
                }
                text.AddTableRow(cells);
            }
            text.EndBlock();
        }

        // A cell is one line: its paragraphs (and any table nested in it) joined by spaces, list labels kept.
        private string CellText(TableCell cell)
        {
            var parts = new List<string>();
            foreach (var paragraph in cell.Descendants<Paragraph>())
            {
                if (paragraph.Ancestors().Any(a => a.LocalName == "txbxContent"))
                    continue;
                var label = numbering.LabelFor(paragraph);
                var content = WordParagraphText.Of(paragraph);
                if (content.Trim().Length > 0)
                    parts.Add(label is null ? content : label + " " + content);
            }
            return string.Join(' ', parts);
        }

        private static void AddEmpty(List<string> cells, int count)
        {
            for (var i = 0; i < count; i++)
                cells.Add("");
        }

        // Text boxes (drawn shapes holding paragraphs) come once as DrawingML and once as a VML fallback
        // for old Word versions: read the first only.
        private static IEnumerable<OpenXmlElement> TextBoxes(Paragraph paragraph) =>
            paragraph.Descendants().Where(e => e.LocalName == "txbxContent" && !e.Ancestors().Any(a => a.LocalName == "Fallback"));
    }

    private static bool IsCompoundFile(byte[] bytes) =>
        bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);

    // A password-protected .docx is an OLE compound file holding "EncryptionInfo" and "EncryptedPackage" streams.
    private static bool IsEncryptedPackage(byte[] bytes) =>
        bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes("EncryptionInfo")) >= 0;
}
