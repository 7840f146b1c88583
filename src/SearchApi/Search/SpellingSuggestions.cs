using System.Text.RegularExpressions;
using LearningSearch.Index.Schema;
using LearningSearch.Meaning;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LearningSearch.SearchApi.Search;

/// <summary>
/// "Did you mean ...?" from the index's own words: a typed word that no unit contains is replaced by the word within two
/// letters of it that the most units contain ("supervison" -> "supervision"), shown as the reviews write it. A real word
/// the reviews happen not to use ("worried", "mobile", "mum's") is left alone, and a short word is only one letter from
/// its correction: "worried" is not a misspelling of "work", nor "sexting" of "seen".
/// </summary>
public static partial class SpellingSuggestions
{
    // Short words are too often another real word one letter away ("cin" -> "in"); they are left as typed.
    private const int ShortestWordCorrected = 5;

    private const int ShortestStemTwoEditsFrom = 8;

    /// <summary>
    /// The question with its unknown words corrected and the words corrected (none, when no word of the question is in
    /// any unit and none could be corrected, or when the only unknown words are near real words no review uses, which
    /// search by meaning reads as those words); null when the question's words are known, or the unknown ones have no near word.
    /// </summary>
    public static SpellingCorrection? For(IndexSearcher searcher, string question, KnownWords? realWords = null)
    {
        realWords ??= KnownWords.None;
        var reader = searcher.IndexReader;
        var corrected = new List<(string Typed, string Suggested)>();
        var nearestReal = new List<(string Typed, string Meant)>();
        var known = 0;
        var words = Word().Matches(question).Select(m => m.Value).ToList();
        foreach (var word in words)
        {
            if (Stem(word) is not { } stem) continue; // a common word the search does not look for
            if (reader.DocFreq(IndexFields.Text.Term(stem)) > 0) { known++; continue; }
            if (word.Length < ShortestWordCorrected || word.Any(char.IsDigit) || realWords.Contains(word)) continue;
            if (Nearest(searcher, stem) is { } nearest && SurfaceWord(searcher, nearest) is { } surface && !surface.Equals(word, StringComparison.OrdinalIgnoreCase)
                && Edits(word.ToLowerInvariant(), surface) <= EditsAllowed(word.Length))
                corrected.Add((word, surface));
            // A word neither the reviews nor the model's vocabulary hold, with no review word near it ("disabilites"):
            // search by meaning reads it as the nearest real word ("disabilities").
            else if (realWords.Nearest(word.ToLowerInvariant(), EditsAllowed(word.Length)) is { } meant)
                nearestReal.Add((word, meant));
        }
        if (corrected.Count == 0)
            return known == 0 && words.Count > 0 && words.Any(w => Stem(w) is not null) ? new SpellingCorrection(question, [], true) { NearestRealWords = nearestReal }
                : nearestReal.Count > 0 ? new SpellingCorrection(question, [], false) { NearestRealWords = nearestReal }
                : null;
        return new SpellingCorrection(Replaced(question, corrected), corrected.Select(c => c.Typed).ToList(), known == 0) { Replacements = corrected, NearestRealWords = nearestReal };
    }

    /// <summary>
    /// The question as search by meaning should read it: each misspelled word as the reviews spell it, and each word
    /// neither the reviews nor the model's vocabulary hold as the nearest real word, so the meaning of a question is not
    /// lost to its typing. Words searching looks for are left as typed.
    /// </summary>
    public static string ForMeaning(string question, IReadOnlyList<(string Typed, string Suggested)> misspelled, IReadOnlyList<(string Typed, string Meant)> nearestReal) =>
        Replaced(Replaced(question, misspelled), nearestReal);

    private static string Replaced(string text, IEnumerable<(string Typed, string By)> replacements)
    {
        foreach (var (typed, by) in replacements) text = Regex.Replace(text, $@"\b{Regex.Escape(typed)}\b", by.Replace("$", "$$", StringComparison.Ordinal));
        return text;
    }

    private static string? Stem(string word)
    {
        using var stream = WordsField.Analyzer.GetTokenStream(IndexFields.Text.Name, word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        string? stem = stream.IncrementToken() ? term.ToString() : null;
        stream.End();
        return stem;
    }

    private static int EditsAllowed(int letters) => letters >= ShortestStemTwoEditsFrom ? 2 : 1;

    // Stems can be near when the words are not ("sexting" and "set" are "sext" and "set"), so the typed and shown words
    // are compared too.
    private static int Edits(string a, string b) => EditDistance.Between(a, b);

    /// <summary>
    /// The index word near the stem (first letter kept) that the most units contain: within one edit for a stem of up
    /// to seven letters, two for a longer one (two edits turn most short words into other words).
    /// </summary>
    private static string? Nearest(IndexSearcher searcher, string stem)
    {
        var fuzzy = new FuzzyQuery(IndexFields.Text.Term(stem), maxEdits: EditsAllowed(stem.Length), prefixLength: 1, maxExpansions: 50, transpositions: true);
        // One near word rewrites to its own term query, several to a boolean query of them.
        IEnumerable<TermQuery> candidates = searcher.Rewrite(fuzzy) switch
        {
            BooleanQuery near => near.Clauses.Select(c => c.Query).OfType<TermQuery>(),
            TermQuery one => [one],
            _ => [],
        };
        return candidates
            .Select(t => (Term: t.Term.Text, Units: searcher.IndexReader.DocFreq(t.Term)))
            .Where(t => t.Units > 0)
            .OrderByDescending(t => t.Units).ThenBy(t => t.Term, StringComparer.Ordinal)
            .Select(t => t.Term)
            .FirstOrDefault();
    }

    /// <summary>How a unit writes the word an index term stands for ("supervis" -> "supervision").</summary>
    private static string? SurfaceWord(IndexSearcher searcher, string stem)
    {
        var query = new BooleanQuery { { new TermQuery(IndexFields.Text.Term(stem)), Occur.MUST }, { IndexFields.Units(), Occur.MUST } };
        var hit = searcher.Search(query, 1).ScoreDocs.FirstOrDefault();
        if (hit is null) return null;
        var text = UnitDocuments.ReadUnit(searcher.Doc(hit.Doc)).FullText;
        using var stream = WordsField.Analyzer.GetTokenStream(IndexFields.Text.Name, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        string? surface = null;
        while (stream.IncrementToken())
        {
            if (term.ToString() != stem) continue;
            surface = text[offsets.StartOffset..offsets.EndOffset].ToLowerInvariant();
            break;
        }
        stream.End();
        return surface;
    }

    [GeneratedRegex(@"[\p{L}][\p{L}'’\-]*")]
    private static partial Regex Word();
}

/// <summary>A question with misspelled words corrected: the corrected question, the words that were changed, and whether none of its words were known.</summary>
public sealed record SpellingCorrection(string Question, IReadOnlyList<string> Corrected, bool NoWordKnown)
{
    /// <summary>Each misspelled word with the word the reviews write instead.</summary>
    public IReadOnlyList<(string Typed, string Suggested)> Replacements { get; init; } = [];

    /// <summary>Each word no review holds nor comes near, with the real word nearest it, for search by meaning only.</summary>
    public IReadOnlyList<(string Typed, string Meant)> NearestRealWords { get; init; } = [];
}
