namespace LearningSearch.Indexer.Layouts.LearnedBlocks;

/// <summary>
/// What the left-to-right decoder remembers of the labels it has given: the last two, the kind of unit last
/// started, and the label of each kind's last start, so that an item in the same list as the last recommendation
/// ("Recommendation 4" after "Recommendation 3") or one level under it ("3.1" under "3") can be told apart.
/// </summary>
public sealed class DecodingState
{
    private readonly Dictionary<BlockLabel, SegmentLabel> _lastLabel = [];
    private string? _lastRecommendationNumber;
    private readonly HashSet<string> _recommendationNumbers = new(StringComparer.OrdinalIgnoreCase);
    private Dictionary<int, BlockLabel> _previousRow = [], _thisRow = [];
    private Block? _row;

    public BlockLabel Previous { get; private set; } = BlockLabel.Other;

    public BlockLabel BeforePrevious { get; private set; } = BlockLabel.Other;

    public BlockLabel LastStart { get; private set; } = BlockLabel.Other;

    public int RecommendationsSoFar { get; private set; }

    /// <summary>The kind of unit whose last start had a label of the same list as the segment being decoded.</summary>
    public BlockLabel? SameListAs { get; private set; }

    /// <summary>True when the segment's number is one level under the last recommendation's ("2.1" under "2").</summary>
    public bool ChildOfRecommendation { get; private set; }

    /// <summary>True when the segment's number is a recommendation's already read (a progress note "H1" under recommendation H1).</summary>
    public bool SameNumberAsRecommendation { get; private set; }

    /// <summary>For a table cell, the label given to the cell above it in the row before; null outside tables or in a first row.</summary>
    public BlockLabel? Above { get; private set; }

    /// <summary>Looks at the segment about to be decoded.</summary>
    public void Before(Segment segment)
    {
        if (!segment.IsCell) { _row = null; _previousRow = []; _thisRow = []; }
        else if (segment.Block != _row)
        {
            if (segment.Row == 0) _thisRow = [];
            (_previousRow, _thisRow, _row) = (_thisRow, [], segment.Block);
        }
        Above = segment.IsCell && _previousRow.TryGetValue(segment.Cell, out var above) ? above : null;
        var label = SegmentLabel.Read(segment.Text);
        SameListAs = null;
        ChildOfRecommendation = false;
        SameNumberAsRecommendation = false;
        if (label is null) return;
        SameNumberAsRecommendation = _recommendationNumbers.Contains(label.Number);
        foreach (var kind in new[] { LastStart, BlockLabel.StartsRecommendation, BlockLabel.StartsAction, BlockLabel.StartsFinding })
            if (_lastLabel.TryGetValue(kind, out var last) && last.SameListAs(label)) { SameListAs = kind; break; }
        ChildOfRecommendation = _lastRecommendationNumber is not null
            && label.Number.StartsWith(_lastRecommendationNumber + ".", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Records the label given to the segment.</summary>
    public void After(Segment segment, BlockLabel given)
    {
        BeforePrevious = Previous;
        Previous = given;
        if (segment.IsCell) _thisRow[segment.Cell] = given;
        if (given is BlockLabel.Other or BlockLabel.ContinuesUnit) return;
        LastStart = given;
        var label = SegmentLabel.Read(segment.Text);
        if (label is not null) _lastLabel[given] = label;
        if (given == BlockLabel.StartsRecommendation)
        {
            RecommendationsSoFar++;
            _lastRecommendationNumber = label?.Number;
            if (label is not null) _recommendationNumbers.Add(label.Number);
        }
    }
}
