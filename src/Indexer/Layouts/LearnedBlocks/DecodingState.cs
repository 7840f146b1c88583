using LearningSearch.Indexer.Layouts.SectionedReport;

namespace LearningSearch.Indexer.Layouts.LearnedBlocks;

/// <summary>
/// What the left-to-right decoder remembers of the labels it has given: the last two, the kind of unit last
/// started, and the label of each kind's last start, so that an item in the same list as the last recommendation
/// ("Recommendation 4" after "Recommendation 3") or one level under it ("3.1" under "3") can be told apart.
/// </summary>
public sealed class DecodingState
{
    private readonly Dictionary<BlockLabel, ItemLabel> _lastLabel = [];
    private string? _lastRecommendationNumber;

    public BlockLabel Previous { get; private set; } = BlockLabel.Other;

    public BlockLabel BeforePrevious { get; private set; } = BlockLabel.Other;

    public BlockLabel LastStart { get; private set; } = BlockLabel.Other;

    public int RecommendationsSoFar { get; private set; }

    /// <summary>The kind of unit whose last start had a label of the same list as the segment being decoded.</summary>
    public BlockLabel? SameListAs { get; private set; }

    /// <summary>True when the segment's number is one level under the last recommendation's ("2.1" under "2").</summary>
    public bool ChildOfRecommendation { get; private set; }

    /// <summary>Looks at the segment about to be decoded.</summary>
    public void Before(Segment segment)
    {
        var label = ItemLabel.TryRead(segment.Text);
        SameListAs = null;
        ChildOfRecommendation = false;
        if (label is null) return;
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
        if (given is BlockLabel.Other or BlockLabel.ContinuesUnit) return;
        LastStart = given;
        var label = ItemLabel.TryRead(segment.Text);
        if (label is not null) _lastLabel[given] = label;
        if (given == BlockLabel.StartsRecommendation)
        {
            RecommendationsSoFar++;
            _lastRecommendationNumber = label?.Number;
        }
    }
}
