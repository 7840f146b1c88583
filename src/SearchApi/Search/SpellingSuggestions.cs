using System.Text.RegularExpressions;
using LearningSearch.Index.Schema;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LearningSearch.SearchApi.Search;

/// <summary>
/// "Did you mean ...?" from the index's own words: a typed word that no unit contains is replaced by the word within two
/// letters of it that the most units contain ("supervison" -> "supervision"), shown as the reviews write it.
/// </summary>
public static partial class SpellingSuggestions
{
    // Short words are too often another real word one letter away ("cin" -> "in"); they are left as typed.
    private const int ShortestWordCorrected = 5;

    /// <summary>
    /// The question with its unknown words corrected and the words corrected (none, when no word of the question is in
    /// any unit and none could be corrected); null when the question's words are known, or the unknown ones have no near word.
    /// </summary>
    public static SpellingCorrection? For(IndexSearcher searcher, string question)
    {
        var reader = searcher.IndexReader;
        var corrected = new List<(string Typed, string Suggested)>();
        var known = 0;
        var words = Word().Matches(question).Select(m => m.Value).ToList();
        foreach (var word in words)
        {
            if (Stem(word) is not { } stem) continue; // a common word the search does not look for
            if (reader.DocFreq(IndexFields.Text.Term(stem)) > 0) { known++; continue; }
            if (word.Length < ShortestWordCorrected || word.Any(char.IsDigit)) continue;
            if (Nearest(searcher, stem) is { } nearest && SurfaceWord(searcher, nearest) is { } surface && !surface.Equals(word, StringComparison.OrdinalIgnoreCase))
                corrected.Add((word, surface));
        }
        if (corrected.Count == 0) return known == 0 && words.Count > 0 && words.Any(w => Stem(w) is not null) ? new SpellingCorrection(question, [], true) : null;
        var text = question;
        foreach (var (typed, suggested) in corrected) text = Regex.Replace(text, $@"\b{Regex.Escape(typed)}\b", suggested.Replace("$", "$$", StringComparison.Ordinal));
        return new SpellingCorrection(text, corrected.Select(c => c.Typed).ToList(), known == 0);
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

    /// <summary>The index word within two edits of the stem (first letter kept) that the most units contain.</summary>
    private static string? Nearest(IndexSearcher searcher, string stem)
    {
        var fuzzy = new FuzzyQuery(IndexFields.Text.Term(stem), maxEdits: 2, prefixLength: 1, maxExpansions: 50, transpositions: true);
        if (searcher.Rewrite(fuzzy) is not BooleanQuery candidates) return null;
        return candidates.Clauses
            .Select(c => c.Query as TermQuery)
            .Where(t => t is not null)
            .Select(t => (Term: t!.Term.Text, Units: searcher.IndexReader.DocFreq(t.Term)))
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
public sealed record SpellingCorrection(string Question, IReadOnlyList<string> Corrected, bool NoWordKnown);
