using System.Text.RegularExpressions;
using LearningSearch.Themes.Phrases;
using LearningSearch.Themes.Tagging;

namespace LearningSearch.Themes.Vocabulary;

/// <summary>
/// Finds the words of a question that the practitioners' vocabulary knows another way of saying, and what to search
/// for as well. Phrases match as the taxonomy's do (word forms, British and American spellings, hyphens,
/// apostrophes, "didn't" for "did not"), in any case unless the entry says <c>matchCase</c>.
/// </summary>
public sealed class VocabularyMatcher
{
    private readonly (VocabularyEntry Entry, Regex[] Asked)[] entries;

    // A question is checked against a few hundred entries on every search; the letter tree of where each entry's
    // phrases can start (the tagger's, shared with the theme matcher) tells at once which few can match.
    private readonly AnchorIndex starts;
    private readonly bool[] alwaysRun;

    public VocabularyMatcher(PractitionersVocabulary vocabulary)
    {
        entries = vocabulary.Entries.Select(e => (e, e.Ask.Select(a => Asked(a, e.MatchCase)).ToArray())).ToArray();
        var anchors = vocabulary.Entries
            .Select(e => (IReadOnlyList<IReadOnlyList<string>?>)e.Ask.Select(a => PhraseAnchors.Of(PhraseParser.Parse(a), abbreviationsMatchCase: e.MatchCase)).ToArray())
            .ToList();
        starts = new AnchorIndex(anchors);
        alwaysRun = anchors.Select(a => a.Any(x => x is null)).ToArray();
    }

    // The tagger's abbreviations match case up to four letters; an entry's own matchCase covers longer ones ("PREVENT"),
    // and only its capitalised phrases: "radicalisation" in the same entry still matches in any case.
    private static Regex Asked(string phrase, bool matchCase)
    {
        var pattern = PhraseRegexBuilder.Build(PhraseParser.Parse(phrase), abbreviationsMatchCase: matchCase, withContext: false);
        var capitals = matchCase && phrase.Any(char.IsLetter) && !phrase.Any(char.IsLower);
        return new Regex(pattern, capitals ? PatternOptions.Running & ~RegexOptions.IgnoreCase : PatternOptions.Running);
    }

    /// <summary>
    /// What the question says that the vocabulary knows, in the order it appears, each with the phrases to search for
    /// as well (none the question already says, none offered twice).
    /// </summary>
    public IReadOnlyList<VocabularyMatch> Match(string question)
    {
        if (string.IsNullOrWhiteSpace(question)) return [];
        var may = (bool[])alwaysRun.Clone();
        var found = new List<SetEntry>();
        for (var start = AnchorIndex.NextWord(question, 0); start < question.Length; start = AnchorIndex.NextWord(question, start))
            start = starts.Word(question, start, found);
        foreach (var entry in found) may[entry.Set] = true;

        var matches = new List<(int Start, VocabularyMatch Match)>();
        var offered = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < entries.Length; i++)
        {
            if (!may[i]) continue;
            var (entry, asked) = entries[i];
            for (var a = 0; a < asked.Length; a++)
            {
                if (asked[a].Match(question) is not { Success: true } m) continue;
                var also = entry.FindFor(entry.Ask[a])
                    .Where(f => question.IndexOf(f, StringComparison.OrdinalIgnoreCase) < 0 && offered.Add(f))
                    .ToArray();
                if (also.Length > 0) matches.Add((m.Index, new VocabularyMatch(m.Value, also, entry.Group)));
                break;
            }
        }
        return matches.OrderBy(m => m.Start).Select(m => m.Match).ToArray();
    }
}
