namespace LearningSearch.Indexer.Layouts.SectionedReport;

/// <summary>
/// How many content words two texts share ("closure checklist", "household members"), each word cut to a crude
/// stem so "records" meets "recorded": what tells a reader which recommendation a response answers when the
/// response does not say.
/// </summary>
internal static class SharedWords
{
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "that", "this", "with", "from", "have", "been", "were", "will", "should", "their", "there", "which", "when", "where",
        "every", "each", "into", "also", "they", "than", "then", "them", "such", "about", "after", "before", "more", "most",
        "must", "ensure", "sure", "make", "made", "agenc", "partnership", "practition", "child", "children", "famil", "review",
        "recommend", "safeguard", "servic", "work", "new", "now", "other", "these", "those", "within", "through",
    };

    public static HashSet<string> Of(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = new string(raw.Where(char.IsLetter).ToArray());
            if (word.Length < 4) continue;
            var stem = Stem(word);
            if (stem.Length >= 3 && !Common.Contains(stem)) words.Add(stem);
        }
        return words;
    }

    public static int Count(HashSet<string> a, HashSet<string> b) => a.Count(b.Contains);

    private static string Stem(string word)
    {
        foreach (var ending in new[] { "ations", "ation", "ings", "ing", "ies", "ied", "ers", "er", "ed", "es", "s", "y", "ies" })
            if (word.Length - ending.Length >= 4 && word.EndsWith(ending, StringComparison.Ordinal))
                return word[..^ending.Length];
        return word;
    }
}
