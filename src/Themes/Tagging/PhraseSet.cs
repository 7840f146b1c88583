using System.Text.RegularExpressions;
using LearningSearch.Themes.Phrases;

namespace LearningSearch.Themes.Tagging;

/// <summary>One match of an entry of a <see cref="PhraseSet"/> in a text.</summary>
internal readonly record struct Hit(int Start, int Length, int Entry, bool IsWeak)
{
    public int End => Start + Length;

    public bool Overlaps(int start, int end) => Start < end && start < End;
}

/// <summary>
/// A list of taxonomy entries (a theme's signals, or its exclusions) compiled for tagging. Each entry with
/// anchors is its own small <c>\G</c>-anchored pattern, tried only at words that begin with one of its
/// anchors (see <see cref="AnchorIndex"/>). One big alternation of all entries would be simpler, but .NET
/// tries its branches one by one at each position (about 2 µs a word for a theme), while a small anchored
/// pattern fails on its first letters in nanoseconds. Entries without anchors (<c>re:</c> entries) are
/// searched for in the whole text. Immutable after construction, so safe to share across threads.
/// </summary>
internal sealed class PhraseSet
{
    private readonly Regex?[] anchored;
    private readonly Regex? unanchored;
    private readonly Regex? unanchoredInterpreted;
    private readonly int[] unanchoredGroups;
    private readonly int[] unanchoredEntries;
    private readonly bool[] isWeak;
    private readonly string[] sources;

    /// <param name="entries">In order of preference: where two entries match at one word, the earlier wins.</param>
    /// <param name="abbreviationsMatchCase">See <see cref="WordForms.Pattern"/>.</param>
    public PhraseSet(IReadOnlyList<Phrase> entries, bool abbreviationsMatchCase)
    {
        isWeak = entries.Select(e => e.IsWeak).ToArray();
        Anchors = entries.Select(e => PhraseAnchors.Of(e, abbreviationsMatchCase)).ToArray();
        var patterns = entries.Select(e => PhraseRegexBuilder.Build(e, abbreviationsMatchCase)).ToArray();

        sources = entries.Select(e => e.Source).ToArray();
        anchored = Enumerable.Range(0, entries.Count)
            .Select(i => Anchors[i] is null ? null : new Regex(@"\G" + patterns[i], PatternOptions.Running, PatternOptions.TimeoutFor(entries[i].IsRegex)))
            .ToArray();
        unanchoredEntries = Enumerable.Range(0, entries.Count).Where(i => Anchors[i] is null).ToArray();
        if (unanchoredEntries.Length > 0)
        {
            var alternatives = unanchoredEntries.Select(i => $"(?<e{i}>{patterns[i]})");
            var handWritten = unanchoredEntries.Any(i => entries[i].IsRegex);
            var pattern = string.Join('|', alternatives);
            unanchored = new Regex(pattern, PatternOptions.SearchingInFull, handWritten ? PatternOptions.CompiledTimeout : Regex.InfiniteMatchTimeout);
            unanchoredInterpreted = handWritten ? new Regex(pattern, PatternOptions.Running, PatternOptions.HandWrittenTimeout) : null;
            unanchoredGroups = unanchoredEntries.Select(i => unanchored.GroupNumberFromName($"e{i}")).ToArray();
        }
        else
        {
            unanchoredGroups = [];
        }
    }

    /// <summary>Per entry, the anchors its matches start with, or null for entries searched in full.</summary>
    public IReadOnlyList<string>?[] Anchors { get; }

    /// <summary>True when some entry has no anchor, so the whole text must be searched for it.</summary>
    public bool SearchesInFull => unanchored is not null;

    /// <summary>The match of one anchored entry starting exactly at <paramref name="start"/>, if any.</summary>
    public Hit? MatchAt(string text, int start, int entry)
    {
        // Most tries fail; IsMatch on a span fails without allocating a Match.
        var regex = anchored[entry]!;
        try
        {
            if (!regex.IsMatch(text.AsSpan(), start))
            {
                return null;
            }

            var match = regex.Match(text, start);
            return new Hit(match.Index, match.Length, entry, isWeak[entry]);
        }
        catch (RegexMatchTimeoutException e)
        {
            throw TooSlow(sources[entry], e);
        }
    }

    /// <summary>
    /// Adds the matches of the entries without anchors to <paramref name="hits"/> (which holds the anchored
    /// matches), skipping any that overlaps a match already there, and leaves the list in text order.
    /// </summary>
    public void FindInFull(string text, List<Hit> hits)
    {
        if (unanchored is null)
        {
            return;
        }

        var anchoredCount = hits.Count;
        try
        {
            AddMatches(unanchored, text, hits, anchoredCount);
        }
        catch (RegexMatchTimeoutException) when (unanchoredInterpreted is not null)
        {
            // .NET's compiled engine has been measured stuck (over 5 s) on a sentence the interpreter matches in
            // 35 ms: "shared in a team meeting or supervision session and to take about seven minutes...", with the
            // supervision theme's three hand-written patterns joined as named alternatives. Each pattern compiled
            // alone is fast, so it is the engine, not the patterns: that text is searched again by the interpreter.
            hits.RemoveRange(anchoredCount, hits.Count - anchoredCount);
            try
            {
                AddMatches(unanchoredInterpreted, text, hits, anchoredCount);
            }
            catch (RegexMatchTimeoutException e)
            {
                throw TooSlow(string.Join("', '", unanchoredEntries.Select(i => sources[i])), e);
            }
        }

        hits.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    private void AddMatches(Regex regex, string text, List<Hit> hits, int anchoredCount)
    {
        for (var match = regex.Match(text); match.Success; match = match.NextMatch())
        {
            var hit = HitOf(match);
            if (!hits.Take(anchoredCount).Any(h => h.Overlaps(hit.Start, hit.End)))
            {
                hits.Add(hit);
            }
        }
    }

    private static InvalidOperationException TooSlow(string entries, RegexMatchTimeoutException e) =>
        new($"The taxonomy entry '{entries}' took longer than {e.MatchTimeout.TotalSeconds:0} s on one text; "
            + "a hand-written 're:' pattern probably backtracks badly. Rewrite it with bounded repeats.", e);

    private Hit HitOf(Match match)
    {
        for (var i = 0; i < unanchoredGroups.Length; i++)
        {
            if (match.Groups[unanchoredGroups[i]].Success)
            {
                var entry = unanchoredEntries[i];
                return new Hit(match.Index, match.Length, entry, isWeak[entry]);
            }
        }

        throw new InvalidOperationException("a match belongs to no entry");
    }
}
