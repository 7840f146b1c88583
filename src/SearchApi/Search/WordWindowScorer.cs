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
    private readonly bool _bm25;

    private WordWindowScorer(Word[] finding, Word[] ranking, Similarity similarity)
    {
        _finding = finding;
        _ranking = ranking;
        _bm25 = similarity.GetType() == typeof(BM25Similarity);
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
        var extra = ArrayPool<double>.Shared.Rent(Window);
        var matched = new ulong[Window / 64];
        Array.Clear(sums, 0, Window);
        Array.Clear(extra, 0, Window);
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

                for (var i = 0; i < ranking.Length; i++)
                {
                    var scorer = ranking[i];
                    var doc = rankingAt[i];
                    if (doc < first) doc = scorer.Advance(first);
                    for (; doc < end; doc = scorer.NextDoc())
                    {
                        var at = doc - start;
                        if ((matched[at >> 6] & (1UL << at)) != 0) extra[at] += scorer.GetScore();
                    }
                    rankingAt[i] = doc;
                }

                collector.MatchWindow(start, matched);
                for (var word = 0; word < matched.Length; word++)
                {
                    var bits = matched[word];
                    while (bits != 0)
                    {
                        var at = (word << 6) + BitOperations.TrailingZeroCount(bits);
                        bits &= bits - 1;
                        // Lucene sums a group's words in double and answers a float; the finding words and the everyday words are two groups, added as floats.
                        collector.Offer(start + at, ranking.Length == 0 ? (float)sums[at] : (float)sums[at] + (float)extra[at]);
                        sums[at] = 0;
                        extra[at] = 0;
                    }
                    matched[word] = 0;
                }
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(sums);
            ArrayPool<double>.Shared.Return(extra);
        }
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
            alike.Add(_bm25 && segment.AtomicReader.FieldInfos.FieldInfo(word.Field) is { OmitsNorms: true, IndexOptions: IndexOptions.DOCS_ONLY });
        }
        return ([.. scorers], [.. alike]);
    }
}
