using System.Text;
using LearningSearch.Index.Units;
using LearningSearch.Indexer.Agencies;
using LearningSearch.Indexer.Model;

namespace LearningSearch.Indexer.Tests.Library;

/// <summary>
/// How well one reading of a review matches its answer key: of the units a reader found, how many the extractor
/// gave in the right kind (found) and also with the right number, recommendation and agency (right).
/// </summary>
public sealed record LibraryScore(string Document, string Format, int Expected, int Found, int Right, int Extra, IReadOnlyList<string> Misses)
{
    public double FoundShare => Expected == 0 ? 1 : (double)Found / Expected;

    public double RightShare => Expected == 0 ? 1 : (double)Right / Expected;

    public static LibraryScore Of(string document, string format, AnswerKey key, ExtractedReview review)
    {
        var units = review.Units.ToList();
        var byId = units.ToDictionary(u => u.Id);
        var words = units.ToDictionary(u => u, u => Words(u.FullText));
        var used = new HashSet<LearningUnit>();
        var misses = new List<string>();
        int expected = 0, found = 0, right = 0;

        foreach (var want in key.Expected())
        {
            expected++;
            var text = Words(want.Key.Text);
            var kind = want.Key.Kind;
            var candidates = units.Where(u => !used.Contains(u) && u.Kind.Name() == kind && words[u].Contains(text, StringComparison.Ordinal)).ToList();
            var match = candidates.FirstOrDefault(u => IsRight(want, u, byId)) ?? candidates.FirstOrDefault();
            if (match is null)
            {
                var elsewhere = units.FirstOrDefault(u => words[u].Contains(text, StringComparison.Ordinal));
                misses.Add(elsewhere is null
                    ? $"not found: {kind} {want.Key.Number ?? want.Recommendation} \"{Short(want.Key.Text)}\""
                    : $"read as {elsewhere.Kind.Name()} {elsewhere.Id}: {kind} {want.Key.Number ?? want.Recommendation} \"{Short(want.Key.Text)}\"");
                continue;
            }
            used.Add(match);
            found++;
            if (IsRight(want, match, byId)) right++;
            else misses.Add($"wrong {Why(want, match, byId)}: {kind} {want.Key.Number ?? want.Recommendation} \"{Short(want.Key.Text)}\" (got {match.Id}, agency {match.Agency ?? "none"})");
        }
        return new LibraryScore(document, format, expected, found, right, units.Count - used.Count, misses);
    }

    private static bool IsRight(ExpectedUnit want, LearningUnit unit, IReadOnlyDictionary<string, LearningUnit> byId) =>
        Why(want, unit, byId) is null;

    private static string? Why(ExpectedUnit want, LearningUnit unit, IReadOnlyDictionary<string, LearningUnit> byId)
    {
        if (want.Key.Kind != "action" && want.Key.Number is not null && !SameNumber(want.Key.Number, unit.Number))
            return $"number {unit.Number ?? "none"}";
        if (want.Key.Kind == "action" && want.Recommendation is not null)
        {
            var parent = unit.RecommendationId is not null && byId.TryGetValue(unit.RecommendationId, out var p) ? p : null;
            var ok = parent is not null && (SameNumber(want.Recommendation, parent.Number)
                || (parent.Number is null && want.Recommendation == parent.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            if (!ok) return $"recommendation {parent?.Number ?? parent?.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}";
        }
        if (want.Key.Agency is not null && !unit.Agencies.Any(a => SameAgency(want.Key.Agency, a)))
            return "agency";
        return null;
    }

    private static bool SameNumber(string expected, string? actual) =>
        actual is not null && Label(expected) == Label(actual);

    private static string Label(string number) =>
        new string(number.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant().TrimStart('r') is var l && l.Length > 0 ? l : number.ToLowerInvariant();

    private static bool SameAgency(string expected, string actual)
    {
        var e = Words(expected).Replace("the ", "", StringComparison.Ordinal).Trim();
        var a = Words(actual).Replace("the ", "", StringComparison.Ordinal).Trim();
        return e.Contains(a, StringComparison.Ordinal) || a.Contains(e, StringComparison.Ordinal)
            || string.Equals(AgencyDirectory.Default.Normalise(expected), actual, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Lower-case letters and digits, one space between words: what a reader sees, whatever the format did to spacing and punctuation.</summary>
    public static string Words(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && result.Length > 0) result.Append(' ');
                result.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (c is not '\'' and not '\u2019') space = true;
        }
        return result.ToString();
    }

    private static string Short(string text) => text.Length <= 50 ? text : text[..50] + "...";
}
