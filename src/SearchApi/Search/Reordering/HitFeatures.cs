using LearningSearch.Index.Schema;
using LearningSearch.Index.Units;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LearningSearch.SearchApi.Search.Reordering;

/// <summary>
/// What the second stage knows of one of a question's first hits: numbers from 0 to 1 that a reader can check against
/// the card (how much of the question's wording it holds, how close it is in meaning, whether it carries the themes the
/// question names, what kind of unit it is), in the order of <see cref="Names"/>.
/// </summary>
public static class HitFeatures
{
    /// <summary>The features by name, as the fitted weights (second-stage.json) and an explained hit name them.</summary>
    public static readonly string[] Names =
    [
        "firstStage",      // the hit's fused score against the best hit's (words and meaning, as ranked before)
        "words",           // its score by words against the best score by words (0: found by meaning alone)
        "meaning",         // its closeness in meaning to the question (cosine, 0 below 0)
        "typedWords",      // the share of the question's own words (as analysed) it contains
        "rareWords",       // the same share, each word counted by how rare it is in the reviews
        "wordPairs",       // the share of the question's neighbouring word pairs it holds side by side
        "themes",          // the share of the themes the question names that it carries
        "concepts",        // the share of the question's expansions (a theme or the vocabulary's other wording) whose words it holds
        "meaningAmong",    // its closeness in meaning against the other first hits' (0 the farthest of them, 1 the nearest)
        "heading",         // the share of the question's own words in the heading it sits under
        "recommendation",  // 1 for a recommendation
        "action",          // 1 for an action (a finding is neither)
        "length",          // how long it is (0 one word, 1 four hundred words or more)
    ];

    /// <summary>A question's own words as the index analyses them, in order, and how rare each is.</summary>
    public sealed record Question(IReadOnlyList<string> Words, IReadOnlyDictionary<string, double> Rarity, IReadOnlySet<string> ThemeIds, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Concepts)
    {
        /// <param name="expansions">The answer's expansions: each a concept of the question, held by a unit with its typed words or any of its phrases.</param>
        public static Question Of(IndexSearcher searcher, string text, IReadOnlyList<Contracts.QueryExpansion> expansions)
        {
            var themeIds = expansions.Select(e => e.ThemeId).OfType<string>();
            var concepts = expansions.GroupBy(e => e.Matched, StringComparer.OrdinalIgnoreCase)
                .Select(g => (IReadOnlyList<IReadOnlyList<string>>)g.SelectMany(e => e.Phrases).Prepend(g.Key).Select(p => (IReadOnlyList<string>)Analyse(p)).Where(p => p.Count > 0).ToList())
                .Where(c => c.Count > 0).ToList();
            var words = Analyse(text);
            var reader = searcher.IndexReader;
            var rarity = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var word in words.Distinct(StringComparer.Ordinal))
            {
                var df = reader.DocFreq(IndexFields.Text.Term(word));
                rarity[word] = Math.Log(1 + (reader.NumDocs - df + 0.5) / (df + 0.5));
            }
            return new Question(words, rarity, themeIds.ToHashSet(StringComparer.Ordinal), concepts);
        }
    }

    /// <summary>Where the features that need every first hit stand: they are set once all are read.</summary>
    public static readonly int Meaning = Array.IndexOf(Names, "meaning"), MeaningAmong = Array.IndexOf(Names, "meaningAmong");

    /// <summary>The features of one hit (<paramref name="firstStage"/>, <paramref name="words"/> already divided by the best).</summary>
    public static double[] Of(Question question, LearningUnit unit, double firstStage, double words, float? meaning)
    {
        var unitWords = Analyse(unit.Heading is null ? unit.FullText : unit.Heading + "\n" + unit.FullText);
        var held = unitWords.ToHashSet(StringComparer.Ordinal);
        var pairs = new HashSet<(string, string)>();
        for (var i = 1; i < unitWords.Count; i++) pairs.Add((unitWords[i - 1], unitWords[i]));

        var typed = question.Rarity.Keys;
        var typedShare = question.Rarity.Count == 0 ? 0 : typed.Count(held.Contains) / (double)question.Rarity.Count;
        var allRarity = question.Rarity.Values.Sum();
        var rareShare = allRarity <= 0 ? 0 : question.Rarity.Where(w => held.Contains(w.Key)).Sum(w => w.Value) / allRarity;
        var questionPairs = 0;
        var pairsHeld = 0;
        for (var i = 1; i < question.Words.Count; i++)
        {
            questionPairs++;
            if (pairs.Contains((question.Words[i - 1], question.Words[i]))) pairsHeld++;
        }
        var concepts = question.Concepts.Count == 0 ? 0 : question.Concepts.Count(c => c.Any(phrase => Holds(unitWords, phrase))) / (double)question.Concepts.Count;
        var headingWords = unit.Heading is null ? [] : Analyse(unit.Heading).ToHashSet(StringComparer.Ordinal);
        var inHeading = question.Rarity.Count == 0 ? 0 : typed.Count(headingWords.Contains) / (double)question.Rarity.Count;
        var themes = question.ThemeIds.Count == 0 ? 0 : unit.Themes.Select(t => t.ThemeId).Distinct(StringComparer.Ordinal).Count(question.ThemeIds.Contains) / (double)question.ThemeIds.Count;
        return
        [
            firstStage,
            words,
            Math.Max(0, meaning ?? 0),
            typedShare,
            rareShare,
            questionPairs == 0 ? 0 : pairsHeld / (double)questionPairs,
            themes,
            concepts,
            0, // meaningAmong: set by the caller, who sees every first hit
            inHeading,
            unit.Kind == UnitKind.Recommendation ? 1 : 0,
            unit.Kind == UnitKind.Action ? 1 : 0,
            Math.Min(1, Math.Log(1 + unitWords.Count) / Math.Log(401)),
        ];
    }

    /// <summary>Whether the words hold the phrase's words side by side, in order.</summary>
    private static bool Holds(List<string> words, IReadOnlyList<string> phrase)
    {
        for (var i = 0; i + phrase.Count <= words.Count; i++)
        {
            var j = 0;
            while (j < phrase.Count && words[i + j] == phrase[j]) j++;
            if (j == phrase.Count) return true;
        }
        return false;
    }

    private static List<string> Analyse(string text)
    {
        var words = new List<string>();
        using var stream = WordsField.Analyzer.GetTokenStream(IndexFields.Text.Name, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) words.Add(term.ToString());
        stream.End();
        return words;
    }
}
