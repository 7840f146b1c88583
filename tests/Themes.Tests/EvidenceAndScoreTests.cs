namespace LearningSearch.Themes.Tests;

public class EvidenceAndScoreTests
{
    [Fact]
    public void EveryPieceOfEvidence_ShouldBeTheExactTextAtItsPlace()
    {
        var checkedSpans = 0;
        foreach (var paragraph in SampleReviews.Paragraphs)
        {
            foreach (var evidence in Shipped.Tagger.Tag(paragraph).SelectMany(t => t.Evidence))
            {
                Assert.Equal(evidence.Text, paragraph.Substring(evidence.Start, evidence.Length));
                checkedSpans++;
            }
        }

        Assert.True(checkedSpans > 1000, $"only {checkedSpans} spans were checked");
    }

    [Fact]
    public void EvidenceForAPhrase_ShouldPointAtThePhrase()
    {
        const string text = "Missed medical appointments should be seen as 'was not brought'.";

        var tag = Assert.Single(Shipped.Tagger.Tag(text), t => t.ThemeId == "was-not-brought");

        Assert.Equal(["Missed medical appointments", "was not brought"], tag.Evidence.Select(e => e.Text));
        Assert.Equal(0, tag.Evidence[0].Start);
        Assert.Equal(text.IndexOf("was not", StringComparison.Ordinal), tag.Evidence[1].Start);
        Assert.Equal("Was Not Brought", tag.Label);
    }

    [Fact]
    public void AUnitMentioningSeveralThemes_ShouldGetThemAll()
    {
        const string text = "The mother's partner, a hidden man with a history of domestic abuse and heroin use, "
            + "was not known to the health visitor; the unborn baby's pre-birth assessment did not consider him.";

        var themes = Shipped.ThemesOf(text);

        Assert.Contains("fathers-hidden-men", themes);
        Assert.Contains("domestic-abuse", themes);
        Assert.Contains("substance-misuse", themes);
        Assert.Contains("pre-birth-infants", themes);
        Assert.Contains("assessment", themes);
    }

    [Fact]
    public void OneGenericWord_ShouldNotTagATheme_HoweverOftenItAppears()
    {
        Assert.Empty(Shipped.ThemesOf("Records. More records, and the records of the records."));
        Assert.DoesNotContain("training-learning", Shipped.ThemesOf("Training is provided. Training is repeated. Training continues."));
    }

    [Fact]
    public void TwoDifferentGenericWords_ShouldTogetherTagTheTheme()
    {
        var tag = Assert.Single(Shipped.Tagger.Tag("Training was delivered and staff were trained again."), t => t.ThemeId == "training-learning");

        Assert.Equal(2, tag.Evidence.Count);
    }

    [Fact]
    public void OneStrongPhrase_ShouldTagTheTheme()
    {
        var tag = Assert.Single(Shipped.Tagger.Tag("The neglect toolkit was used."));

        Assert.Equal("neglect", tag.ThemeId);
        Assert.InRange(tag.Score, 0.5, 0.7);
    }

    [Fact]
    public void MoreEvidence_ShouldScoreHigher_ButNeverAboveOne()
    {
        var one = Shipped.Tagger.Tag("The neglect toolkit was used.").Single().Score;
        var two = Shipped.Tagger.Tag("The neglect toolkit and the Graded Care Profile were used.").Single().Score;
        var many = Shipped.Tagger.Tag("Neglect: the neglect toolkit, the Graded Care Profile, squalid home conditions, head lice and poor hygiene.")
            .Single(t => t.ThemeId == "neglect").Score;

        Assert.True(one < two && two < many, $"{one} < {two} < {many}");
        Assert.True(many <= 1.0);
    }

    [Fact]
    public void Tags_ShouldComeStrongestFirst()
    {
        var tags = Shipped.Tagger.Tag("Reflective supervision, safeguarding supervision and management oversight were all weak; a core group met once.");

        Assert.Equal("supervision", tags[0].ThemeId);
        Assert.True(tags.Zip(tags.Skip(1)).All(pair => pair.First.Score >= pair.Second.Score));
    }

    [Fact]
    public void EmptyText_ShouldGetNoTags()
    {
        Assert.Empty(Shipped.Tagger.Tag(""));
        Assert.Empty(Shipped.Tagger.Tag("   \n\t "));
    }

    [Fact]
    public void TaggingFromManyThreads_ShouldGiveTheSameTagsAsOneThread()
    {
        var paragraphs = SampleReviews.Paragraphs;
        var expected = paragraphs.Select(Describe).ToArray();

        var actual = new string[paragraphs.Count];
        Parallel.For(0, paragraphs.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = Describe(paragraphs[i]));

        Assert.Equal(expected, actual);
    }

    private static string Describe(string text) =>
        string.Join(";", Shipped.Tagger.Tag(text).Select(t => $"{t.ThemeId}:{t.Score:F4}:{string.Join(",", t.Evidence.Select(e => e.Start))}"));
}
