using System.IO.Compression;
using System.Text;
using LearningSearch.Indexer.CommandLine;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.HostileCorpora;

/// <summary>
/// Documents far bigger inside than out (a zip bomb dressed as a Word document, a PDF of thousands of pages, a text
/// file of hundreds of megabytes) are skipped by name with the limit they broke; the rest of the corpus is indexed.
/// </summary>
public sealed class ReadingLimitTests : IDisposable
{
    private readonly string _corpus = Directory.CreateTempSubdirectory("ls-corpus-").FullName;
    private readonly string _index = Directory.CreateTempSubdirectory("ls-index-").FullName;
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    public ReadingLimitTests() =>
        File.WriteAllText(Path.Combine(_corpus, "plan.txt"), "Plan\n\nRecommendation 1\n\nSupervision of staff must be recorded in every case.\n");

    private string Build()
    {
        Assert.Equal(0, IndexerCommandLine.Run(["build", "--corpus", _corpus, "--index", _index], _out, _err));
        var report = _out.ToString();
        Assert.Contains("plan.txt: indexed 1 units", report, StringComparison.Ordinal);
        return report;
    }

    /// <summary>A Word package whose document.xml is mostly one repeated run: kilobytes on disk, megabytes unpacked.</summary>
    private static void WriteWordPackage(string path, long xmlBytes, int extraEntries = 0)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        void Add(string name, string content)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open());
            writer.Write(content);
        }
        Add("[Content_Types].xml", """<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
        Add("_rels/.rels", """<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
        using (var document = new StreamWriter(zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open()))
        {
            document.Write("""<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""");
            const string paragraph = "<w:p><w:r><w:t>Recommendation: supervision must be recorded.</w:t></w:r></w:p>";
            for (long written = 0; written < xmlBytes; written += paragraph.Length) document.Write(paragraph);
            document.Write("</w:body></w:document>");
        }
        for (var i = 0; i < extraEntries; i++) zip.CreateEntry($"customXml/item{i}.bin");
    }

    [Fact]
    public void AZipBombDressedAsAWordDocument_ShouldBeSkippedWithTheLimitItBroke()
    {
        var bomb = Path.Combine(_corpus, "bomb.docx");
        WriteWordPackage(bomb, xmlBytes: 80L * 1024 * 1024);
        Assert.True(new FileInfo(bomb).Length < 1024 * 1024, "the bomb is small on disk");

        Assert.Contains("bomb.docx: SKIPPED (its XML unpacks to 80 MB, over the limit of 64 MB (a zip bomb?))", Build(), StringComparison.Ordinal);
    }

    [Fact]
    public void AWordPackageOfTensOfThousandsOfFiles_ShouldBeSkippedWithTheLimitItBroke()
    {
        WriteWordPackage(Path.Combine(_corpus, "many.docx"), xmlBytes: 1000, extraEntries: 10_000);
        Assert.Contains("many.docx: SKIPPED (the package holds 10,003 files, over the limit of 10,000 (a zip bomb?))", Build(), StringComparison.Ordinal);
    }

    [Fact]
    public void ATextFileOfMillionsOfLines_ShouldBeSkippedWithTheLimitItBroke()
    {
        using (var text = new StreamWriter(Path.Combine(_corpus, "huge.txt")))
        {
            for (var i = 0; i < 400_000; i++) text.Write($"Recommendation {i}\n\nAgencies should ensure supervision is recorded.\n\n");
        }
        Assert.Contains("huge.txt: SKIPPED (the document holds more than 8,000,000 characters of text, the limit for one document", Build(), StringComparison.Ordinal);
    }

    [Fact]
    public void APdfOfThousandsOfPages_ShouldBeSkippedWithTheLimitItBroke()
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        for (var i = 0; i < 2_001; i++)
            builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4).AddText("Recommendation: supervision must be recorded.", 12, new UglyToad.PdfPig.Core.PdfPoint(50, 700), font);
        File.WriteAllBytes(Path.Combine(_corpus, "pages.pdf"), builder.Build());

        Assert.Contains("pages.pdf: SKIPPED (the PDF has 2001 pages, over the limit of 2000 for one document)", Build(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    public void TextSavedAsUnicodeWithAByteOrderMark_ShouldBeReadAsText(string encoding)
    {
        var path = Path.Combine(_corpus, "unicode.txt");
        File.WriteAllText(path, "Unicode plan\n\nRecommendation 1\n\nFathers must be included in assessments.\n", Encoding.GetEncoding(encoding));

        var document = new PlainTextReader().Read(path, "unicode.txt");

        Assert.Equal(["Unicode plan", "", "Recommendation 1", "", "Fathers must be included in assessments.", ""], document.Lines);
    }

    [Fact]
    public void ReadingAWindowsTextFile_ShouldGiveTheSameLinesAsItAlwaysHas()
    {
        var path = Path.Combine(_corpus, "windows.txt");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "One\r\n\r\nTwo\rThree\n"u8]);
        Assert.Equal(["One", "", "Two", "Three", ""], new PlainTextReader().Read(path, "windows.txt").Lines);
    }

    public void Dispose()
    {
        Directory.Delete(_corpus, true);
        Directory.Delete(_index, true);
    }
}
