namespace LearningSearch.Index.Citing;

/// <summary>
/// The statuses action plans state, in the one spelling the index holds (the reader turns "complete", "on-track" or
/// "on going" into these), and which of them mean the work was marked complete.
/// </summary>
public static class ActionStatus
{
    public const string Completed = "Completed";
    public const string Achieved = "Achieved";
    public const string Confirmed = "Confirmed";
    public const string OnTrack = "On track";
    public const string Ongoing = "Ongoing";
    public const string InProgress = "In progress";
    public const string NotStarted = "Not started";
    public const string LimitedProgress = "Limited progress";

    /// <summary>True for a status that marks the work done (green and blue RAG ratings included).</summary>
    public static bool MarksComplete(string? status) => status is Completed or Achieved or Confirmed or "Green" or "Blue";
}
