using System.Text.RegularExpressions;
using LearningSearch.Themes.Phrases;

namespace LearningSearch.Themes.Loading;

/// <summary>
/// The rules a taxonomy must meet beyond its JSON shape: ids unique and well formed, every entry written
/// in the phrase syntax and compiling to a pattern, synonyms usable as search words, and every theme that
/// an exclusion names actually present.
/// </summary>
internal static class TaxonomyRules
{
    private static readonly Regex IdShape = new("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant);

    public static List<ParsedTheme> Check(IReadOnlyList<Theme> themes, TaxonomyProblems problems)
    {
        var ids = themes.Where(t => t.Id.Length > 0).Select(t => t.Id).ToList();
        foreach (var duplicate in ids.GroupBy(id => id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.AddTheme(duplicate.Key, $"the id is used by {duplicate.Count()} themes; ids must be unique");
        }

        var known = new HashSet<string>(ids, StringComparer.Ordinal);
        var parsed = new List<ParsedTheme>();
        foreach (var theme in themes)
        {
            var name = theme.Id.Length > 0 ? theme.Id : "(no id)";
            if (theme.Id.Length > 0 && !IdShape.IsMatch(theme.Id))
            {
                problems.AddTheme(name, "the id must be lower-case words joined by hyphens, like 'was-not-brought'");
            }

            var phrases = ParseAll(theme.Phrases, "phrase", name, problems, CheckPhrase);
            var synonyms = ParseAll(theme.Synonyms, "synonym", name, problems, CheckSynonym);
            var exclusions = ParseAll(theme.Exclusions, "exclusion", name, problems, CheckExclusion);
            foreach (var other in theme.ExcludeWhenTagged)
            {
                if (!known.Contains(other))
                {
                    problems.AddTheme(name, $"excludeWhenTagged names '{other}', but no theme has that id");
                }
                else if (other == theme.Id)
                {
                    problems.AddTheme(name, "excludeWhenTagged names the theme itself");
                }
            }

            parsed.Add(new ParsedTheme(theme, phrases, synonyms, exclusions));
        }

        return parsed;
    }

    private static List<Phrase> ParseAll(
        IReadOnlyList<string> entries, string kind, string theme, TaxonomyProblems problems, Func<Phrase, string?> extraRule)
    {
        foreach (var duplicate in entries.GroupBy(e => e, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.AddTheme(theme, $"{kind} '{duplicate.Key}' is listed twice");
        }

        var parsed = new List<Phrase>();
        foreach (var entry in entries)
        {
            try
            {
                var phrase = PhraseParser.Parse(entry);
                var problem = extraRule(phrase) ?? PatternProblem(phrase);
                if (problem is not null)
                {
                    problems.AddTheme(theme, $"{kind} '{entry}' {problem}");
                    continue;
                }

                parsed.Add(phrase);
            }
            catch (PhraseSyntaxException e)
            {
                problems.AddTheme(theme, $"{kind} '{entry}' cannot be read: {e.Message}");
            }
        }

        return parsed;
    }

    private static string? CheckPhrase(Phrase phrase) => null;

    private static string? CheckSynonym(Phrase phrase) =>
        phrase.PlainText is null
            ? "is not plain words: synonyms are also search words, so write them without 're:', '...', '*' or '( | )'"
            : null;

    private static string? CheckExclusion(Phrase phrase) =>
        phrase.IsWeak ? "is marked 'weak:', which means nothing for an exclusion" : null;

    /// <summary>Compiles the entry the way the tagger will, so a broken pattern fails at load, not mid-run.</summary>
    private static string? PatternProblem(Phrase phrase)
    {
        Regex regex;
        try
        {
            regex = new Regex(PhraseRegexBuilder.Build(phrase, abbreviationsMatchCase: true), PatternOptions.Checking, PatternOptions.HandWrittenTimeout);
        }
        catch (ArgumentException e)
        {
            return $"is not a valid pattern: {e.Message}";
        }

        if (phrase.IsRegex && regex.GetGroupNames().Length > 1)
        {
            return "uses a named group '(?<name>...)'; use '(?:...)' instead";
        }

        if (regex.IsMatch("") || regex.Matches("a b, c.").Any(m => m.Length == 0))
        {
            return "can match empty text, so it would tag everything; make it require at least one word";
        }

        return null;
    }
}
