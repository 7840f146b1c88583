using LearningSearch.Indexer.Layouts.SectionedReport;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// The words of a section's heading say what its items are: findings ("Learning for the region", "What inspectors found
/// to be working well"), responses ("How partners have responded", "What are we going to do?"), or neither.
/// </summary>
public sealed class SectionHeadingKindsTests
{
    [Theory]
    [InlineData("Learning for the region")]
    [InlineData("Learning for the Regional Safeguarding Board")]
    [InlineData("What inspectors found to be working well")]
    [InlineData("What did we learn?")]
    [InlineData("Emerging learning")]
    public void AHeadingNamingWhatWasLearned_ShouldOpenFindings(string heading) =>
        Assert.Equal(SectionKind.Findings, ReportHeading.KindOf(heading));

    [Theory]
    [InlineData("How partners have responded")]
    [InlineData("What are we going to do?")]
    [InlineData("Agency responses")]
    public void AHeadingNamingWhatWasDone_ShouldOpenResponses(string heading) =>
        Assert.Equal(SectionKind.Responses, ReportHeading.KindOf(heading));

    [Theory]
    [InlineData("What should you do?")]
    [InlineData("Summary of what happened")]
    public void AHeadingForTheReader_ShouldOpenNeither(string heading) =>
        Assert.Equal(SectionKind.Other, ReportHeading.KindOf(heading));

    [Theory]
    [InlineData("Next review of this plan")]
    [InlineData("Governance and reporting")]
    public void AHeadingAboutThePlanItself_ShouldBeTheReportsOwn_NotAnAgencysName(string heading) =>
        Assert.True(new ReportHeading(heading, SectionKind.Other).IsGeneral);
}
