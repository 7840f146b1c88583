using System.Globalization;
using System.Text.RegularExpressions;
using LearningSearch.Index.Units;
using LearningSearch.Indexer.Agencies;
using LearningSearch.Indexer.Layouts;
using LearningSearch.Indexer.Layouts.SectionedReport;
using LearningSearch.Indexer.Model;

namespace LearningSearch.Indexer.Extraction;

/// <summary>
/// Signs that a document was probably misread, told to the person adding it with the file and the place: the
/// document numbers more recommendations than were read; one recommendation is far longer than its siblings (two
/// merged, or its actions folded in); bullets inside a recommendation begin with an agency and what it will do
/// (actions read as recommendation text). Coverage says whether text was lost; these say whether it was split right.
/// </summary>
public static partial class MisreadSignals
{
    private const int LongRecommendationCharacters = 1200;

    public static IEnumerable<string> Find(PreparedDocument document, IReadOnlyList<LearningUnit> units, AgencyDirectory agencies)
    {
        var file = document.SourceFile;
        var recommendations = units.Where(u => u.Kind == UnitKind.Recommendation).ToList();

        var numbered = NumberedInText(document);
        var missing = Unread(numbered, units);
        if (missing.Count > 0 && numbered.Count > recommendations.Count)
            yield return $"{file}: the document labels {numbered.Count} recommendations but {recommendations.Count} were read; " +
                $"not read as recommendations: {string.Join(", ", missing.Take(5).Select(m => $"{m.Label} (line {m.Line})"))}. Check the units, or add a layout for documents like this.";

        if (recommendations.Count >= 3)
        {
            var lengths = recommendations.Select(r => r.Text.Length).Order().ToList();
            var median = lengths[lengths.Count / 2];
            foreach (var r in recommendations.Where(r => r.Text.Length > LongRecommendationCharacters && r.Text.Length > 4 * median))
                yield return $"{file}: recommendation {r.Number ?? r.Sequence.ToString(CultureInfo.InvariantCulture)} ({Place(r.Lines)}) is {r.Text.Length:N0} characters, " +
                    $"more than four times its siblings' typical {median:N0}: two recommendations may have been merged, or its actions folded into it.";
        }

        foreach (var r in recommendations)
        {
            var agencyBullets = r.Text.Split('\n').Where(line => line.StartsWith("- ", StringComparison.Ordinal) && AgencyActionLine.AgencyOf(line, agencies) is not null).ToList();
            if (agencyBullets.Count > 0)
                yield return $"{file}: recommendation {r.Number ?? r.Sequence.ToString(CultureInfo.InvariantCulture)} ({Place(r.Lines)}) holds {agencyBullets.Count} bullet(s) that begin with an agency and what it will do " +
                    $"(\"{Short(agencyBullets[0])}\"): they may be that agency's actions read as the recommendation's text.";
        }
    }

    /// <summary>How many recommendations the document labels ("Recommendation 3", "R3") that were not read as recommendations.</summary>
    public static int LabelledButNotRead(PreparedDocument document, IReadOnlyList<LearningUnit> units) =>
        Unread(NumberedInText(document), units).Count;

    private static List<Labelled> Unread(IReadOnlyList<Labelled> numbered, IReadOnlyList<LearningUnit> units)
    {
        var read = units.Where(u => u.Kind == UnitKind.Recommendation).Select(r => Key(r.Number)).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
        // "Recommendation 4" read as its parts 4a, 4b and 4c is read.
        return numbered.Where(n => !read.Contains(n.Key) && !read.Any(r => IsPartOf(r, n.Key))).ToList();
    }

    private sealed record Labelled(string Key, string Label, int Line);

    // "Recommendation 4" and "R4" at the start of a paragraph, each number once; a reference in prose ("see
    // recommendation 4") is not a label.
    private static List<Labelled> NumberedInText(PreparedDocument document)
    {
        var seen = new Dictionary<string, Labelled>(StringComparer.Ordinal);
        foreach (var block in document.Blocks)
        {
            if (block.IsTableRow) continue;
            var m = Label().Match(block.Text);
            if (!m.Success) continue;
            var key = Key(m.Groups["n"].Value);
            seen.TryAdd(key, new Labelled(key, m.Value.Trim().TrimEnd(':', '.', '-'), block.Line));
        }
        return seen.Values.ToList();
    }

    private static bool IsPartOf(string part, string whole) =>
        part.Length > whole.Length && part.StartsWith(whole, StringComparison.Ordinal) && char.IsDigit(whole[^1]) && char.IsLetter(part[whole.Length]);

    private static string Key(string? number) =>
        number is null ? "" : new string(number.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant().TrimStart('r');

    private static string Place(LineRange lines) => lines.First == lines.Last ? $"line {lines.First}" : $"lines {lines}";

    private static string Short(string text) => text.Length <= 60 ? text[2..] : text[2..60] + "...";

    [GeneratedRegex(@"^(?:-\s+)?(?:recommendation\s+(?<n>\d{1,2}(?:\.\d{1,2})?[a-z]?|[A-Z])\b|R(?<n>\d{1,2}[a-z]?)\b)\s*[:.\-\u2013]?", RegexOptions.IgnoreCase)]
    private static partial Regex Label();
}
