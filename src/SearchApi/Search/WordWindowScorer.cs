using System.Buffers;
using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace LearningSearch.SearchApi.Search;

/// <summary>
/// Scores the two shapes nearly every search takes: words OR'ed (a word and the themes it names: "supervision OR
/// theme:supervision"), and words that find units ranked also by everyday words (see <see cref="EverydayWordsQuery"/>:
/// "+(brought appointments theme:was-not-brought) children"). A broad word matches 50,000 to 130,000 units of a national
/// collection; Lucene.Net's general scorers spent two to three times as long moving each match through their bucket
/// objects, heaps and collector wrappers as reading and scoring the postings themselves. Here each word's postings are
/// read into a window of 2,048 documents, its BM25 scores summed into an array, and the window's matches handed to the
/// collector in document order. Everyday words add their scores only to units the finding words matched.
/// The scores are Lucene's own: each word is scored by its own <see cref="TermQuery"/> weight, weighted with the boosts
/// the whole query gives it, and summed as Lucene's scorers sum (in double, one float per group), so the hits, their
/// order and their scores are those of <c>IndexSearcher.Search</c>; a test holds that for every kind of search.
/// </summary>
public sealed class WordWindowScorer
{
    private const int WindowBits = 11;
    private const int Window = 1 << WindowBits;

    private readonly Word[] _finding;
    private readonly Word[] _ranking;
    // The similarity when it is Lucene's BM25 itself (whose scores the shortcuts below rely on), else null.
    private readonly BM25Similarity? _bm25;

    private WordWindowScorer(Word[] finding, Word[] ranking, Similarity similarity)
    {
        _finding = finding;
        _ranking = ranking;
        _bm25 = similarity.GetType() == typeof(BM25Similarity) ? (BM25Similarity)similarity : null;
    }

    /// <summary>A word of the query: its weight, and the field it is looked up in.</summary>
    private readonly record struct Word(Weight Weight, string Field);

    /// <summary>A scorer for the query when it takes one of the two shapes and the similarity neither coordinates nor normalises (BM25); otherwise null.</summary>
    public static WordWindowScorer? For(IndexSearcher searcher, Query query)
    {
        var similarity = searcher.Similarity;
        if (similarity.Coord(1, 2) != 1f || similarity.QueryNorm(2f) != 1f) return null;
        if (searcher.Rewrite(query) is not BooleanQuery { MinimumNumberShouldMatch: 0 } top) return null;

        // A boost reaches a word through every query around it, multiplied in as Lucene's weights multiply it (outside in).
        var topBoost = 1f * top.Boost;
        var finding = new List<Word>();
        var ranking = new List<Word>();
        var required = top.Clauses.Where(c => c.Occur == Occur.MUST).ToList();
        if (top.Clauses.Any(c => c.Occur == Occur.MUST_NOT) || required.Count > 1) return null;
        if (required.Count == 0)
        {
            foreach (var clause in top.Clauses)
                if (!AddWord(searcher, clause.Query, topBoost, finding)) return null;
            return new WordWindowScorer([.. finding], [], similarity);
        }

        switch (required[0].Query)
        {
            case TermQuery word:
                if (!AddWord(searcher, word, topBoost, finding)) return null;
                break;
            case BooleanQuery { MinimumNumberShouldMatch: 0 } words when words.Clauses.All(c => c.Occur == Occur.SHOULD):
                var innerBoost = topBoost * words.Boost;
                foreach (var clause in words.Clauses)
                    if (!AddWord(searcher, clause.Query, innerBoost, finding)) return null;
                break;
            default:
                return null;
        }
        foreach (var clause in top.Clauses.Where(c => c.Occur == Occur.SHOULD))
            if (!AddWord(searcher, clause.Query, topBoost, ranking)) return null;
        return new WordWindowScorer([.. finding], [.. ranking], similarity);
    }

    private static bool AddWord(IndexSearcher searcher, Query query, float boost, List<Word> into)
    {
        if (query is not TermQuery word) return false;
        // As Lucene weights a word inside a query: its own boost times the boosts around it, normalised by 1 (BM25).
        var weighted = new TermQuery(word.Term) { Boost = word.Boost * boost };
        into.Add(new Word(searcher.CreateNormalizedWeight(weighted), word.Term.Field));
        return true;
    }

    /// <summary>Scores one segment's matches (only documents <paramref name="acceptDocs"/> allows) into the collector.</summary>
    public void Score(AtomicReaderContext segment, IBits? acceptDocs, HitsAndFacetsCollector collector)
    {
        var (finding, alike) = Scorers(_finding, segment, acceptDocs);
        if (finding.Length == 0) return;
        var (ranking, _) = Scorers(_ranking, segment, acceptDocs);

        var sums = ArrayPool<double>.Shared.Rent(Window);
        var matched = new ulong[Window / 64];
        Array.Clear(sums, 0, Window);
        // The most the everyday words can add to a unit's score: a unit found that could not make the page even with
        // it is not looked up in their postings. Everyday words are in a third of the units or more and the units found
        // a few dozen documents apart, so reading their postings through was half of a practitioner's question.
        var everydayAtMost = EverydayWordsAtMost(ranking.Length);
        try
        {
            var findingAt = finding.Select(s => s.NextDoc()).ToArray();
            // A word whose every match scores alike (a theme: no norms, no frequencies) is scored once, not per match.
            var constant = finding.Select((s, i) => alike[i] && findingAt[i] != DocIdSetIterator.NO_MORE_DOCS ? s.GetScore() : float.NaN).ToArray();
            var rankingAt = ranking.Select(s => s.DocID).ToArray();
            // From the window of the next match to the window of the one after: a rare word skips the windows between.
            for (var first = findingAt.Min(); first != DocIdSetIterator.NO_MORE_DOCS; first = findingAt.Min())
            {
                var start = first & ~(Window - 1);
                var end = start + Window;
                for (var i = 0; i < finding.Length; i++)
                {
                    var scorer = finding[i];
                    var doc = findingAt[i];
                    if (float.IsNaN(constant[i]))
                    {
                        for (; doc < end; doc = scorer.NextDoc())
                        {
                            var at = doc - start;
                            sums[at] += scorer.GetScore();
                            matched[at >> 6] |= 1UL << at;
                        }
                    }
                    else
                    {
                        var score = constant[i];
                        for (; doc < end; doc = scorer.NextDoc())
                        {
                            var at = doc - start;
                            sums[at] += score;
                            matched[at >> 6] |= 1UL << at;
                        }
                    }
                    findingAt[i] = doc;
                }

                collector.MatchWindow(start, matched);
                for (var word = 0; word < matched.Length; word++)
                {
                    var bits = matched[word];
                    while (bits != 0)
                    {
                        var at = (word << 6) + BitOperations.TrailingZeroCount(bits);
                        bits &= bits - 1;
                        var doc = start + at;
                        var found = (float)sums[at];
                        sums[at] = 0;
                        if (ranking.Length == 0)
                        {
                            collector.Offer(doc, found);
                            continue;
                        }
                        if (!collector.CouldMakeThePage(doc, found + everydayAtMost)) continue;
                        var everyday = 0.0;
                        for (var i = 0; i < ranking.Length; i++)
                        {
                            if (rankingAt[i] < doc) rankingAt[i] = ranking[i].Advance(doc);
                            if (rankingAt[i] == doc) everyday += ranking[i].GetScore();
                        }
                        // Lucene sums a group's words in double and answers a float; the finding words and the everyday words are two groups, added as floats.
                        collector.Offer(doc, found + (float)everyday);
                    }
                    matched[word] = 0;
                }
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(sums);
        }
    }

    /// <summary>
    /// An upper bound of what the everyday words add to a unit's score: BM25 scores a word below its weight times
    /// (k1 + 1) whatever its frequency and the unit's length, and the weight is the square root of the word's value for
    /// normalisation (its idf times its boost), with a margin for rounding. Infinite where the similarity is not BM25.
    /// </summary>
    private float EverydayWordsAtMost(int present)
    {
        if (present == 0) return 0;
        if (_bm25 is null) return float.PositiveInfinity;
        var k1 = _bm25.K1;
        var most = _ranking.Sum(word => Math.Sqrt(word.Weight.GetValueForNormalization()) * (k1 + 1));
        return (float)(most * 1.0001 + 1e-4);
    }

    /// <summary>The words' scorers in the segment (words it lacks left out), and for each whether all its matches score alike.</summary>
    private (Scorer[] Scorers, bool[] Alike) Scorers(Word[] words, AtomicReaderContext segment, IBits? acceptDocs)
    {
        var scorers = new List<Scorer>(words.Length);
        var alike = new List<bool>(words.Length);
        foreach (var word in words)
        {
            if (word.Weight.GetScorer(segment, acceptDocs) is not { } scorer) continue;
            scorers.Add(scorer);
            // BM25 scores a document by the word's frequency in it and the field's length: with neither, every match alike.
            alike.Add(_bm25 is not null && segment.AtomicReader.FieldInfos.FieldInfo(word.Field) is { OmitsNorms: true, IndexOptions: IndexOptions.DOCS_ONLY });
        }
        return ([.. scorers], [.. alike]);
    }
}
