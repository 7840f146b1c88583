using System.Text.RegularExpressions;

namespace LearningSearch.SearchApi.Recurrence;

/// <summary>
/// The content words of recommendations and how rare each is among them (inverse document frequency), so that two
/// recommendations sharing "was not brought" count for more than two sharing "ensure" and "agencies". Words are
/// lower-cased and cut to a rough stem ("appointments" and "appointment" are one word; "organisation" and
/// "organization" too), which is all a comparison of two short texts needs.
/// </summary>
public sealed partial class RecommendationWords
{
    // Function words, and the words nearly every recommendation uses to ask for anything at all: sharing them says
    // nothing about sharing a lesson. Rarity would weigh them down anyway; leaving them out keeps the "why" readable.
    // "Not" and "no" stay: "was not brought" and "did not attend" are what a lesson is about.
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "from", "as", "is", "are", "be", "been",
        "being", "was", "were", "it", "its", "this", "that", "these", "those", "their", "they", "them", "there", "which", "who",
        "whom", "what", "when", "where", "whether", "how", "if", "so", "such", "than", "then", "into", "onto", "about", "any",
        "all", "each", "every", "other", "also", "has", "have", "had", "do", "does", "can", "could", "should", "must", "will",
        "would", "may", "might", "shall", "our", "we", "us", "his", "her", "he", "she", "him", "up", "out", "more",
        "within", "between", "through", "including", "include", "ensure", "ensuring", "recommendation", "recommended",
        "recommend", "recommendations", "review", "partnership", "board", "lscb", "lscp", "scp", "agency", "agencies",
        "partner", "partners", "organisations", "organisation", "appropriate", "relevant", "need", "needs", "make", "made",
    };

    private readonly Dictionary<string, double> _rarity;
    private readonly double _unseen;

    /// <summary>Counts, over the given recommendations' texts, how many use each word.</summary>
    public RecommendationWords(IEnumerable<string> texts)
    {
        var documents = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            Count++;
            foreach (var stem in Words(text).Select(w => w.Stem).Distinct(StringComparer.Ordinal))
                documents[stem] = documents.GetValueOrDefault(stem) + 1;
        }
        // Worked out once: a build compares each recommendation with five others, reading every shared word's rarity.
        _rarity = documents.ToDictionary(d => d.Key, d => Of(d.Value), StringComparer.Ordinal);
        _unseen = Of(0);
    }

    private double Of(int documents) => Math.Log((Count + 1.0) / (documents + 1.0)) + 1;

    /// <summary>How many recommendations the rarities were counted over.</summary>
    public int Count { get; }

    /// <summary>ln(recommendations / those using the word), smoothed so a word unseen in the count is the rarest.</summary>
    public double Rarity(string stem) => _rarity.TryGetValue(stem, out var rarity) ? rarity : _unseen;

    /// <summary>The content words of a text in order, each as its stem, as written (lower case), and where it starts and ends.</summary>
    public static IReadOnlyList<(string Stem, string Word, int Start, int End)> Words(string text)
    {
        var words = new List<(string, string, int, int)>();
        foreach (Match m in Word().Matches(text))
        {
            var word = m.Value.ToLowerInvariant().Replace("\u2019", "'", StringComparison.Ordinal);
            var end = m.Index + m.Length;
            if (word.EndsWith("'s", StringComparison.Ordinal)) (word, end) = (word[..^2], end - 2);
            // A closing quotation mark is not part of the word ("'Was Not Brought'").
            while (word.EndsWith('\'')) (word, end) = (word[..^1], end - 1);
            if (word.Length < 2 || Ignored.Contains(word)) continue;
            words.Add((Stem(word), word, m.Index, end));
        }
        return words;
    }

    /// <summary>Two neighbouring content words, as stems ("missed appoint"): a shared one is a shared phrase.</summary>
    public static IReadOnlyList<string> Phrases(IReadOnlyList<(string Stem, string Word, int Start, int End)> words) =>
        [.. Enumerable.Range(0, Math.Max(0, words.Count - 1)).Select(i => words[i].Stem + " " + words[i + 1].Stem)];

    // A rough stem, after Porter's first steps: plurals, -ing, -ed, -ly, -ment, -ation and British -ise against -ize (not -es: "services" must meet "service").
    internal static string Stem(string word)
    {
        word = word.Replace("isation", "ization", StringComparison.Ordinal).Replace("ise", "ize", StringComparison.Ordinal);
        foreach (var (suffix, keep) in Suffixes)
        {
            // "process", "status", "analysis": an s that is not a plural.
            if (suffix == "s" && (word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal))) continue;
            if (word.Length - suffix.Length >= keep && word.EndsWith(suffix, StringComparison.Ordinal))
                return word[..^suffix.Length] + (suffix == "ies" ? "y" : "");
        }
        return word;
    }

    // Longest first; each with the shortest stem it may leave.
    private static readonly (string Suffix, int Keep)[] Suffixes =
    [
        ("izations", 3), ("ization", 3), ("ations", 3), ("ation", 3), ("ments", 3), ("ment", 3), ("ings", 3), ("ing", 3),
        ("ies", 2), ("ed", 3), ("ly", 3), ("s", 3),
    ];

    [GeneratedRegex(@"[\p{L}][\p{L}'\u2019]*")]
    private static partial Regex Word();
}
