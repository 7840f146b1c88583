using System.Text.RegularExpressions;

namespace LearningSearch.Indexer.Reading.Pdf;

/// <summary>
/// Puts the printed lines of running text back into paragraphs. A new paragraph starts after a gap
/// wider than the line spacing, at a change of font size, after a line that stops well short of the
/// margin (a heading, a paragraph's last line), at a bullet or a number ("1.1.", "2)"), and where the
/// text moves back left. Bullets come out as "- " list items.
/// </summary>
internal static partial class PdfParagraphs
{
    /// <param name="lines">The page's lines outside tables, top to bottom.</param>
    /// <param name="tables">Where tables sit: a paragraph never runs across one.</param>
    /// <param name="textLeft">The left edge of all text on the page.</param>
    /// <param name="textRight">The right margin of all text on the page, so a page of short lines still has short lines.</param>
    public static List<PdfBlock> From(IReadOnlyList<PdfTextLine> lines, IReadOnlyList<(double Top, double Bottom)> tables, double textLeft, double textRight)
    {
        var blocks = new List<PdfBlock>();
        if (lines.Count == 0)
            return blocks;
        var pitch = LinePitch(lines);
        var right = Math.Max(textRight, lines.Max(l => l.Right));
        var left = Math.Min(textLeft, lines.Min(l => l.Left));
        var width = Math.Max(1, right - left);

        var paragraph = new List<PdfTextLine>();
        var labelled = false;
        foreach (var line in lines)
        {
            var label = StartsItem(line.Text);
            if (paragraph.Count > 0)
            {
                var previous = paragraph[^1];
                var gap = previous.Baseline - line.Baseline;
                var breaks = label
                    || gap > 1.3 * pitch
                    || Math.Abs(previous.FontSize - line.FontSize) > 0.75
                    || previous.Right < right - Math.Max(36, 0.2 * width)
                    || line.Left < previous.Left - 8
                    || (!labelled && line.Left > previous.Left + 8)
                    || tables.Any(t => t.Top < previous.Baseline && t.Top > line.Baseline);
                if (breaks)
                {
                    blocks.Add(Block(paragraph));
                    paragraph.Clear();
                }
            }
            if (paragraph.Count == 0)
                labelled = label;
            paragraph.Add(line);
        }
        blocks.Add(Block(paragraph));
        return blocks;
    }

    private static PdfBlock Block(List<PdfTextLine> lines)
    {
        var text = PdfLineJoin.Join(lines.Select(l => l.Text));
        var top = lines[0].Top;
        return Bullet().Match(text) is { Success: true } bullet
            ? new PdfBlock.ListItem("- " + text[bullet.Length..], top)
            : new PdfBlock.Paragraph(text, top);
    }

    private static bool StartsItem(string text) => Bullet().IsMatch(text) || Numbered().IsMatch(text);

    // The usual distance from one baseline to the next in running text on this page.
    private static double LinePitch(IReadOnlyList<PdfTextLine> lines)
    {
        var steps = new List<double>();
        for (var i = 1; i < lines.Count; i++)
        {
            var step = lines[i - 1].Baseline - lines[i].Baseline;
            if (step > 0 && step < 2.5 * lines[i].FontSize)
                steps.Add(step);
        }
        var usual = 1.2 * lines.Select(l => l.FontSize).Order().ElementAt(lines.Count / 2);
        if (steps.Count == 0)
            return usual;
        steps.Sort();
        // The lower quartile is a step inside a paragraph, unless the page is all one-line paragraphs:
        // then the usual leading of the type (1.2 times its size) is the better guess.
        return Math.Min(steps[steps.Count / 4], usual);
    }

    [GeneratedRegex(@"^[•●▪■◦►➢✓\u2023\u2043\u25E6\uF0B7\uF0A7]\s*")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(\(?\d{1,2}(\.\d{1,2})*[.)]|\d{1,2}(\.\d{1,2})+|\(?[a-z][.)]|\([ivx]+\))\s")]
    private static partial Regex Numbered();
}
