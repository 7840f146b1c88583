using LearningSearch.Themes;

namespace LearningSearch.SearchApi.Recurrence;

/// <summary>A recommendation as the comparison reads it: its text and its themes, with the phrases that found each.</summary>
public sealed record LessonText(string Text, IReadOnlyList<ThemeTag> Themes);

/// <summary>
/// Compares two recommendations for <see cref="SameLessonScorer"/>: what their texts and themes share
/// (<see cref="LessonWords"/>), and the words and phrases that say in plain words why they were paired. Counts word and
/// theme rarity over every recommendation it is given, so it is made once per generation (or per measurement), and
/// remembers what it has read of each text while it lives.
/// </summary>
public sealed class LessonComparison
{
    // Words that open an ask: what follows is the change asked for.
    private static readonly HashSet<string> AskOpeners = new(StringComparer.Ordinal) { "should", "must", "to", "will", "shall" };

    // Verbs that ask for nothing in particular: the ask is in the words after them.
    private static readonly HashSet<string> VagueVerbs = new(StringComparer.Ordinal)
    {
        "consider", "develop", "improve", "provide", "undertake", "establish", "continue", "seek", "assure", "assurance",
        "reassure", "satisfied", "satisfy", "confirm", "be", "take", "use", "have", "put", "place", "give", "work", "agree",
    };

    private const int AskWords = 6;

    private readonly RecommendationWords _words;
    private readonly Dictionary<string, int> _themeCounts;
    private readonly int _recommendations;
    private readonly Dictionary<string, Read> _read = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public LessonComparison(IReadOnlyCollection<LessonText> recommendations)
    {
        _words = new RecommendationWords(recommendations.Select(r => r.Text));
        _themeCounts = recommendations.SelectMany(r => r.Themes.Select(t => t.ThemeId).Distinct()).GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        _recommendations = recommendations.Count;
    }

    /// <summary>What the two share, with the shared phrases and the rarest shared words (as the later text writes them) for the "why".</summary>
    public LessonWords Compare(LessonText later, LessonText earlier)
    {
        var a = ReadOf(later);
        var b = ReadOf(earlier);
        var shared = new List<string>();
        var sharedWeight = 0.0;
        foreach (var stem in a.Stems)
        {
            if (!b.Stems.Contains(stem)) continue;
            shared.Add(stem);
            sharedWeight += _words.Rarity(stem);
        }
        var smaller = Math.Min(a.StemWeight, b.StemWeight);
        var phrases = a.Phrases.Where(b.Phrases.Contains).ToHashSet(StringComparer.Ordinal);
        var themes = later.Themes.Select(t => t.ThemeId).Intersect(earlier.Themes.Select(t => t.ThemeId)).ToList();
        var rarity = themes.Count == 0 ? 0 : themes.Max(t => Math.Log((_recommendations + 1.0) / (_themeCounts.GetValueOrDefault(t) + 1.0)));
        var trigger = themes.Any(t => a.Triggers.TryGetValue(t, out var ta) && b.Triggers.TryGetValue(t, out var tb) && ta.Overlaps(tb));
        var askShared = a.Ask.Where(b.Ask.Contains).Sum(_words.Rarity);
        var askSmaller = Math.Min(a.AskWeight, b.AskWeight);
        var (sayPhrases, inPhrases) = phrases.Count == 0 ? ([], []) : a.Runs(phrases);
        var sayWords = shared.Where(s => !inPhrases.Contains(s))
            .OrderByDescending(_words.Rarity).ThenBy(s => s, StringComparer.Ordinal).Take(5).Select(s => a.Written.GetValueOrDefault(s, s)).ToList();
        return new LessonWords(
            smaller == 0 ? 0 : sharedWeight / smaller,
            Math.Min(phrases.Count, 3) / 3.0,
            Math.Min(themes.Count, 3) / 3.0,
            Math.Min(1, rarity / 5),
            trigger ? 1 : 0,
            askSmaller == 0 ? 0 : askShared / askSmaller,
            sayPhrases,
            sayWords);
    }

    private Read ReadOf(LessonText lesson)
    {
        var text = lesson.Text;
        lock (_lock)
        {
            if (_read.TryGetValue(text, out var known)) return known;
        }
        var words = RecommendationWords.Words(text);
        var phrases = RecommendationWords.Phrases(words);
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (stem, word, _, _) in words) written.TryAdd(stem, word);
        // The phrases of the taxonomy that found each theme, as stems, so "missed appointments" meets "missed appointment".
        var triggers = lesson.Themes.GroupBy(t => t.ThemeId, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => g.SelectMany(t => t.Evidence).Select(e => string.Join(" ", RecommendationWords.Words(e.Text).Select(w => w.Stem))).Where(e => e.Length > 0).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        HashSet<string> stems = [.. words.Select(w => w.Stem)];
        var ask = AskOf(text);
        var read = new Read(text, words, phrases, stems, [.. phrases], ask, triggers, written, stems.Sum(_words.Rarity), ask.Sum(_words.Rarity));
        lock (_lock)
        {
            // Bounded by the recommendations compared; the comparison lives for one build or one measurement.
            _read.TryAdd(text, read);
        }
        return read;
    }

    // The words of what a recommendation asks to be done: after its first "should", "must" or "to" (or from its start
    // when it opens with a verb, as many do: "Improve system for recording ..."), its first content words that are
    // not vague verbs.
    private static HashSet<string> AskOf(string text)
    {
        var all = text.Split((char[])[' ', '\n', '\t', ',', ';', ':', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        var from = Array.FindIndex(all, w => AskOpeners.Contains(w.ToLowerInvariant()));
        var rest = string.Join(' ', from < 0 || from > 25 ? all : all[(from + 1)..]);
        return [.. RecommendationWords.Words(rest).Where(w => !VagueVerbs.Contains(w.Word)).Take(AskWords).Select(w => w.Stem)];
    }

    /// <summary>What is read of a text once: its words, the phrase at each word, stems, ask, triggers, and the weight of its stems and ask.</summary>
    private sealed record Read(string Text, IReadOnlyList<(string Stem, string Word, int Start, int End)> Words, IReadOnlyList<string> PhraseAt, HashSet<string> Stems,
        HashSet<string> Phrases, HashSet<string> Ask, Dictionary<string, HashSet<string>> Triggers, Dictionary<string, string> Written, double StemWeight, double AskWeight)
    {
        /// <summary>
        /// The shared phrases as this text writes them, with the little words between and neighbouring shared
        /// phrases joined: "did not" and "not attend" are said as "did not attend"; and the stems inside them.
        /// </summary>
        public (List<string> Said, HashSet<string> Inside) Runs(HashSet<string> shared)
        {
            var said = new List<string>();
            var inside = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < PhraseAt.Count; i++)
            {
                if (!shared.Contains(PhraseAt[i])) continue;
                var last = i + 1;
                while (last < PhraseAt.Count && shared.Contains(PhraseAt[last])) last++;
                for (var k = i; k <= last; k++) inside.Add(Words[k].Stem);
                var span = Text[Words[i].Start..Words[last].End].ReplaceLineEndings(" ").ToLowerInvariant();
                if (span.Length <= 60 && !said.Contains(span)) said.Add(span);
                i = last - 1;
            }
            return (said.Take(3).ToList(), inside);
        }
    }
}
