using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis.Standard;

namespace LearningSearch.Bench.Measuring;

/// <summary>
/// Turns the query LearningSearch ran (its expanded form: the words typed OR the synonym phrases OR the theme)
/// into the same query for SQLite FTS5: loose words OR'ed (LearningSearch's default operator), minus the same
/// stop words; phrases as phrases; <c>theme:x</c> as the themes column; a theme filter AND'ed. The words LearningSearch
/// found too common to find results on their own (they only rank) are left out, so both find the same units; FTS5
/// cannot rank by a word it does not match on, so this spares it work LearningSearch does.
/// </summary>
public static partial class Fts5Query
{
    // The product's analyzer drops Lucene's English stop words but keeps the negations.
    private static readonly HashSet<string> StopWords = StandardAnalyzer.STOP_WORDS_SET
        .Select(w => w.ToString())
        .Where(w => w is not ("no" or "not" or "without" or "never"))
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static string From(string expandedQuery, string? theme, IReadOnlyList<string>? commonWords = null)
    {
        var common = new HashSet<string>(commonWords ?? [], StringComparer.OrdinalIgnoreCase);
        var parts = new List<string>();
        var left = new List<string>();
        foreach (var item in TopLevelOr().Split(expandedQuery).Select(i => i.Trim()).Where(i => i.Length > 0))
        {
            if (item.StartsWith("theme:", StringComparison.Ordinal))
            {
                parts.Add("themes:" + ThemeToken(item["theme:".Length..]));
                continue;
            }
            foreach (Match m in PhraseOrWord().Matches(item))
            {
                if (m.Groups["phrase"].Success) parts.Add(Quote(m.Groups["phrase"].Value));
                else if (StopWords.Contains(m.Groups["word"].Value)) continue;
                else if (common.Contains(m.Groups["word"].Value)) left.Add(Quote(m.Groups["word"].Value));
                else parts.Add(Quote(m.Groups["word"].Value));
            }
        }
        // Common words only: LearningSearch then needs them all (or the theme).
        if (left.Count > 0 && !parts.Any(p => !p.StartsWith("themes:", StringComparison.Ordinal)))
            parts.Insert(0, "(" + string.Join(" AND ", left) + ")");
        var expression = string.Join(" OR ", parts.Distinct(StringComparer.OrdinalIgnoreCase));
        if (expression.Length == 0) expression = "themes:unit";
        return theme is null ? expression : $"({expression}) AND themes:{ThemeToken(theme)}";
    }

    /// <summary>A theme id as one FTS5 token: unicode61 would split "was-not-brought" at its hyphens.</summary>
    public static string ThemeToken(string themeId) => themeId.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    [GeneratedRegex(@"\s+OR\s+(?=(?:[^""]*""[^""]*"")*[^""]*$)")]
    private static partial Regex TopLevelOr();

    [GeneratedRegex(@"""(?<phrase>[^""]+)""|(?<word>[\p{L}\p{N}'\u2019-]+)")]
    private static partial Regex PhraseOrWord();
}
