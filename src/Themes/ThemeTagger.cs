using LearningSearch.Themes.Tagging;

namespace LearningSearch.Themes;

/// <summary>
/// Finds the themes of a piece of review text (a recommendation, an action, a finding) and explains each
/// tag with the exact spans that caused it. The taxonomy is compiled once in the constructor; <see cref="Tag"/>
/// is then safe to call from many threads at once.
/// <para>
/// Scoring: every matched entry adds its weight (strong 1.0, <c>weak:</c> 0.4, a quarter more for each of up
/// to two repeats); the score is <c>1 − e^(−sum)</c> and a theme is tagged at 0.5 or more. One strong phrase
/// tags; one weak word ("records", "training", "audit") never does on its own; two different weak words do.
/// A match inside one of the theme's exclusions does not count, and weak evidence does not count when a
/// theme named in <c>excludeWhenTagged</c> is tagged on the same text.
/// </para>
/// </summary>
public sealed class ThemeTagger
{
    private readonly CompiledTheme[] themes;
    private readonly int[][] excludeWhenTagged;

    public ThemeTagger(Taxonomy taxonomy)
    {
        themes = taxonomy.Parsed.Select(p => new CompiledTheme(p, abbreviationsMatchCase: true)).ToArray();
        var index = themes.Select((t, i) => (t.Theme.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        excludeWhenTagged = themes.Select(t => t.Theme.ExcludeWhenTagged.Select(id => index[id]).ToArray()).ToArray();
    }

    /// <summary>The tagged themes, strongest first (taxonomy order among equals).</summary>
    public IReadOnlyList<ThemeTag> Tag(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var hits = new List<Hit>?[themes.Length];
        var scores = new double[themes.Length];
        for (var i = 0; i < themes.Length; i++)
        {
            var found = themes[i].Find(text);
            if (found.Count > 0)
            {
                hits[i] = found;
                scores[i] = Score(found);
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

        var tags = new List<ThemeTag>();
        for (var i = 0; i < themes.Length; i++)
        {
            if (hits[i] is { Count: > 0 } found && EvidenceScore.IsTagged(scores[i]))
            {
                var evidence = found
                    .OrderBy(h => h.Start)
                    .Select(h => new Evidence(h.Start, h.Length, text.Substring(h.Start, h.Length)))
                    .ToArray();
                tags.Add(new ThemeTag(themes[i].Theme.Id, themes[i].Theme.Label, scores[i], evidence));
            }
        }

        return tags.OrderByDescending(t => t.Score).ToArray();
    }

    private static double Score(List<Hit> hits) =>
        EvidenceScore.Of(hits.Select(h => (h.Entry, EvidenceScore.WeightOf(h.IsWeak))));
}
