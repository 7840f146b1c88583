using UglyToad.PdfPig.Content;

namespace LearningSearch.Indexer.Reading.Ocr;

/// <summary>
/// The picture of a scanned page as a file tesseract can read: the page's largest image, as PNG when PdfPig can
/// decode it, else its own bytes when they are already a JPEG (scanners store pages as JPEG).
/// </summary>
public static class ScannedPage
{
    public static (byte[] Bytes, string Extension)? Picture(Page page)
    {
        var image = page.GetImages().OrderByDescending(i => (long)i.WidthInSamples * i.HeightInSamples).FirstOrDefault();
        if (image is null) return null;
        if (image.TryGetPng(out var png)) return (png, ".png");
        var raw = image.RawMemory.ToArray();
        if (raw.Length > 3 && raw[0] == 0xFF && raw[1] == 0xD8) return (raw, ".jpg");
        return null;
    }

    /// <summary>
    /// Tesseract's text as paragraphs. Tesseract separates blocks by a blank line but keeps a heading and the line
    /// under it in one block, so a line well short of the page's usual width also ends its paragraph, as printed
    /// prose fills each line but its last. Bullets are read from the marks OCR makes of them ("•", "*", "+", "«").
    /// </summary>
    public static IEnumerable<(string Text, bool IsBullet)> Paragraphs(string text)
    {
        var all = DocumentText.SplitLines(text).Select(l => l.Trim()).ToList();
        var lengths = all.Where(l => l.Length > 0).Select(l => l.Length).Order().ToList();
        var usual = lengths.Count == 0 ? 0 : lengths[(int)(lengths.Count * 0.8)];
        var lines = new List<string>();
        var bullet = false;
        foreach (var raw in all.Append(""))
        {
            var startsBullet = raw.Length > 1 && raw[0] is '\u2022' or '*' or '+' or '\u00AB' or '\u00BB' or '-' or '\u25E6' && raw[1] == ' ';
            if ((raw.Length == 0 || startsBullet) && lines.Count > 0)
            {
                yield return (Joined(lines), bullet);
                lines.Clear();
            }
            if (raw.Length == 0) continue;
            if (lines.Count == 0) bullet = startsBullet;
            lines.Add(startsBullet ? raw[2..].TrimStart() : raw);
            if (raw.Length < usual * 0.7 && !raw.EndsWith('-'))
            {
                yield return (Joined(lines), bullet);
                lines.Clear();
                bullet = false;
            }
        }
    }

    // Printed lines joined as the PDF reader joins them: a line-end hyphen is marked, and PdfReader settles it from the
    // document's own words ("assess-ment" becomes "assessment", "multi-agency" keeps its hyphen).
    private static string Joined(List<string> lines) => Pdf.PdfLineJoin.Join(lines);
}
