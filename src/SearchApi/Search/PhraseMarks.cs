namespace LearningSearch.SearchApi.Search;

/// <summary>A word of a snippet's text that one of the query's phrases holds, at its position in the analysed text.</summary>
internal readonly record struct PhraseToken(string Word, int Position, int Start, int End);

/// <summary>
/// Finds where a query's phrases stand in a text, the way the search matched them: each word at its
/// phrase's position from the first (a stop word's gap included), or for a phrase typed with ~N, the words
/// within N moves of those positions, as Lucene's sloppy phrases count them. Only the words of a phrase
/// found whole are marked, as Lucene's <c>QueryScorer</c> marks them.
/// </summary>
internal static class PhraseMarks
{
    public static List<(int Start, int End)> Find(IReadOnlyList<MatchPhrase> phrases, List<PhraseToken> tokens)
    {
        var marks = new List<(int, int)>();
        var byPosition = new Dictionary<int, List<PhraseToken>>();
        foreach (var token in tokens)
        {
            if (!byPosition.TryGetValue(token.Position, out var here))
                byPosition[token.Position] = here = [];
            here.Add(token);
        }
        var found = new List<PhraseToken>();
        foreach (var phrase in phrases)
            foreach (var first in tokens)
            {
                if (!phrase.Words[0].Contains(first.Word))
                    continue;
                found.Clear();
                found.Add(first);
                if (phrase.Slop == 0 ? StandsTogether(phrase, first.Position, byPosition, found) : StandsNear(phrase, first.Position, byPosition, found))
                    marks.AddRange(found.Select(t => (t.Start, t.End)));
            }
        return marks;
    }

    private static bool StandsTogether(MatchPhrase phrase, int start, Dictionary<int, List<PhraseToken>> byPosition, List<PhraseToken> found)
    {
        for (var i = 1; i < phrase.Words.Count; i++)
        {
            if (!byPosition.TryGetValue(start + phrase.Offsets[i], out var here))
                return false;
            var index = here.FindIndex(t => phrase.Words[i].Contains(t.Word));
            if (index < 0)
                return false;
            found.Add(here[index]);
        }
        return true;
    }

    // Each later word is taken nearest to where it would stand; the phrase is found when the words, each
    // less its offset, lie within Slop positions of one another (Lucene's match length).
    private static bool StandsNear(MatchPhrase phrase, int start, Dictionary<int, List<PhraseToken>> byPosition, List<PhraseToken> found)
    {
        int lowest = start, highest = start;
        for (var i = 1; i < phrase.Words.Count; i++)
        {
            PhraseToken? nearest = null;
            for (var move = 0; move <= phrase.Slop && nearest is null; move++)
                foreach (var position in move == 0 ? [start + phrase.Offsets[i]] : new[] { start + phrase.Offsets[i] - move, start + phrase.Offsets[i] + move })
                    if (byPosition.TryGetValue(position, out var here)
                        && here.FindIndex(t => phrase.Words[i].Contains(t.Word) && !found.Contains(t)) is var index and >= 0)
                    {
                        nearest = here[index];
                        break;
                    }
            if (nearest is not { } word)
                return false;
            var relative = word.Position - phrase.Offsets[i];
            lowest = Math.Min(lowest, relative);
            highest = Math.Max(highest, relative);
            if (highest - lowest > phrase.Slop)
                return false;
            found.Add(word);
        }
        return true;
    }
}
