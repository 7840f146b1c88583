using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LearningSearch.SearchApi.Search;

/// <summary>
/// Plain words OR'ed, where a word found in more than <see cref="CommonShare"/> of the units ("children", "health",
/// "practitioners") ranks the units that the other words (or a theme the words name) find, but does not find a unit
/// on its own. "children not brought to appointments" otherwise matched two thirds of a national collection because
/// of "children", and each of those units had to be scored and counted. When every word is common, a unit needs
/// them all. Which words are common is decided per index, from their document counts, when the query is rewritten.
/// </summary>
public sealed class EverydayWordsQuery : Query
{
    public const float CommonShare = 0.1f;

    private readonly Term[] _words;
    private readonly Query[] _alsoFinding;

    private EverydayWordsQuery(Term[] words, Query[] alsoFinding)
    {
        _words = words;
        _alsoFinding = alsoFinding;
    }

    public IReadOnlyList<Term> Words => _words;

    public IReadOnlyList<Query> OtherClauses => _alsoFinding;

    /// <summary>The query with other clauses (a theme's) that find units beside the words; the common words rank those too.</summary>
    public EverydayWordsQuery AlsoFinding(IEnumerable<Query> clauses) => new(_words, [.. _alsoFinding, .. clauses]) { Boost = Boost };

    /// <summary>The words as an everyday-words query when the query is two or more plain words OR'ed; otherwise null.</summary>
    public static EverydayWordsQuery? From(Query parsed)
    {
        if (parsed is not BooleanQuery { Clauses.Count: >= 2 } words || words.MinimumNumberShouldMatch > 0) return null;
        if (!words.Clauses.All(c => c is { Occur: Occur.SHOULD, Query: TermQuery { Boost: 1f } })) return null;
        return new EverydayWordsQuery(words.Clauses.Select(c => ((TermQuery)c.Query).Term).Distinct().ToArray(), []) { Boost = words.Boost };
    }

    /// <summary>The words in more than <see cref="CommonShare"/> of the documents of this index.</summary>
    public IReadOnlyList<Term> CommonWords(IndexReader reader)
    {
        var limit = Math.Max(1, (int)(CommonShare * reader.MaxDoc));
        return _words.Where(w => reader.DocFreq(w) > limit).ToList();
    }

    public override Query Rewrite(IndexReader reader)
    {
        var common = CommonWords(reader);
        var rare = _words.Except(common).ToList();

        var finding = new BooleanQuery();
        foreach (var word in rare) finding.Add(new TermQuery(word), Occur.SHOULD);
        if (rare.Count == 0 && common.Count > 0)
        {
            var all = new BooleanQuery();
            foreach (var word in common) all.Add(new TermQuery(word), Occur.MUST);
            finding.Add(all, Occur.SHOULD);
        }
        foreach (var clause in _alsoFinding) finding.Add(clause, Occur.SHOULD);

        var query = new BooleanQuery { { finding, Occur.MUST } };
        if (rare.Count > 0)
            foreach (var word in common) query.Add(new TermQuery(word), Occur.SHOULD);
        query.Boost = Boost;
        return query;
    }

    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var word in _words) terms.Add(word);
        foreach (var clause in _alsoFinding) clause.ExtractTerms(terms);
    }

    public override string ToString(string field) =>
        "everyday(" + string.Join(" ", _words.Select(w => w.Field == field ? w.Text : w.ToString()))
        + (_alsoFinding.Length == 0 ? "" : " | " + string.Join(" ", _alsoFinding.Select(c => c.ToString(field)))) + ")"
        + (Boost == 1f ? "" : "^" + Boost.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public override bool Equals(object? obj) =>
        obj is EverydayWordsQuery other && Boost == other.Boost && _words.SequenceEqual(other._words) && _alsoFinding.SequenceEqual(other._alsoFinding);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Boost);
        foreach (var word in _words) hash.Add(word);
        foreach (var clause in _alsoFinding) hash.Add(clause);
        return hash.ToHashCode();
    }
}
