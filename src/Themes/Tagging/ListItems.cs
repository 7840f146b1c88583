using System.Text.RegularExpressions;

namespace LearningSearch.Themes.Tagging;

/// <summary>
/// Finds the items of long enumerations in a text: four or more short items in a row, separated by commas
/// ("domestic abuse, mental health, substance misuse and learning disabilities") or written as a bulleted list
/// of short lines. Reviews list topics in passing ("the briefings cover: child exploitation, genograms, the
/// Graded Care Profile, thresholds …"); a topic that is one item of such a list is not what the text is about,
/// so the tagger does not count words inside these items as evidence.
/// </summary>
internal static class ListItems
{
    /// <summary>Fewer items than this is a pair or a trio, which a text may well be about ("drug and alcohol").</summary>
    public const int MinItems = 4;

    private const int MaxCommaItemWords = 5;
    private const int MaxBulletItemWords = 6;

    // A sentence ends at . ; : ? ! followed by a space or the end, or at a line break.
    private static readonly Regex Sentence = new(@"[^.;:?!\n]+(?:[.;:?!](?=\s|$)|(?=\n)|$)", RegexOptions.CultureInvariant);
    private static readonly Regex Bullet = new(@"^[ \t]*[-•*][ \t]+(?<item>[^\n]*)$", RegexOptions.CultureInvariant | RegexOptions.Multiline);
    private static readonly Regex Word = new(@"[\p{L}\p{N}][\p{L}\p{N}'’&/-]*", RegexOptions.CultureInvariant);
    private static readonly Regex FinalJoin = new(@"\b(?:and/or|and|or)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // Where the last item ends and the rest of the sentence begins ("mental ill health issues | for the child").
    private static readonly Regex TailStart = new(@"\s(?:for|in|to|with|within|which|that|who|where|when|across|at|by|from|as)\s|\s\(", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // Where a list starts inside its first segment ("… health staff including | Midwives", "adults facing |
    // domestic abuse"): after the last preposition, lead-in or verb form. Missing the start is harmless: the
    // first item then simply does not count as one.
    private static readonly Regex LeadIn = new(@"\b(?:including|such as|e\.g\.?|i\.e\.?|namely|like|include|includes|in|on|of|about|for|to|with|around|regarding|cover|covers|are|is|\w{3,}(?:ing|ed))\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // A list item is a noun phrase; a segment opening with one of these words is a clause of prose
    // ("…, both before and after the birth, in relation to pregnant women …").
    private static readonly Regex ClauseStart = new(@"^\s*(?:in|to|for|with|both|which|that|where|when|if|as|by|from|at|on|of|whilst|while|because|so|but|and|or|who|whose|although|though|unless|until|after|before|since|during|through|within|it|this|these|they|there)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The (start, end) spans of the items of every long enumeration in text.</summary>
    public static List<(int Start, int End)> In(string text)
    {
        var items = new List<(int Start, int End)>();
        foreach (Match sentence in Sentence.Matches(text))
        {
            AddCommaList(text, sentence.Index, sentence.Index + sentence.Length, items);
        }

        AddBulletList(text, items);
        return items;
    }

    private static void AddCommaList(string text, int start, int end, List<(int, int)> items)
    {
        var segments = new List<(int Start, int End)>();
        var from = start;
        for (var i = start; i < end; i++)
        {
            if (text[i] == ',')
            {
                segments.Add((from, i));
                from = i + 1;
            }
        }

        segments.Add((from, end));
        if (segments.Count < MinItems - 1)
        {
            return;
        }

        // The candidates: the first segment after its lead-in, the middle segments, and the last segment split at
        // its joining "and"/"or" into a last-but-one item and a last item cut before the rest of the sentence.
        var candidates = new List<(int Start, int End)>();
        var (firstStart, firstEnd) = segments[0];
        var leadIn = LeadIn.Matches(text[firstStart..firstEnd]);
        candidates.Add(leadIn.Count > 0 ? (firstStart + leadIn[^1].Index + leadIn[^1].Length, firstEnd) : (firstStart, firstEnd));
        for (var s = 1; s < segments.Count - 1; s++)
        {
            candidates.Add(segments[s]);
        }

        var (lastStart, lastEnd) = segments[^1];
        var last = text[lastStart..lastEnd];
        if (FinalJoin.Match(last) is { Success: true } join && CountWords(last[..join.Index]) > 0)
        {
            candidates.Add((lastStart, lastStart + join.Index));
            lastStart += join.Index + join.Length;
            last = text[lastStart..lastEnd];
        }

        var tail = TailStart.Match(last);
        candidates.Add(tail.Success ? (lastStart, lastStart + tail.Index) : (lastStart, lastEnd));
        AddRuns(text, candidates, MaxCommaItemWords, items);
    }

    private static void AddBulletList(string text, List<(int, int)> items)
    {
        var block = new List<(int Start, int End)>();
        var previousEnd = -1;
        foreach (Match bullet in Bullet.Matches(text))
        {
            if (previousEnd >= 0 && text.AsSpan(previousEnd, bullet.Index - previousEnd).Trim().Length > 0)
            {
                AddShortBullets(text, block, items);
                block.Clear();
            }

            var item = bullet.Groups["item"];
            block.Add((item.Index, item.Index + item.Length));
            previousEnd = bullet.Index + bullet.Length;
        }

        AddShortBullets(text, block, items);
    }

    // A bulleted block of four or more lines is a list even when a few of its lines are longer; only its short
    // lines are topics named in passing (a longer line is a sentence, such as an action plan's step).
    private static void AddShortBullets(string text, List<(int Start, int End)> block, List<(int, int)> items)
    {
        if (block.Count >= MinItems)
        {
            items.AddRange(block.Where(b => IsTopicLine(text[b.Start..b.End])));
        }
    }

    // "- Graded Care Profile" is a topic; "- Support plan training includes the above." is a step of an action.
    private static bool IsTopicLine(string line) =>
        CountWords(line) is > 0 and <= MaxBulletItemWords && !ClauseStart.IsMatch(line) && !line.TrimEnd().EndsWith('.');

    /// <summary>Adds the candidates that stand in a run of at least <see cref="MinItems"/> short items.</summary>
    private static void AddRuns(string text, List<(int Start, int End)> candidates, int maxWords, List<(int, int)> items)
    {
        var runStart = 0;
        for (var i = 0; i <= candidates.Count; i++)
        {
            var candidate = i < candidates.Count ? text[candidates[i].Start..candidates[i].End] : "";
            var words = CountWords(candidate);
            if (words > 0 && words <= maxWords && !ClauseStart.IsMatch(candidate))
            {
                continue;
            }

            if (i - runStart >= MinItems)
            {
                items.AddRange(candidates.Skip(runStart).Take(i - runStart));
            }

            runStart = i + 1;
        }
    }

    private static int CountWords(string text) => Word.Count(text);
}
