using Lucene.Net.Search;

namespace LearningSearch.SearchApi.Search;

/// <summary>
/// The best hits so far of one search: a heap of the page's size whose head is the worst hit kept, ranked as Lucene's
/// top-hits collector ranks (higher score first; equal scores, lower document first). Its floor is public so that a
/// scorer can pass over a match that cannot make the page without computing anything more about it: a broad word
/// matches 100,000 units for a page of 20.
/// </summary>
internal sealed class BestHits
{
    private readonly float[] _scores;
    private readonly int[] _docs;
    private int _offered;

    public BestHits(int size)
    {
        if (size < 1) throw new ArgumentOutOfRangeException(nameof(size), size, "A page holds at least one hit.");
        // Filled with stand-ins that any real hit beats, as Lucene's queue is, so the head is always a hit to beat.
        _scores = new float[size];
        _docs = new int[size];
        Array.Fill(_scores, float.NegativeInfinity);
        Array.Fill(_docs, int.MaxValue);
    }

    /// <summary>The score of the worst hit kept: a hit scoring less is not kept.</summary>
    public float Floor => _scores[0];

    /// <summary>Keeps the hit if it is better than the worst one kept.</summary>
    public void Offer(int doc, float score)
    {
        _offered++;
        if (score < _scores[0] || (score == _scores[0] && doc > _docs[0])) return;
        _scores[0] = score;
        _docs[0] = doc;
        SiftDown();
    }

    /// <summary>The hits kept from <paramref name="start"/> on, at most <paramref name="size"/>, best first.</summary>
    public ScoreDoc[] Best(int start, int size)
    {
        var kept = Math.Min(_offered, _scores.Length);
        if (start < 0 || start >= kept || size <= 0) return [];
        var order = Enumerable.Range(0, _scores.Length).ToArray();
        Array.Sort(order, (a, b) => Worse(b, a) ? -1 : Worse(a, b) ? 1 : 0);
        return order.Take(kept).Skip(start).Take(size).Select(i => new ScoreDoc(_docs[i], _scores[i])).ToArray();
    }

    private bool Worse(int a, int b) => _scores[a] == _scores[b] ? _docs[a] > _docs[b] : _scores[a] < _scores[b];

    private void SiftDown()
    {
        var (score, doc) = (_scores[0], _docs[0]);
        var at = 0;
        while (true)
        {
            var child = 2 * at + 1;
            if (child >= _scores.Length) break;
            if (child + 1 < _scores.Length && Worse(child + 1, child)) child++;
            // Stop when the moving hit is no worse than the worse child.
            if (!(_scores[child] == score ? _docs[child] > doc : _scores[child] < score)) break;
            _scores[at] = _scores[child];
            _docs[at] = _docs[child];
            at = child;
        }
        _scores[at] = score;
        _docs[at] = doc;
    }
}
