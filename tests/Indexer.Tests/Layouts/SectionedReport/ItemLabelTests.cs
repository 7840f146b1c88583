using LearningSearch.Indexer.Layouts.SectionedReport;

namespace LearningSearch.Indexer.Tests.Layouts.SectionedReport;

/// <summary>The ways published reviews number their recommendations and findings, read with the number as printed.</summary>
public sealed class ItemLabelTests
{
    [Theory]
    [InlineData("1 The Partnership should", LabelStyle.Numbered, "1")]
    [InlineData("1. The Partnership should", LabelStyle.Numbered, "1")]
    [InlineData("12) The Partnership should", LabelStyle.Numbered, "12")]
    [InlineData("1.1 The Partnership should", LabelStyle.Numbered, "1.1")]
    [InlineData("2.3.1. The Partnership should", LabelStyle.Numbered, "2.3.1")]
    [InlineData("A The Partnership should", null, null)]
    [InlineData("A. The Partnership should", LabelStyle.UpperLetter, "A")]
    [InlineData("(a) referrals are made", LabelStyle.LowerLetter, "a")]
    [InlineData("b) support for parents", LabelStyle.LowerLetter, "b")]
    [InlineData("i. Children's Services should", LabelStyle.LowerRoman, "i")]
    [InlineData("iv) Children's Services should", LabelStyle.LowerRoman, "iv")]
    [InlineData("(iii) Children's Services should", LabelStyle.LowerRoman, "iii")]
    [InlineData("R1. The Partnership should", LabelStyle.RNumber, "R1")]
    [InlineData("R12: The Partnership should", LabelStyle.RNumber, "R12")]
    [InlineData("Recommendation 1: The Partnership should", LabelStyle.RecommendationWord, "1")]
    [InlineData("Recommendation 1a: The Partnership should", LabelStyle.RecommendationWord, "1a")]
    [InlineData("Recommendation ii - The Partnership should", LabelStyle.RecommendationWord, "ii")]
    [InlineData("Recommendation B", LabelStyle.RecommendationWord, "B")]
    [InlineData("Finding 3: Fathers were not seen", LabelStyle.FindingWord, "3")]
    [InlineData("Learning point 2 - Supervision", LabelStyle.FindingWord, "2")]
    [InlineData("- 1.1 Ensure supervision is recorded.", LabelStyle.Numbered, "1.1")]
    [InlineData("Recommendation 3 of the previous review was not implemented.", null, null)]
    [InlineData("Recommendations", null, null)]
    [InlineData("Learning from this review", null, null)]
    [InlineData("2019 saw a rise in referrals.", null, null)]
    [InlineData("Mr. Smith attended the conference.", null, null)]
    public void AParagraphsLabel_ShouldBeReadWithItsStyleAndNumberAsPrinted(string text, LabelStyle? style, string? number)
    {
        var label = ItemLabel.TryRead(text);

        Assert.Equal(style, label?.Style);
        Assert.Equal(number, label?.Number);
    }

    [Fact]
    public void IAfterH_ShouldBeTheNinthLetterNotTheFirstNumeral()
    {
        var h = ItemLabel.TryRead("h. Agencies should record who lives in the home.");

        Assert.Equal(LabelStyle.LowerLetter, ItemLabel.TryRead("i. Agencies should share", h)?.Style);
        Assert.Equal(LabelStyle.LowerRoman, ItemLabel.TryRead("i. Agencies should share")?.Style);
    }

    [Fact]
    public void ABareNumberWithoutAFullStop_ShouldBeALabelOnlyWhenItIsTheNextNumber()
    {
        var one = ItemLabel.TryRead("1 Agencies should record who lives in the home.");

        Assert.Equal("2", ItemLabel.TryRead("2 Agencies should share", one)?.Number);
        Assert.Null(ItemLabel.TryRead("7 Practitioners attended the event.", one));
    }
}
