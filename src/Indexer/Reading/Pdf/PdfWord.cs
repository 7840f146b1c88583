
namespace LearningSearch.Indexer.Reading.Pdf;

/// <summary>A word on a PDF page with where it sits (PDF points, y growing up the page).</summary>
internal sealed record PdfWord(string Text, double Left, double Right, double Bottom, double Top, double Baseline, double FontSize)
{
    public double CentreX => (Left + Right) / 2;

    public double CentreY => (Bottom + Top) / 2;

    public static PdfWord? From(UglyToad.PdfPig.Content.Word word)
    {
        var text = word.Text.Trim();
        if (text.Length == 0 || word.Letters.Count == 0)
            return null;
        var box = word.BoundingBox;
        var size = word.Letters.Max(l => l.PointSize);
        return new PdfWord(text, box.Left, box.Right, box.Bottom, box.Top, word.Letters[0].StartBaseLine.Y, size > 0 ? size : Math.Max(1, box.Height));
    }
}
