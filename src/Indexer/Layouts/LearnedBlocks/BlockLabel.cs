namespace LearningSearch.Indexer.Layouts.LearnedBlocks;

/// <summary>What a segment of a review is, as the block classifier reads it.</summary>
public enum BlockLabel
{
    /// <summary>Not part of a unit: a heading, an introduction, a chronology, a table's header.</summary>
    Other,
    StartsRecommendation,
    StartsAction,
    StartsFinding,
    /// <summary>More of the unit above: its next paragraph, a bullet of its list, its Lead/By/Status cells.</summary>
    ContinuesUnit,
}
