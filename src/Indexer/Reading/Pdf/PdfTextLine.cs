namespace LearningSearch.Indexer.Reading.Pdf;

/// <summary>Words that share a baseline, left to right: one printed line (of a paragraph or of a cell).</summary>
internal sealed class PdfTextLine
{
    private readonly List<PdfWord> _words;

    private PdfTextLine(List<PdfWord> words)
    {
        _words = words;
        _words.Sort((a, b) => a.Left.CompareTo(b.Left));
    }

    public IReadOnlyList<PdfWord> Words => _words;

    public double Left => _words[0].Left;

    public double Right => _words.Max(w => w.Right);

    public double Top => _words.Max(w => w.Top);

    public double Bottom => _words.Min(w => w.Bottom);

    /// <summary>The baseline of the line's main text (a superscript's raised baseline does not count).</summary>
    public double Baseline => _words.MinBy(w => Math.Abs(w.FontSize - FontSize))!.Baseline;

    public double FontSize => _words.GroupBy(w => Math.Round(w.FontSize)).MaxBy(g => g.Sum(w => w.Text.Length))!.First().FontSize;

    /// <summary>
    /// The words with a space between them, except where they touch: a superscript ("20" + "th") or a
    /// change of font inside a word comes out of the PDF as two words with no gap.
    /// </summary>
    public string Text
    {
        get
        {
            var text = new System.Text.StringBuilder(_words[0].Text);
            for (var i = 1; i < _words.Count; i++)
            {
                if (_words[i].Left - _words[i - 1].Right > 0.12 * Math.Min(_words[i].FontSize, _words[i - 1].FontSize))
                    text.Append(' ');
                text.Append(_words[i].Text);
            }
            return text.ToString();
        }
    }

    /// <summary>
    /// Groups words into lines by baseline. A word joins a line when its baseline is within about half a
    /// line of it, so a superscript ("20th") stays on its line while the next line down starts a new one.
    /// Lines come back top to bottom.
    /// </summary>
    public static List<PdfTextLine> Group(IEnumerable<PdfWord> words)
    {
        var lines = new List<(double Baseline, double Size, List<PdfWord> Words)>();
        foreach (var word in words.OrderByDescending(w => w.Baseline).ThenBy(w => w.Left))
        {
            var index = lines.FindLastIndex(l => Math.Abs(l.Baseline - word.Baseline) <= 0.45 * Math.Max(l.Size, word.FontSize));
            if (index >= 0)
                lines[index].Words.Add(word);
            else
                lines.Add((word.Baseline, word.FontSize, [word]));
        }
        return lines.Select(l => new PdfTextLine(l.Words)).OrderByDescending(l => l.Baseline).ToList();
    }

    /// <summary>
    /// Splits the line where the space between two words is wider than <paramref name="gap"/>: the
    /// pieces of a line that crosses the columns of a table drawn without borders.
    /// </summary>
    public List<List<PdfWord>> Segments(double gap)
    {
        var segments = new List<List<PdfWord>> { new() { _words[0] } };
        for (var i = 1; i < _words.Count; i++)
        {
            if (_words[i].Left - segments[^1][^1].Right > gap)
                segments.Add([]);
            segments[^1].Add(_words[i]);
        }
        return segments;
    }
}
