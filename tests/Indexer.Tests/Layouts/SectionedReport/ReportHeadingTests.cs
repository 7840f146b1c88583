using LearningSearch.Indexer.Layouts;
using LearningSearch.Indexer.Layouts.SectionedReport;

namespace LearningSearch.Indexer.Tests.Layouts.SectionedReport;

/// <summary>The headings reviews give their sections, and what each section holds.</summary>
public sealed class ReportHeadingTests
{
    [Theory]
    [InlineData("Recommendations", SectionKind.Recommendations)]
    [InlineData("4. Recommendations", SectionKind.Recommendations)]
    [InlineData("Recommendations for the partnership", SectionKind.Recommendations)]
    [InlineData("Summary of recommendations", SectionKind.Recommendations)]
    [InlineData("What needs to change", SectionKind.Recommendations)]
    [InlineData("Areas for improvement", SectionKind.Recommendations)]
    [InlineData("Section 5: Areas for development", SectionKind.Recommendations)]
    [InlineData("Findings", SectionKind.Findings)]
    [InlineData("Key findings", SectionKind.Findings)]
    [InlineData("Learning points", SectionKind.Findings)]
    [InlineData("Key learning", SectionKind.Findings)]
    [InlineData("Lessons learned", SectionKind.Findings)]
    [InlineData("Findings and recommendations", SectionKind.Findings)]
    [InlineData("What we learned", SectionKind.Findings)]
    [InlineData("Partnership response", SectionKind.Responses)]
    [InlineData("Agency responses", SectionKind.Responses)]
    [InlineData("Response to the recommendations", SectionKind.Responses)]
    [InlineData("Actions already taken", SectionKind.Responses)]
    [InlineData("Contents", SectionKind.Contents)]
    [InlineData("Table of contents", SectionKind.Contents)]
    [InlineData("RECOMMENDATIONS", SectionKind.Recommendations)]
    [InlineData("What we recommended", SectionKind.Recommendations)]
    [InlineData("Appendix 2: Single agency recommendations from the individual management reviews", SectionKind.Recommendations)]
    [InlineData("What needs to improve?", SectionKind.Recommendations)]
    [InlineData("Areas for priority action", SectionKind.Recommendations)]
    [InlineData("Strengths", SectionKind.Findings)]
    [InlineData("Headline findings", SectionKind.Findings)]
    [InlineData("What worked well", SectionKind.Findings)]
    [InlineData("Learning for the agencies", SectionKind.Findings)]
    [InlineData("What has happened since", SectionKind.Responses)]
    [InlineData("Progress update", SectionKind.Responses)]
    [InlineData("Introduction", SectionKind.Other)]
    [InlineData("Recommendation 1a", SectionKind.Other)]
    public void ASectionHeading_ShouldSayWhatTheSectionHolds(string heading, SectionKind kind)
    {
        Assert.Equal(kind, ReportHeading.TryRead(new Block(1, heading))?.Kind);
    }

    [Theory]
    [InlineData("The review found that agencies did not share information.")]
    [InlineData("The review found:")]
    [InlineData("- Recommendations")]
    public void ASentenceOrBullet_ShouldNotBeAHeading(string text)
    {
        Assert.Null(ReportHeading.TryRead(new Block(1, text)));
    }

    [Theory]
    [InlineData("Areas for improvement", true)]
    [InlineData("What needs to improve?", true)]
    [InlineData("Recommendations", false)]
    public void AnInspectionsAreasToImprove_ShouldBeToldApartFromRecommendations(string heading, bool areas)
    {
        Assert.Equal(areas, ReportHeading.TryRead(new Block(1, heading))?.NamesAreasToImprove);
    }

    [Theory]
    [InlineData("Response to Recommendations 3(a) and 3(b)")]
    [InlineData("Progress (June 2025)")]
    public void AHeadingEndingInABracketedLabel_ShouldStillBeAHeading(string heading)
    {
        Assert.Equal(heading, ReportHeading.TryRead(new Block(1, heading))?.Title);
    }

    [Fact]
    public void ANumberedHeading_ShouldBeTitledWithoutItsNumber()
    {
        Assert.Equal("Analysis and findings", ReportHeading.TryRead(new Block(1, "3. Analysis and findings"))?.Title);
    }
}
