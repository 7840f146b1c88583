using LearningSearch.Indexer.Cleaning;

namespace LearningSearch.Indexer.Tests.Cleaning;

/// <summary>How agencies state the progress of an action in prose, read as the status the action plan filters on.</summary>
public sealed class StatusWordsTests
{
    [Theory]
    [InlineData("The procedure was revised in October 2024. Status: Completed.", "Completed")]
    [InlineData("Training is being delivered. Status: On track, target date December 2024.", "On track")]
    [InlineData("A pathway has been agreed (R3). RAG: Amber; target date October 2024.", "Amber")]
    [InlineData("Guidance was published. RAG rating - Blue.", "Blue")]
    [InlineData("Health visitors have been briefed (Completed, June 2024).", "Completed")]
    [InlineData("Completed: the audit tool is in use in every team.", "Completed")]
    [InlineData("Progress: in progress", "In progress")]
    [InlineData("The work is on track to finish by March.", null)]
    [InlineData("Red flags were not recognised by the school.", null)]
    [InlineData("Completed assessments are now audited every quarter.", null)]
    public void AStatusStatedInProse_ShouldBeReadWhereALabelBracketOrLeadingWordStatesIt(string text, string? status)
    {
        Assert.Equal(status, StatusWords.Find(text));
    }
}
