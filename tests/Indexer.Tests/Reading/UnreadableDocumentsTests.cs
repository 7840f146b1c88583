using System.Text;
using LearningSearch.Index.Units;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Reading;

/// <summary>A training lead who drops in a file that cannot be read is told why, in words they can act on.</summary>
public class UnreadableDocumentsTests
{
    [Theory]
    [InlineData("empty.pdf", "the file is empty")]
    [InlineData("corrupt.pdf", "the file is not a PDF (it has no PDF header); it may be damaged or another kind of file renamed to .pdf")]
    [InlineData("encrypted.pdf", "the PDF is encrypted; save an unprotected copy")]
    [InlineData("image-only.pdf", "the PDF has no text layer (scanned pages); it needs OCR before it can be read")]
    [InlineData("empty.docx", "the file is empty")]
    [InlineData("corrupt.docx", "the file is damaged or is not a Word document (.docx); open it in Word and save it again")]
    public void AHostileFile_ShouldBeRefusedWithTheReason(string file, string reason)
    {
        var refusal = Fixtures.Unreadable(file);

        Assert.Equal(reason, refusal.Reason);
        Assert.Equal(file, refusal.SourceFile);
    }

    [Fact]
    public void APdfWithAPageCutOff_ShouldSayItIsDamaged()
    {
        var bytes = File.ReadAllBytes(Fixtures.Format("rds20-action-plan.pdf"));
        var refusal = Assert.Throws<UnreadableDocumentException>(() => ReadBytes(".pdf", bytes[..(bytes.Length / 3)]));

        Assert.Equal("the PDF is damaged and cannot be opened; export it from the original document again", refusal.Reason);
    }

    [Fact]
    public void AReportWithOneScannedPage_ShouldBeReadWithANoteAboutThatPage()
    {
        var document = Fixtures.Read("text-and-scanned-page.pdf");

        Assert.Contains("Recommendation A", document.Lines);
        Assert.Equal(["page 2 has no text, only images (a scanned page?); it was skipped"], document.Notes);
    }

    [Fact]
    public void APasswordProtectedWordDocument_ShouldAskForAnUnprotectedCopy()
    {
        // Word saves a protected .docx as an OLE compound file holding an "EncryptionInfo" stream.
        byte[] header = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        var bytes = header.Concat(new byte[504]).Concat(Encoding.Unicode.GetBytes("EncryptionInfo")).Concat(new byte[512]).ToArray();

        var refusal = Assert.Throws<UnreadableDocumentException>(() => ReadBytes(".docx", bytes));

        Assert.Equal("the Word document is password-protected; save an unprotected copy", refusal.Reason);
    }

    [Fact]
    public void AnOldWordFileRenamedToDocx_ShouldAskForItToBeSavedAsDocx()
    {
        byte[] header = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        var bytes = header.Concat(new byte[1024]).ToArray();

        var refusal = Assert.Throws<UnreadableDocumentException>(() => ReadBytes(".docx", bytes));

        Assert.Equal("the file is an old Word 97-2003 document (.doc) named .docx; open it in Word and save it as .docx", refusal.Reason);
    }

    [Theory]
    [InlineData(".html", "the file is empty")]
    [InlineData(".md", "the file is empty")]
    public void AnEmptyPageOrMarkdownFile_ShouldSayItIsEmpty(string extension, string reason)
    {
        var refusal = Assert.Throws<UnreadableDocumentException>(() => ReadBytes(extension, []));

        Assert.Equal(reason, refusal.Reason);
    }

    [Fact]
    public void AWebPageWhoseTextIsAllScript_ShouldSayItHasNoReadableText()
    {
        var refusal = Assert.Throws<UnreadableDocumentException>(() =>
            Fixtures.ReadString(".html", "<html><head><title>Review</title></head><body><div id=app></div><script>render('<p>Recommendation 1</p>')</script></body></html>"));

        Assert.Equal("the web page has no readable text (it may build its content with scripts); save the page's text or a PDF of it", refusal.Reason);
    }

    [Theory]
    [InlineData(".pdf")]
    [InlineData(".docx")]
    [InlineData(".html")]
    [InlineData(".htm")]
    [InlineData(".md")]
    [InlineData(".txt")]
    public void EveryPublishedFormat_ShouldHaveAReader(string extension) =>
        Assert.True(DocumentReaders.Default.CanRead("review" + extension));

    internal static DocumentText ReadBytes(string extension, byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"learningsearch-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(path, bytes);
        try
        {
            return DocumentReaders.Default.Read(path, "sample" + extension);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
