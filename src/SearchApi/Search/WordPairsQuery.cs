using System.Globalization;
using LearningSearch.Index.Analysis;
using LearningSearch.Index.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace LearningSearch.SearchApi.Search;

/// <summary>
/// A quoted phrase found through the index's word pairs ("child protection plan" is the pairs "child protect" and
/// "protect plan" one position apart) and scored as the phrase of words would be: with the words' statistics and
/// the text's lengths, for the same phrase count in each unit, so hits, order and scores are those of the
/// <see cref="PhraseQuery"/> it stands for. A phrase of common words ("information sharing", "voice of the child")
/// otherwise walks the positions of a third of a national collection to find a few thousand units.
/// An index built before the pairs existed is searched with the phrase itself.
/// </summary>
public sealed class WordPairsQuery : Query
{
    private readonly PhraseQuery _phrase;

    private WordPairsQuery(PhraseQuery phrase)
    {
        _phrase = phrase;
        Boost = phrase.Boost;
    }

    /// <summary>The query with every exact phrase of two or more words in the text looked up by its pairs; other parts are kept as they are.</summary>
    public static Query InPlaceOfPhrases(Query query)
    {
        switch (query)
        {
            case PhraseQuery phrase when IsExactTextPhrase(phrase):
                return new WordPairsQuery(phrase);
            case BooleanQuery boolean:
                // Each clause is looked at once: brackets nest as deep as a search is long.
                var clauses = boolean.Clauses.Select(c => (Query: InPlaceOfPhrases(c.Query), c.Occur)).ToList();
                if (clauses.Select(c => c.Query).SequenceEqual(boolean.Clauses.Select(c => c.Query), ReferenceEqualityComparer.Instance)) return boolean;
                var copy = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
                foreach (var (clause, occur) in clauses) copy.Add(clause, occur);
                return copy;
            default:
                return query;
        }
    }

    private static bool IsExactTextPhrase(PhraseQuery phrase)
    {
        var terms = phrase.GetTerms();
        var positions = phrase.GetPositions();
        if (phrase.Slop != 0 || terms.Length < 2 || terms.Any(t => t.Field != IndexFields.Text.Name)) return false;
        for (var i = 1; i < positions.Length; i++)
            if (positions[i] <= positions[i - 1]) return false;
        return true;
    }

    /// <summary>The pairs of the phrase's words, each at its first word's position: one pair is a term, more are a phrase of pairs.</summary>
    public Query Pairs()
    {
        var terms = _phrase.GetTerms();
        var positions = _phrase.GetPositions();
        if (terms.Length == 2) return new TermQuery(Pair(terms, positions, 0));
        var pairs = new PhraseQuery();
        for (var i = 0; i + 1 < terms.Length; i++) pairs.Add(Pair(terms, positions, i), positions[i]);
        return pairs;
    }

    // As WordPairsFilter writes them: the two words with as many spaces between them as positions apart.
    private static Term Pair(Term[] terms, int[] positions, int i) =>
        IndexFields.WordPairs.Term(terms[i].Text + new string(' ', positions[i + 1] - positions[i]) + terms[i + 1].Text);

    public override Query Rewrite(IndexReader reader)
    {
        if (reader.GetDocCount(IndexFields.WordPairs.Name) > 0) return this;
        var phrase = (PhraseQuery)_phrase.Clone();
        phrase.Boost = Boost;
        return phrase;
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new PairsWeight(this, searcher);

    public override void ExtractTerms(ISet<Term> terms) => _phrase.ExtractTerms(terms);

    public override string ToString(string field)
    {
        var phrase = _phrase.ToString(field);
        return Boost == _phrase.Boost ? phrase : phrase + "^" + Boost.ToString(CultureInfo.InvariantCulture);
    }

    public override bool Equals(object? obj) => obj is WordPairsQuery other && Boost == other.Boost && _phrase.Equals(other._phrase);

    public override int GetHashCode() => HashCode.Combine(Boost, _phrase);

    /// <summary>The phrase's weight over its words (as PhraseQuery computes it), applied to the pairs' matches.</summary>
    private sealed class PairsWeight : Weight
    {
        private readonly WordPairsQuery _query;
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _stats;
        private readonly Weight _pairs;

        public PairsWeight(WordPairsQuery query, IndexSearcher searcher)
        {
            _query = query;
            _similarity = searcher.Similarity;
            var context = searcher.TopReaderContext;
            var words = query._phrase.GetTerms();
            var statistics = new TermStatistics[words.Length];
            for (var i = 0; i < words.Length; i++)
                statistics[i] = searcher.TermStatistics(words[i], TermContext.Build(context, words[i]));
            _stats = _similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(IndexFields.Text.Name), statistics);
            _pairs = query.Pairs().CreateWeight(searcher);
        }

        public override Query Query => _query;

        public override float GetValueForNormalization() => _stats.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost) => _stats.Normalize(norm, topLevelBoost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var pairs = _pairs.GetScorer(context, acceptDocs);
            return pairs is null ? null : new PairsScorer(this, pairs, _similarity.GetSimScorer(_stats, context));
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var scorer = GetScorer(context, context.AtomicReader.LiveDocs);
            if (scorer is null || scorer.Advance(doc) != doc) return new ComplexExplanation(false, 0f, "no matching word pairs");
            var freq = scorer.Freq;
            var sim = _similarity.GetSimScorer(_stats, context);
            var result = new ComplexExplanation(true, scorer.GetScore(), $"weight({_query} in {doc}) [{_similarity.GetType().Name}], found by word pairs, result of:");
            result.AddDetail(sim.Explain(doc, new Explanation(freq, "phraseFreq=" + freq)));
            return result;
        }
    }

    private sealed class PairsScorer(Weight weight, Scorer pairs, Similarity.SimScorer score) : Scorer(weight)
    {
        public override int DocID => pairs.DocID;

        // A pair's count in a unit is its phrase's count: each place the words stand together is one place the pairs do.
        public override int Freq => pairs.Freq;

        public override int NextDoc() => pairs.NextDoc();

        public override int Advance(int target) => pairs.Advance(target);

        public override float GetScore() => score.Score(pairs.DocID, pairs.Freq);

        public override long GetCost() => pairs.GetCost();
    }
}
