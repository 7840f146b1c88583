using LearningSearch.Themes.Tagging;

namespace LearningSearch.Themes;

/// <summary>
/// Finds the themes of a piece of review text (a recommendation, an action, a finding) and explains each
/// tag with the exact spans that caused it. The taxonomy is compiled once in the constructor; <see cref="Tag(string)"/>
/// is then safe to call from many threads at once.
/// <para>
/// Scoring: every matched entry adds its weight (strong 1.0, <c>weak:</c> 0.4, a quarter more for each of up
/// to two repeats); the score is <c>1 − e^(−sum)</c> and a theme is tagged at 0.5 or more. One strong phrase
/// tags; one weak word ("records", "training", "audit") never does on its own; two different weak words do.
/// A match inside one of the theme's exclusions does not count, and weak evidence does not count when a
/// theme named in <c>excludeWhenTagged</c> is tagged on the same text. Words inside a detail the taxonomy
/// lists in <c>detailsNotTagged</c> ("By Whom: …") are not evidence at all, and a strong phrase inside one
/// item of a long enumeration (see <see cref="Tagging.ListItems"/>) counts as weak: a topic listed in passing
/// is not the subject, but a list of several items of one theme is about that theme.
/// </para>
/// </summary>
public sealed class ThemeTagger
{
    private readonly CompiledTheme[] themes;
    private readonly PhraseSet[] sets;
    private readonly int[][] excludeWhenTagged;
    private readonly AnchorIndex anchors;
    private readonly UntaggedDetails untaggedDetails;
    private readonly Model.ThemeModel? model;
    private readonly Dictionary<string, int> themeIndex;

    /// <param name="model">The second signal (<see cref="Model.ThemeModel"/>), used by <see cref="Tag(string, ReadOnlySpan{float})"/>; null for the phrases alone.</param>
    public ThemeTagger(Taxonomy taxonomy, Model.ThemeModel? model = null)
    {
        this.model = model;
        themes = taxonomy.Parsed.Select(p => new CompiledTheme(p, abbreviationsMatchCase: true)).ToArray();
        themeIndex = themes.Select((t, i) => (t.Theme.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        excludeWhenTagged = themes.Select(t => t.Theme.ExcludeWhenTagged.Select(id => themeIndex[id]).ToArray()).ToArray();

        // Theme i's signals are set 2i, its exclusions set 2i + 1.
        sets = themes.SelectMany(t => new[] { t.Signals, t.Exclusions }).ToArray();
        anchors = new AnchorIndex(sets);
        untaggedDetails = new UntaggedDetails(taxonomy.DetailsNotTagged);
    }

    /// <summary>The sentence model whose vectors <see cref="Tag(string, ReadOnlySpan{float})"/> reads; null without a theme model.</summary>
    public string? SentenceModel => model?.SentenceModel;

    /// <summary>
    /// The themes of the phrases, and those the theme model finds in the unit's sentence vector that the phrases did
    /// not: strongest first, the phrases' tags before the model's. The model never tags a theme the taxonomy switches
    /// off for it (<c>"modelTags": false</c>), nor one whose exclusions the text matches: a trainer's exclusion wins.
    /// </summary>
    public IReadOnlyList<ThemeTag> Tag(string text, ReadOnlySpan<float> vector)
    {
        if (model is null || string.IsNullOrWhiteSpace(text) || vector.Length != model.Dimensions) return Tag(text);
        var (hits, scores, matches) = Weigh(text);
        var tags = TagsOf(text, hits, scores);
        var predicted = model.Predict(vector, id => themeIndex.TryGetValue(id, out var k) ? (scores[k], matches[(2 * k) + 1] is { Count: > 0 }) : (0, false));
        if (predicted.Count == 0) return tags;
        var added = new List<ThemeTag>();
        foreach (var (themeId, probability) in predicted)
        {
            var i = themeIndex.GetValueOrDefault(themeId, -1);
            if (i < 0 || !themes[i].Theme.ModelTags || matches[(2 * i) + 1] is { Count: > 0 } || tags.Any(t => t.ThemeId == themeId)) continue;
            added.Add(new ThemeTag(themeId, themes[i].Theme.Label, Math.Round(probability, 3), [], model.NearestExamples(vector, themeId)));
        }
        return added.Count == 0 ? tags : [.. tags, .. added];
    }

    /// <summary>The tagged themes, strongest first (taxonomy order among equals).</summary>
    public IReadOnlyList<ThemeTag> Tag(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var (hits, scores, _) = Weigh(text);
        return TagsOf(text, hits, scores);
    }

    private ThemeTag[] TagsOf(string text, List<Hit>?[] hits, double[] scores)
    {
        var tags = new List<ThemeTag>();
        for (var i = 0; i < themes.Length; i++)
        {
            if (hits[i] is { Count: > 0 } found && EvidenceScore.IsTagged(scores[i]))
            {
                var evidence = found
                    .Select(h => new Evidence(h.Start, h.Length, text.Substring(h.Start, h.Length)))
                    .ToArray();
                tags.Add(new ThemeTag(themes[i].Theme.Id, themes[i].Theme.Label, scores[i], evidence));
            }
        }

        return tags.OrderByDescending(t => t.Score).ToArray();
    }

    /// <summary>
    /// What the phrases say of every theme, tagged or not, in taxonomy order (<see cref="ThemeIds"/>): the evidence score
    /// (below 0.5 when the words fell short of a tag, 0 for none) and whether one of the theme's exclusions matched. The
    /// theme model reads them beside the vector, so a lone weak word or an exclusion is evidence it can weigh.
    /// </summary>
    public PhraseSignals Signals(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return new(new double[themes.Length], new bool[themes.Length]);
        var (_, scores, matches) = Weigh(text);
        return new(scores, Enumerable.Range(0, themes.Length).Select(i => matches[(2 * i) + 1] is { Count: > 0 }).ToArray());
    }

    /// <summary>The taxonomy's theme ids, in the order of <see cref="PhraseSignals"/>.</summary>
    public IReadOnlyList<string> ThemeIds => themes.Select(t => t.Theme.Id).ToArray();

    private (List<Hit>?[] Hits, double[] Scores, List<Hit>?[] Matches) Weigh(string text)
    {
        var matches = Find(text);
        var untagged = untaggedDetails.In(text);
        var listItems = ListItems.In(text);
        var hits = new List<Hit>?[themes.Length];
        var scores = new double[themes.Length];
        for (var i = 0; i < themes.Length; i++)
        {
            if (matches[2 * i] is { } found)
            {
                if (matches[(2 * i) + 1] is { } excluded)
                {
                    found.RemoveAll(h => excluded.Exists(x => h.Overlaps(x.Start, x.End)));
                }

                if (untagged.Count > 0)
                {
                    found.RemoveAll(h => untagged.Exists(u => h.Overlaps(u.Start, u.End)));
                }

                if (listItems.Count > 0)
                {
                    // One topic in a long list is a passing mention; several items of one theme make the list about it.
                    for (var k = 0; k < found.Count; k++)
                    {
                        var h = found[k];
                        if (!h.IsWeak && listItems.Exists(l => h.Start >= l.Start && h.End <= l.End))
                        {
                            found[k] = h with { IsWeak = true };
                        }
                    }

                    // One item is one topic, however many of the theme's words it uses ("genograms and ecomaps"):
                    // it takes two items of the list to make the list about the theme.
                    var itemsSeen = new HashSet<int>();
                    found.RemoveAll(h =>
                    {
                        var item = listItems.FindIndex(l => h.Start >= l.Start && h.End <= l.End);
                        return item >= 0 && !itemsSeen.Add(item);
                    });
                }

                if (found.Count > 0)
                {
                    hits[i] = found;
                    scores[i] = Score(found);
                }
            }
        }

        // Decided on the first-pass tags, so the outcome never depends on the order of the themes in the file.
        var firstPass = scores.Select(EvidenceScore.IsTagged).ToArray();
        for (var i = 0; i < themes.Length; i++)
        {
            if (hits[i] is { } found && excludeWhenTagged[i].Any(other => firstPass[other]) && found.Any(h => h.IsWeak))
            {
                found.RemoveAll(h => h.IsWeak);
                scores[i] = found.Count > 0 ? Score(found) : 0;
            }
        }

        return (hits, scores, matches);
    }

    /// <summary>
    /// Per phrase set, its matches in text order (null: none). One walk over the words: at each word only
    /// the entries whose anchor begins it are tried, preferred entries first, and a set's matches never overlap.
    /// </summary>
    private List<Hit>?[] Find(string text)
    {
        var found = new List<Hit>?[sets.Length];
        var busyUntil = new int[sets.Length];
        var entries = new List<SetEntry>();
        for (var start = AnchorIndex.NextWord(text, 0); start < text.Length; start = AnchorIndex.NextWord(text, start))
        {
            entries.Clear();
            var end = anchors.Word(text, start, entries);
            if (entries.Count > 1)
            {
                entries.Sort();
            }

            var decided = -1;
            for (var k = 0; k < entries.Count; k++)
            {
                var (set, entry) = entries[k];
                if (set == decided || start < busyUntil[set] || (k > 0 && entries[k - 1] == entries[k]))
                {
                    continue;
                }

                if (sets[set].MatchAt(text, start, entry) is { } hit)
                {
                    (found[set] ??= []).Add(hit);
                    busyUntil[set] = hit.End;
                    decided = set;
                }
            }

            start = end;
        }

        for (var set = 0; set < sets.Length; set++)
        {
            if (sets[set].SearchesInFull)
            {
                var hits = found[set] ?? [];
                sets[set].FindInFull(text, hits);
                found[set] = hits.Count > 0 ? hits : null;
            }
        }

        return found;
    }

    private static double Score(List<Hit> hits) =>
        EvidenceScore.Of(hits.Select(h => (h.Entry, EvidenceScore.WeightOf(h.IsWeak))));
}
