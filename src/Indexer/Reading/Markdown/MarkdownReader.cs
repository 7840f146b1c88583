using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LearningSearch.Indexer.Reading.Markdown;

/// <summary>
/// Reads Markdown (<c>.md</c>): headings without their #, lists with their bullets as "- " and their
/// numbers as shown, pipe tables as tab-separated rows, and lines wrapped inside a paragraph joined into
/// the one line the paragraph is (a hard break, two trailing spaces or a backslash, keeps a new line).
/// </summary>
public sealed partial class MarkdownReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".md", ".markdown"];

    public DocumentText Read(string path, string sourceFile)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length == 0)
            throw new UnreadableDocumentException(sourceFile, "the file is empty");
        if (PlainTextReader.LooksBinary(bytes))
            throw new UnreadableDocumentException(sourceFile, "the file is not Markdown text (it holds binary data); save it as .md again");
        var markdown = new UTF8Encoding(false, false).GetString(bytes).TrimStart('\uFEFF');
        var text = new DocumentTextBuilder();
        new Walk(text).Through(DocumentText.SplitLines(markdown));
        if (!text.HasText)
            throw new UnreadableDocumentException(sourceFile, "the file has no text");
        return text.Build(sourceFile);
    }

    private sealed class Walk(DocumentTextBuilder text)
    {
        private readonly List<string> _paragraph = [];
        private string? _itemLabel;
        // Indent of each open ordered list → the number its next item shows. Markdown renumbers a list
        // from its first number ("1. 1. 1." shows 1, 2, 3), so the shown number, not the typed one, is kept.
        private readonly SortedDictionary<int, int> _orderedLists = [];

        public void Through(IReadOnlyList<string> lines)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                if (Fence().Match(line) is { Success: true } fence)
                {
                    Flush();
                    var first = true;
                    for (i++; i < lines.Count && !lines[i].TrimStart().StartsWith(fence.Groups[1].Value, StringComparison.Ordinal); i++)
                    {
                        if (first) text.AddParagraph(lines[i]);
                        else text.AddLineInParagraph(lines[i]);
                        first = false;
                    }
                    continue;
                }
                if (line.Trim().Length == 0)
                {
                    Flush();
                    text.EndBlock(); // items with a blank line between them stay apart, as in the text
                    continue;
                }
                if (MarkdownTable.StartsAt(lines, i))
                {
                    Flush();
                    _orderedLists.Clear();
                    var (rows, next) = MarkdownTable.Read(lines, i);
                    foreach (var row in rows)
                        text.AddTableRow(row);
                    text.EndBlock();
                    i = next - 1;
                    continue;
                }
                if (_paragraph.Count > 0 && _itemLabel is null && SetextUnderline().IsMatch(line))
                {
                    Flush(); // the paragraph above was a heading
                    continue;
                }
                if (AtxHeading().Match(line) is { Success: true } heading)
                {
                    Flush();
                    _orderedLists.Clear();
                    text.AddParagraph(MarkdownInline.ToText(heading.Groups[1].Value));
                    text.EndBlock();
                    continue;
                }
                if (ThematicBreak().IsMatch(line))
                {
                    Flush();
                    text.EndBlock();
                    continue;
                }
                if (Bullet().Match(line) is { Success: true } bullet)
                {
                    Flush();
                    var indent = Indent(bullet.Groups[1].Value);
                    CloseListsFrom(indent);
                    _itemLabel = "- ";
                    _paragraph.Add(bullet.Groups[2].Value);
                    continue;
                }
                if (Ordered().Match(line) is { Success: true } ordered)
                {
                    Flush();
                    var indent = Indent(ordered.Groups[1].Value);
                    CloseListsFrom(indent + 1);
                    var number = _orderedLists.TryGetValue(indent, out var next)
                        ? next
                        : int.Parse(ordered.Groups[2].Value, CultureInfo.InvariantCulture);
                    _orderedLists[indent] = number + 1;
                    _itemLabel = number.ToString(CultureInfo.InvariantCulture) + ordered.Groups[3].Value + " ";
                    _paragraph.Add(ordered.Groups[4].Value);
                    continue;
                }
                var quoted = BlockQuote().Replace(line, "");
                if (_paragraph.Count == 0 && Indent(line) < 2)
                    _orderedLists.Clear(); // text at the margin ends every open list
                _paragraph.Add(quoted.Trim() == line.Trim() ? line : quoted);
            }
            Flush();
        }

        private void CloseListsFrom(int indent)
        {
            foreach (var open in _orderedLists.Keys.Where(k => k >= indent).ToList())
                _orderedLists.Remove(open);
        }

        private void Flush()
        {
            if (_paragraph.Count == 0)
                return;
            // Soft-wrapped lines are one paragraph; a hard break starts a new line of it.
            var lines = new List<StringBuilder> { new() };
            foreach (var raw in _paragraph)
            {
                var hardBreak = raw.EndsWith("  ", StringComparison.Ordinal) || raw.EndsWith('\\');
                lines[^1].Append(' ').Append(raw.Trim().TrimEnd('\\'));
                if (hardBreak)
                    lines.Add(new StringBuilder());
            }
            var texts = lines.Select(l => MarkdownInline.ToText(l.ToString().Trim())).Where(l => l.Length > 0).ToList();
            if (_itemLabel is not null)
                text.AddListItem(_itemLabel + string.Join(' ', texts));
            else if (texts.Count > 0)
            {
                text.AddParagraph(texts[0]);
                foreach (var more in texts.Skip(1))
                    text.AddLineInParagraph(more);
            }
            _paragraph.Clear();
            _itemLabel = null;
        }

        private static int Indent(string line)
        {
            var width = 0;
            foreach (var c in line)
            {
                if (c == ' ') width++;
                else if (c == '\t') width += 4;
                else break;
            }
            return width;
        }
    }

    [GeneratedRegex(@"^\s{0,3}(`{3,}|~{3,})")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^ {0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*$")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^ {0,3}(=+|-+)\s*$")]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"^ {0,3}([-*_])(\s*\1){2,}\s*$")]
    private static partial Regex ThematicBreak();

    [GeneratedRegex(@"^(\s*)[-*+]\s+(.*)$")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(\s*)(\d{1,9})([.)])\s+(.*)$")]
    private static partial Regex Ordered();

    [GeneratedRegex(@"^\s{0,3}>\s?")]
    private static partial Regex BlockQuote();
}
