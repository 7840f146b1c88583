namespace LearningSearch.Themes.Tests;

/// <summary>
/// A 7-minute briefing that asks teams to read it "in a team meeting or supervision session" once stopped the whole
/// index build: a hand-written supervision pattern backtracked for more than five seconds on that one sentence.
/// </summary>
public sealed class SupervisionSessionTimingTests
{
    [Fact]
    public void ABriefingReadInATeamMeetingOrSupervisionSession_ShouldBeTaggedWithoutStoppingTheBuild()
    {
        const string text = "This briefing is designed to be shared in a team meeting or supervision session and to take about seven minutes to read aloud. Managers are asked to use the questions in section 6 to start a discussion, and to record on the Partnership's briefing log that the team has used it.";

        var tags = Shipped.Tagger.Tag(text);

        Assert.Contains(tags, t => t.ThemeId == "supervision");
    }
}
