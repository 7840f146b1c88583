using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace LearningSearch.Index.Analysis;

/// <summary>
/// Runs each written word through <see cref="BritishEnglishAnalyzer.WordChain"/> once per process and remembers
/// the term it gives ("Children's" is "child", "the" is a stop word). Every filter of the chain looks at one word
/// at a time, so a word always analyses alike; the same few thousand words come back in every text, and stemming, folding and the stop and spelling
/// lists were most of the analysis that the build does twice per unit (its words, then its word pairs) and a search
/// does for each hit it highlights. Stop words leave their positions to the next word, as Lucene's stop filter does.
/// </summary>
public sealed class RememberedWordsFilter : TokenFilter
{
    // Words as written, case and all; a national collection has far fewer, and past this they are analysed every time.
    private const int WordsRemembered = 500_000;
    private const string StopWord = "";
    private static readonly ConcurrentDictionary<string, string> Remembered = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ByCharacters = Remembered.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly OneWord _word = new();
    private readonly TokenStream _chain;
    private readonly ICharTermAttribute _analysed;
    private int _skippedAtEnd;

    /// <param name="input">The written words.</param>
    public RememberedWordsFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        // One chain only: what is remembered is what this chain makes of a word.
        _chain = BritishEnglishAnalyzer.WordChain(_word);
        _analysed = _chain.AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        var skipped = 0;
        while (m_input.IncrementToken())
        {
            if (!ByCharacters.TryGetValue(_term.Buffer.AsSpan(0, _term.Length), out var term)) term = Analyse(_term.ToString());
            if (term.Length == 0)
            {
                skipped += _increment.PositionIncrement;
                continue;
            }
            _term.SetEmpty().Append(term);
            _increment.PositionIncrement += skipped;
            return true;
        }
        _skippedAtEnd = skipped;
        return false;
    }

    public override void End()
    {
        base.End();
        _increment.PositionIncrement += _skippedAtEnd;
    }

    public override void Reset()
    {
        base.Reset();
        _skippedAtEnd = 0;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _chain.Dispose();
        base.Dispose(disposing);
    }

    private string Analyse(string written)
    {
        _word.Set(written);
        _chain.Reset();
        var term = _chain.IncrementToken() ? _analysed.ToString() : StopWord;
        _chain.End();
        if (Remembered.Count < WordsRemembered) Remembered.TryAdd(written, term);
        return term;
    }

    /// <summary>A stream of the one word it is given.</summary>
    private sealed class OneWord : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private string _word = "";
        private bool _given;

        public OneWord() => _term = AddAttribute<ICharTermAttribute>();

        public void Set(string word) => _word = word;

        public override bool IncrementToken()
        {
            if (_given) return false;
            ClearAttributes();
            _term.SetEmpty().Append(_word);
            _given = true;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _given = false;
        }
    }
}
