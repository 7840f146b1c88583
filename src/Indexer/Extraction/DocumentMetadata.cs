using System.Text.RegularExpressions;
using LearningSearch.Indexer.Cleaning;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Extraction;

/// <summary>
/// Reads what a review says of itself on its first page: title, partnership or board, year published, type,
/// and the review's code ("ADS14", "RDS 20") for its id. Each value keeps the line it came from.
/// </summary>
public static partial class DocumentMetadata
{
    public sealed record Value<T>(T Content, int Line);

    public sealed record Found(Value<string>? Title, Value<string>? Partnership, Value<int>? Year, Value<string>? Type, Value<string>? Code);

    public static Found Read(DocumentText document)
    {
        var front = FrontLines(document);
        var joined = string.Join(" ", front.Select(f => f.Text));

        Value<string>? title = null;
        var bestScore = 0;
        foreach (var (text, line) in front)
        {
            var score = TitleWords().Count(text) * 2 + (text.Length is >= 12 and <= 110 ? 1 : 0) - (text.Contains(':') ? 2 : 0);
            if (score > bestScore && text.Length <= 140) { bestScore = score; title = new(text.TrimEnd('.'), line); }
        }

        Value<string>? partnership = null;
        // A partnership named on one line is trusted before one pieced together from a logo's lines.
        var onOneLine = front.Select(f => (Match: Partnership().Match(f.Text), f.Line)).FirstOrDefault(x => x.Match.Success);
        var p = onOneLine.Match ?? Partnership().Match(joined);
        if (p.Success) partnership = new(Regex.Replace(p.Value, @"\s+", " ").Trim(), onOneLine.Match is not null ? onOneLine.Line : LineOf(front, p.Value));
        else if (Cqc().IsMatch(joined)) partnership = new("Care Quality Commission", LineOf(front, "CQC"));

        Value<int>? year = null;
        var published = Published().Match(joined);
        if (published.Success) year = new(int.Parse(published.Groups["year"].Value), LineOf(front, published.Groups["year"].Value));
        else
        {
            var latest = AnyYear().Matches(string.Join(" ", document.Lines)).Select(m => int.Parse(m.Value)).Where(y => y <= DateTime.UtcNow.Year).DefaultIfEmpty().Max();
            if (latest > 0) year = new(latest, 0);
        }

        Value<string>? type = null;
        foreach (var (pattern, name) in Types)
        {
            var m = Regex.Match(joined, pattern, RegexOptions.IgnoreCase);
            if (m.Success) { type = new(name, LineOf(front, m.Value)); break; }
        }

        Value<string>? code = null;
        var c = Code().Match(string.Join(" ", front.Where(f => TitleWords().IsMatch(f.Text) || f.Text.Length < 12).Select(f => f.Text)));
        if (c.Success) code = new(c.Groups[1].Value + c.Groups[2].Value, LineOf(front, c.Value));

        return new Found(title, partnership, year, type, code);
    }

    private static readonly (string Pattern, string Name)[] Types =
    [
        (@"local child safeguarding practice review|\bLCSPR\b", "Local child safeguarding practice review"),
        (@"child safeguarding practice review|\bCSPR\b", "Child safeguarding practice review"),
        (@"serious case review|\bSCR\b", "Serious case review"),
        (@"domestic homicide review", "Domestic homicide review"),
        (@"safeguarding adults? review", "Safeguarding adults review"),
        (@"review of health services|inspection|\bCQC\b|Ofsted|\bJTAI\b", "Inspection report"),
        (@"learning review", "Learning review"),
    ];

    // The first page: the lines before the body starts, running headers included (they often carry the title).
    private static List<(string Text, int Line)> FrontLines(DocumentText document)
    {
        var front = new List<(string, int)>();
        for (var i = 0; i < document.Lines.Count && front.Count < 30; i++)
        {
            var raw = document.Lines[i];
            if (string.IsNullOrWhiteSpace(raw)) continue;
            var text = InlineText.OneLine(raw.Replace('\t', ' '));
            if (text.Length == 0) continue;
            front.Add((text, i + 1));
            if (text.Length > 200) break;
        }
        return front;
    }

    private static int LineOf(List<(string Text, int Line)> front, string fragment) =>
        front.FirstOrDefault(f => f.Text.Contains(fragment.Split(' ')[0], StringComparison.OrdinalIgnoreCase)).Line;

    [GeneratedRegex(@"\b(review|action plan|response plan|report|serious case|practice review|inspection|recommendations|learning)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TitleWords();

    [GeneratedRegex(@"(?:[A-Z][a-z]+\s+(?:and\s+)?){1,4}Safeguarding\s+(?:Children(?:'s)?\s+)?(?:Board|Partnership)|(?:[A-Z][a-z]+\s+){1,3}(?:LSCB|Safeguarding Adults Board)")]
    private static partial Regex Partnership();

    [GeneratedRegex(@"\bCQC\b|Care Quality Commission")]
    private static partial Regex Cqc();

    [GeneratedRegex(@"(?:published|date of publication|publication date)\s*:?\s*(?:\d{1,2}\s*(?:st|nd|rd|th)?\s+)?(?:[A-Za-z]+\s+)?(?<year>(?:19|20)\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex Published();

    [GeneratedRegex(@"\b(?:19[89]\d|20[0-4]\d)\b")]
    private static partial Regex AnyYear();

    [GeneratedRegex(@"\b([A-Z]{2,5})\s?(\d{1,3})\b")]
    private static partial Regex Code();
}
