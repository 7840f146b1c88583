using System.Text;

namespace LearningSearch.Indexer.Reading.Pdf;

/// <summary>
/// Joins the printed lines of one paragraph or cell into one line of text. A line ending in a hyphen
/// joins the next without a space, the hyphen marked so <see cref="LineEndHyphens"/> can later decide,
/// from the whole document's words, whether it was a word broken at the margin ("assess-ment") or a
/// hyphen the word always has ("multi-agency").
/// </summary>
internal static class PdfLineJoin
{
    /// <summary>Stands for a hyphen at the end of a printed line until the document's words are known.</summary>
    public const char LineEndHyphen = '\uE000';

    public static string Join(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
                continue;
            if (text.Length == 0)
                text.Append(line);
            else if (text.Length >= 2 && text[^1] == '-' && char.IsLetter(text[^2]) && char.IsLetterOrDigit(line[0]))
            {
                text[^1] = LineEndHyphen;
                text.Append(line);
            }
            else if (text[^1] == '/' && (char.IsLower(line[0]) || char.IsDigit(line[0])))
                text.Append(line); // a web address broken after a slash
            else
                text.Append(' ').Append(line);
        }
        return text.ToString();
    }
}
