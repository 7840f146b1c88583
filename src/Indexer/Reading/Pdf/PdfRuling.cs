using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace LearningSearch.Indexer.Reading.Pdf;

/// <summary>
/// A horizontal or vertical rule drawn on the page: a table's cell border. Word and LibreOffice draw
/// borders as stroked lines; other producers as thin filled rectangles. Both count.
/// </summary>
internal sealed record PdfRuling(bool Horizontal, double Position, double From, double To)
{
    private const double Straightness = 1.0;
    private const double ThinRectangle = 2.5;
    private const double ShortestRule = 4;

    public static List<PdfRuling> Find(IEnumerable<PdfPath> paths)
    {
        var rulings = new List<PdfRuling>();
        foreach (var path in paths)
        {
            if (path.IsClipping)
                continue;
            if (path.IsFilled && !path.IsStroked)
            {
                if (path.GetBoundingRectangle() is { } box)
                    AddThinRectangle(rulings, box);
                continue;
            }
            if (!path.IsStroked)
                continue;
            foreach (var subpath in path)
                AddLines(rulings, subpath);
        }
        return Merge(rulings);
    }

    private static void AddThinRectangle(List<PdfRuling> rulings, PdfRectangle box)
    {
        if (box.Height <= ThinRectangle && box.Width >= ShortestRule)
            rulings.Add(new PdfRuling(true, (box.Bottom + box.Top) / 2, box.Left, box.Right));
        else if (box.Width <= ThinRectangle && box.Height >= ShortestRule)
            rulings.Add(new PdfRuling(false, (box.Left + box.Right) / 2, box.Bottom, box.Top));
    }

    private static void AddLines(List<PdfRuling> rulings, PdfSubpath subpath)
    {
        PdfPoint? start = null, current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    AddLine(rulings, line.From, line.To);
                    current = line.To;
                    break;
                case PdfSubpath.Close when start is { } s && current is { } c:
                    AddLine(rulings, c, s);
                    current = s;
                    break;
            }
        }
    }

    private static void AddLine(List<PdfRuling> rulings, PdfPoint from, PdfPoint to)
    {
        if (Math.Abs(from.Y - to.Y) <= Straightness && Math.Abs(from.X - to.X) >= ShortestRule)
            rulings.Add(new PdfRuling(true, (from.Y + to.Y) / 2, Math.Min(from.X, to.X), Math.Max(from.X, to.X)));
        else if (Math.Abs(from.X - to.X) <= Straightness && Math.Abs(from.Y - to.Y) >= ShortestRule)
            rulings.Add(new PdfRuling(false, (from.X + to.X) / 2, Math.Min(from.Y, to.Y), Math.Max(from.Y, to.Y)));
    }

    // Borders are often drawn cell by cell: join the pieces of one line into one rule.
    private static List<PdfRuling> Merge(List<PdfRuling> rulings)
    {
        var merged = new List<PdfRuling>();
        foreach (var group in rulings.GroupBy(r => r.Horizontal))
        {
            PdfRuling? open = null;
            foreach (var ruling in group.OrderBy(r => Math.Round(r.Position)).ThenBy(r => r.From))
            {
                if (open is not null && Math.Abs(open.Position - ruling.Position) <= Straightness && ruling.From <= open.To + 2)
                    open = open with { To = Math.Max(open.To, ruling.To) };
                else
                {
                    if (open is not null)
                        merged.Add(open);
                    open = ruling;
                }
            }
            if (open is not null)
                merged.Add(open);
        }
        return merged;
    }

    public bool Touches(PdfRuling other, double tolerance = 2) =>
        Horizontal == other.Horizontal
            ? false
            : other.Position >= From - tolerance && other.Position <= To + tolerance
              && Position >= other.From - tolerance && Position <= other.To + tolerance;
}
