using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace LearningSearch.Index.Analysis;

/// <summary>
/// Turns the analysed words into the pairs of neighbouring words ("think famili", "child protect"), each at the
/// position of its first word, so that a quoted phrase is looked up as one or two rare pairs instead of walking
/// the positions of every unit holding its common words. Words with stop words between them are still a pair:
/// the number of spaces is their distance ("voic   child" is "voice of the child"), so a phrase of pairs at
/// their positions matches exactly where the phrase of words does. No analysed word holds a space.
/// </summary>
public sealed class WordPairsFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IOffsetAttribute _offset;
    private char[] _previous = new char[32];
    private char[] _spare = new char[32];
    private int _previousLength;
    private int _previousPosition;
    private int _previousStart;
    private int _position;
    private int _lastPairPosition;

    public WordPairsFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            _position += _increment.PositionIncrement;
            var distance = _position - _previousPosition;
            // The first word waits for its neighbour; so would a word stacked on another's position, which this
            // analyser never makes (it would make pairs inexact, as it makes phrases of stacked words).
            if (_previousLength == 0 || distance <= 0)
            {
                Remember();
                continue;
            }

            var pairPosition = _previousPosition;
            var start = _previousStart;
            var first = _previous;
            var firstLength = _previousLength;
            _previous = _spare;
            Remember();
            _spare = first;

            var length = firstLength + distance + _previousLength;
            var pair = _term.ResizeBuffer(length);
            Array.Copy(first, pair, firstLength);
            Array.Fill(pair, ' ', firstLength, distance);
            Array.Copy(_previous, 0, pair, firstLength + distance, _previousLength);
            _term.SetLength(length);
            _increment.PositionIncrement = pairPosition - _lastPairPosition;
            _offset.SetOffset(start, _offset.EndOffset);
            _lastPairPosition = pairPosition;
            return true;
        }
        return false;
    }

    private void Remember()
    {
        if (_previous.Length < _term.Length) _previous = new char[_term.Length * 2];
        Array.Copy(_term.Buffer, _previous, _term.Length);
        _previousLength = _term.Length;
        _previousPosition = _position;
        _previousStart = _offset.StartOffset;
    }

    public override void Reset()
    {
        base.Reset();
        _previousLength = 0;
        _position = -1;
        _previousPosition = -1;
        _lastPairPosition = -1;
    }
}
