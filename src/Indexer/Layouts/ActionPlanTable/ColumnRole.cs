namespace LearningSearch.Indexer.Layouts.ActionPlanTable;

/// <summary>What a column of an action-plan table holds, read from its header.</summary>
public enum ColumnRole
{
    Other,
    Number,
    Outcome,
    Recommendation,
    Action,
    Date,
    Lead,
    Agency,
    Status,
    Evidence,
    /// <summary>"Linked rec", "Relates to recommendation": the number of the recommendation an action row answers.</summary>
    RecommendationLink,
    /// <summary>"Action no.", "Action ref": the row's own reference ("PA1.2", "3.1"), not a recommendation's number.</summary>
    ActionReference,
    /// <summary>"Learning identified", "Findings": what an agency learned, a finding, in a table with no recommendation column.</summary>
    Learning,
}
