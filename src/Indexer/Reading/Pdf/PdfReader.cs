using LearningSearch.Indexer.Reading.Ocr;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace LearningSearch.Indexer.Reading.Pdf;

/// <summary>
/// Reads PDFs: the text of each page in reading order, paragraphs rejoined from their printed lines,
/// bullets as "- ", and tables rebuilt into tab-separated rows (see <see cref="PdfPageText"/>).
/// A scanned page (images, no text) is read by OCR when tesseract is installed, with a note that says so.
/// A PDF that cannot give text says why: encrypted, scanned without a text layer and no OCR, empty or damaged.
/// </summary>
/// <param name="ocr">Reads scanned pages; null reports them as needing OCR.</param>
/// <param name="progress">Told of each page read by OCR ("page 3 of 50"), since a scanned review takes seconds a page.</param>
public sealed class PdfReader(TesseractOcr? ocr = null, Action<string>? progress = null) : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    public DocumentText Read(string path, string sourceFile)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length == 0)
            throw new UnreadableDocumentException(sourceFile, "the file is empty");
        if (bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) < 0)
            throw new UnreadableDocumentException(sourceFile, "the file is not a PDF (it has no PDF header); it may be damaged or another kind of file renamed to .pdf");

        PdfDocument document;
        try
        {
            document = PdfDocument.Open(bytes);
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new UnreadableDocumentException(sourceFile, "the PDF is encrypted; save an unprotected copy", e);
        }
        catch (Exception e)
        {
            throw new UnreadableDocumentException(sourceFile, "the PDF is damaged and cannot be opened; export it from the original document again", e);
        }

        using (document)
        {
            if (document.NumberOfPages > ReadingLimits.Default.MostPages)
                throw new UnreadableDocumentException(sourceFile, $"the PDF has {document.NumberOfPages} pages, over the limit of {ReadingLimits.Default.MostPages} for one document");
            var notes = new List<string>();
            var blocks = new List<PdfBlock>();
            var tableCount = 0;
            var pagesWithImages = 0;
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                try
                {
                    var page = document.GetPage(number);
                    var pageBlocks = PdfPageText.Read(page, ref tableCount);
                    if (pageBlocks.Count == 0 && ocr is not null && Recognise(page, number, document.NumberOfPages, sourceFile) is { Count: > 0 } read)
                    {
                        pageBlocks = read;
                        notes.Add($"page {number} is a scanned image and was read by OCR; check its units against the document");
                    }
                    else if (pageBlocks.Count == 0)
                    {
                        var hasImages = page.GetImages().Any();
                        if (hasImages)
                            pagesWithImages++;
                        notes.Add(hasImages
                            ? $"page {number} has no text, only images (a scanned page?); it was skipped"
                            : $"page {number} has no text");
                    }
                    JoinRowAcrossPages(blocks, pageBlocks);
                    blocks.AddRange(pageBlocks);
                }
                catch (PdfDocumentEncryptedException e)
                {
                    throw new UnreadableDocumentException(sourceFile, "the PDF is encrypted; save an unprotected copy", e);
                }
                catch (Exception e)
                {
                    notes.Add($"page {number} could not be read ({e.GetType().Name}); it was skipped");
                }
            }

            if (blocks.Count == 0)
                throw new UnreadableDocumentException(sourceFile, pagesWithImages > 0
                    ? "the PDF has no text layer (scanned pages); it needs OCR before it can be read"
                    : document.NumberOfPages == 0 ? "the PDF has no pages" : "the PDF has no text");
            return Lines(sourceFile, blocks, notes);
        }
    }

    private List<PdfBlock> Recognise(UglyToad.PdfPig.Content.Page page, int number, int pages, string sourceFile)
    {
        if (ScannedPage.Picture(page) is not { } picture) return [];
        progress?.Invoke($"{sourceFile}: reading scanned page {number} of {pages} by OCR");
        var text = ocr!.Read(picture.Bytes, picture.Extension);
        if (text is null) return [];
        var top = page.Height;
        return ScannedPage.Paragraphs(text)
            .Select(p => p.IsBullet ? (PdfBlock)new PdfBlock.ListItem("- " + p.Text, top--) : new PdfBlock.Paragraph(p.Text, top--))
            .ToList();
    }

    // When the page starts with the rest of the last page's last row, that row takes it in, and the rest
    // of the page's table joins the last page's table.
    private static void JoinRowAcrossPages(List<PdfBlock> blocks, List<PdfBlock> page)
    {
        if (blocks.Count == 0 || page.Count == 0 || blocks[^1] is not PdfBlock.TableRow last || page[0] is not PdfBlock.TableRow first)
            return;
        if (PdfRowAcrossPages.Join(last, first) is not { } joined)
            return;
        blocks[^1] = joined;
        page.RemoveAt(0);
        for (var i = 0; i < page.Count && page[i] is PdfBlock.TableRow row && row.Table == first.Table; i++)
            page[i] = row with { Table = last.Table };
    }

    private static DocumentText Lines(string sourceFile, List<PdfBlock> blocks, List<string> notes)
    {
        var hyphens = new LineEndHyphens(blocks.SelectMany(Texts));
        var text = new DocumentTextBuilder();
        var table = -1;
        foreach (var block in blocks)
        {
            if (block is not PdfBlock.TableRow && table >= 0)
            {
                text.EndBlock();
                table = -1;
            }
            switch (block)
            {
                case PdfBlock.Paragraph paragraph:
                    text.AddParagraph(hyphens.Resolve(paragraph.Text));
                    break;
                case PdfBlock.ListItem item:
                    text.AddListItem(hyphens.Resolve(item.Text));
                    break;
                case PdfBlock.TableRow row:
                    if (table >= 0 && row.Table != table)
                        text.EndBlock();
                    table = row.Table;
                    text.AddTableRow(row.Cells.Select(hyphens.Resolve));
                    break;
            }
        }
        foreach (var note in notes)
            text.AddNote(note);
        return text.Build(sourceFile);
    }

    private static IEnumerable<string> Texts(PdfBlock block) => block switch
    {
        PdfBlock.Paragraph p => [p.Text],
        PdfBlock.ListItem i => [i.Text],
        PdfBlock.TableRow r => r.Cells,
        _ => [],
    };
}
