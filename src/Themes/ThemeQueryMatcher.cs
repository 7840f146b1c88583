using System.Text.RegularExpressions;
using LearningSearch.Themes.Loading;
using LearningSearch.Themes.Phrases;
using LearningSearch.Themes.Tagging;

namespace LearningSearch.Themes;

/// <summary>
/// Finds which themes a practitioner's search words mention ("DNA", "missed appointments", "hidden men")
/// and offers the theme's own search phrases to OR into the query. It reads the same taxonomy as the
/// tagger, with two differences that suit search boxes: abbreviations match in any case ("dna"), and
/// <c>near:</c> conditions are dropped, because a two-word query has no context to check. Exclusions still
/// apply, so "supervision orders" mentions the courts theme and not supervision. Weak phrases do not
/// count here; synonyms (weak or not) and strong phrases do.
/// </summary>
public sealed class ThemeQueryMatcher
{
    private readonly QueryTheme[] themes;

    // Every search asks every theme whether the query mentions it, and one big alternation per theme, run over the
    // query, was a twentieth of a search's CPU at 5,000 reviews. The tagger's letter tree of where each phrase can
    // start tells at once which few themes a query may mention; only theirs run. A theme with a phrase that can
    // start anywhere (no anchors) always runs.
    private readonly AnchorIndex mentionStarts;
    private readonly bool[] alwaysRun;

    public ThemeQueryMatcher(Taxonomy taxonomy)
    {
        themes = taxonomy.Parsed.Select(QueryTheme.From).ToArray();
        mentionStarts = new AnchorIndex(themes.Select(t => t.MentionAnchors).ToList());
        alwaysRun = themes.Select(t => t.Mentions is not null && t.MentionAnchors.Any(a => a is null)).ToArray();
    }

    /// <summary>The themes the query mentions, in the order they appear in the query.</summary>
    public IReadOnlyList<ThemeQueryMatch> Match(string query) => Match(query, narrowFirst: true);

    /// <summary>As <see cref="Match(string)"/>; without <paramref name="narrowFirst"/>, every theme's pattern runs (to check the narrowing).</summary>
    internal IReadOnlyList<ThemeQueryMatch> Match(string query, bool narrowFirst)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        var mayMention = narrowFirst ? MayMention(query) : null;
        var found = new List<(int Start, ThemeQueryMatch Match)>();
        for (var i = 0; i < themes.Length; i++)
        {
            if (mayMention is not null && !mayMention[i])
            {
                continue;
            }

            var theme = themes[i];
            if (theme.Mention(query) is { } mention)
            {
                found.Add((mention.Index, new ThemeQueryMatch(theme.Theme, mention.Value, theme.Expansions)));
            }
        }

        return found.OrderBy(f => f.Start).Select(f => f.Match).ToArray();
    }

    /// <summary>Per theme, whether some word of the query begins one of its mentions (or the theme must be searched in full).</summary>
    private bool[] MayMention(string query)
    {
        var may = (bool[])alwaysRun.Clone();
        var entries = new List<SetEntry>();
        for (var start = AnchorIndex.NextWord(query, 0); start < query.Length; start = AnchorIndex.NextWord(query, start))
        {
            start = mentionStarts.Word(query, start, entries);
        }

        foreach (var entry in entries)
        {
            may[entry.Set] = true;
        }

        return may;
    }

    private sealed record QueryTheme(Theme Theme, Regex? Mentions, Regex? Exclusions, IReadOnlyList<string> Expansions, IReadOnlyList<IReadOnlyList<string>?> MentionAnchors)
    {
        public static QueryTheme From(ParsedTheme parsed)
        {
            var phrases = parsed.Synonyms.Concat(parsed.Phrases.Where(p => !p.IsWeak && !p.IsRegex)).ToArray();
            var mentions = phrases
                .Select(p => PhraseRegexBuilder.Build(p, abbreviationsMatchCase: false, withContext: false))
                .ToArray();
            var exclusions = parsed.Exclusions
                .Select(p => PhraseRegexBuilder.Build(p, abbreviationsMatchCase: false, withContext: false))
                .ToArray();
            // Synonyms are written to be search words. Of the phrases, only strong ones that mean the theme on
            // their own: a phrase that needs a near: word ("gain access") or opens with "not" ("not bring")
            // would find unrelated text once lifted out of its context.
            var expansions = parsed.Synonyms.Concat(parsed.Phrases.Where(IsKeyPhrase))
                .Select(p => p.PlainText)
                .OfType<string>()
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToArray();
            var timeout = PatternOptions.TimeoutFor(handWritten: parsed.Exclusions.Any(p => p.IsRegex));
            return new QueryTheme(
                parsed.Theme,
                // A theme of weak phrases only has nothing a search can name it by (an empty pattern would match every query).
                mentions.Length > 0 ? new Regex(string.Join('|', mentions), PatternOptions.Running) : null,
                exclusions.Length > 0 ? new Regex(string.Join('|', exclusions), PatternOptions.Running, timeout) : null,
                expansions,
                phrases.Select(p => PhraseAnchors.Of(p, abbreviationsMatchCase: false)).ToArray());
        }

        // A re: phrase has no words to offer a search (and no first word to check).
        private static bool IsKeyPhrase(Phrase phrase) =>
            !phrase.IsWeak && !phrase.IsRegex && phrase.Context.Count == 0 &&
            !(phrase.Words[0] is WordPart first && first.Text.Equals("not", StringComparison.OrdinalIgnoreCase));

        /// <summary>The longest mention of the theme that no exclusion covers, if any.</summary>
        public Match? Mention(string query)
        {
            if (Mentions is null)
            {
                return null;
            }

            var excluded = Exclusions?.Matches(query).Select(m => (m.Index, End: m.Index + m.Length)).ToArray() ?? [];
            return Mentions.Matches(query)
                .Where(m => !excluded.Any(x => m.Index < x.End && x.Index < m.Index + m.Length))
                .OrderByDescending(m => m.Length)
                .FirstOrDefault();
        }
    }
}
