using LearningSearch.Index.Units;
using LearningSearch.Indexer.Model;

namespace LearningSearch.Indexer.Tests.Extraction;

/// <summary>The five sample reviews, read as their authors meant them: counts checked against a reading of each.</summary>
public sealed class SampleReviewTests(SampleCorpus corpus) : IClassFixture<SampleCorpus>
{
    [Theory]
    [InlineData("ads14", "ActionPlanTableLayout", 9)]
    [InlineData("rds20", "RecommendationHeadingLayout", 5)]
    [InlineData("an09", "ActionPlanTableLayout", 58)]
    [InlineData("family-y", "NumberedResponsePlanLayout", 19)]
    [InlineData("cqc-derby-2015", "InspectionReportLayout", 19)]
    public void EachSampleReview_ShouldYieldTheRecommendationsAReaderCounts(string review, string layout, int recommendations)
    {
        var extracted = corpus.Review(review);
        Assert.Equal(layout, extracted.Review.Layout);
        Assert.Equal(recommendations, extracted.Count(UnitKind.Recommendation));
    }

    [Theory]
    [InlineData("ads14")]
    [InlineData("rds20")]
    [InlineData("an09")]
    [InlineData("family-y")]
    [InlineData("cqc-derby-2015")]
    public void EachSampleReview_ShouldHoldAtLeast98PercentOfItsBodyTextInUnits(string review)
    {
        var coverage = corpus.Review(review).Coverage;
        Assert.True(coverage.Fraction >= 0.98, $"{review}: {coverage.Fraction:P1}; not held: {string.Join(" | ", coverage.Uncovered)}");
        Assert.True(coverage.BodyWords > 1000);
    }

    [Fact]
    public void Ads14Recommendation8_ShouldBeTheWasNotBroughtRecommendationWithItsAgencyActions()
    {
        var rec = corpus.Unit("ads14/rec-8");
        Assert.Equal("8", rec.Number);
        Assert.StartsWith("Missed medical appointments for children on a child protection", rec.Text);
        var actions = corpus.Review("ads14").Units.Where(u => u.RecommendationId == "ads14/rec-8").ToList();
        Assert.Equal(10, actions.Count);
        Assert.Contains(actions, a => a.Agencies.Contains("Derbyshire Health United") && a.Status == "Confirmed");
    }

    [Fact]
    public void Ads14_ShouldNormaliseEverySpellingOfDchsToOneAgency()
    {
        var units = corpus.Review("ads14").Units;
        var dchs = units.Where(u => u.Text.Contains("DCHS Safeguarding Children training", StringComparison.Ordinal)
            || u.Text.StartsWith("Derbyshire Community Health Services NHS Foundation Trust", StringComparison.Ordinal)).ToList();
        Assert.True(dchs.Count >= 4);
        Assert.All(dchs, u => Assert.Equal(["Derbyshire Community Health Services NHS Foundation Trust"], u.Agencies));
    }

    [Fact]
    public void Ads14_ShouldJoinAnActionCellCutByAPageBreakAndItsRepeatedHeader()
    {
        var research = corpus.Review("ads14").Units.Single(u => u.Text.StartsWith("A research project is currently being undertaken", StringComparison.Ordinal));
        Assert.Contains("family justice, despite persistent long-standing concerns", research.Text, StringComparison.Ordinal);
        Assert.Equal("ads14/rec-4", research.RecommendationId);
    }

    [Fact]
    public void Ads14_ShouldDropHtmlAndKeepTheRagRatingAsStatus()
    {
        var units = corpus.Review("ads14").Units;
        Assert.DoesNotContain(units, u => u.FullText.Contains("<p>", StringComparison.Ordinal) || u.FullText.Contains("&amp;", StringComparison.Ordinal));
        Assert.Equal("Completed", corpus.Unit("ads14/rec-1").Status);
        Assert.Equal("Green", corpus.Unit("ads14/rec-9").Status);
    }

    [Fact]
    public void Rds20_ShouldReadLetteredRecommendationsAndJoinASentenceCutByAPageBreak()
    {
        Assert.Equal(["A", "B", "C", "D", "E"], corpus.Review("rds20").Units.Where(u => u.Kind == UnitKind.Recommendation).Select(u => u.Number));
        var audit = corpus.Review("rds20").Units.Single(u => u.Text.StartsWith("Derbyshire Community Health Services NHS Foundation Trust has an up-to-date audit plan", StringComparison.Ordinal));
        Assert.EndsWith("and Derbyshire Community Health Services NHS Foundation Trust's record keeping audits.", audit.Text);
        Assert.Equal("rds20/rec-b", audit.RecommendationId);
    }

    [Fact]
    public void Rds20_ShouldGiveAParagraphThatNamesNoAgencyTheAgencyOfThePrecedingParagraph()
    {
        var hub = corpus.Review("rds20").Units.Single(u => u.Text.StartsWith("The Safeguarding Coordination Hub now fully assess", StringComparison.Ordinal));
        Assert.Equal(["Derbyshire Constabulary"], hub.Agencies);
    }

    [Fact]
    public void An09_ShouldSetTheAgencyFromItsHeadingRowAndContinueRecommendationsAcrossEmptyCells()
    {
        var framework = corpus.Review("an09").Units.Where(u => u.Kind == UnitKind.Recommendation && u.Agencies.Contains("Framework Housing Association")).ToList();
        Assert.Equal(4, framework.Count);
        var barnardos = corpus.Review("an09").Units.Single(u => u.Text.StartsWith("Barnardo's Leaving Care services inform the responsible authority", StringComparison.Ordinal));
        var actions = corpus.Review("an09").Units.Where(u => u.RecommendationId == barnardos.Id).ToList();
        Assert.Equal(3, actions.Count);
        Assert.All(actions, a => Assert.Contains("By 31/12/09", a.Dates));
    }

    [Fact]
    public void An09_ShouldJoinEveryCellOfARowSplitAcrossPages()
    {
        var guidance = corpus.Review("an09").Units.Single(u => u.Kind == UnitKind.Recommendation && u.Text.StartsWith("Framework to obtain a copy", StringComparison.Ordinal));
        Assert.Contains("disseminate it across the organisation. Guidance to be placed", guidance.Text, StringComparison.Ordinal);
        Assert.Contains(guidance.Details, d => d.Label == "Outcome" && d.Text.EndsWith("and be trained on how it should be implemented", StringComparison.Ordinal));
    }

    [Fact]
    public void FamilyY_ShouldJoinARecommendationCutByTheRunningHeaderAndTreatEachBulletAsAnAction()
    {
        var rec = corpus.Unit("family-y/rec-3.2");
        Assert.Contains("for a strategy discussion, to consider initiating or planning whether a Section 47", rec.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Response Plan", rec.Text, StringComparison.Ordinal);
        var actions = corpus.Review("family-y").Units.Where(u => u.RecommendationId == "family-y/rec-8.2").ToList();
        Assert.Equal(4, actions.Count);
        Assert.All(actions, a => Assert.Equal("8.2.1", a.Number));
    }

    [Fact]
    public void FamilyY_ShouldReadARecommendationWrittenAsABoldNumberInsideABullet()
    {
        var rec = corpus.Unit("family-y/rec-1.2");
        Assert.StartsWith("Before closure of a referral", rec.Text);
        Assert.Equal("Governance and supervision", rec.Heading);
    }

    [Fact]
    public void Cqc_ShouldLinkAFindingToTheRecommendationCitedOnTheNextLine()
    {
        var finding = corpus.Unit("cqc-derby-2015/finding-2.8");
        Assert.Equal(UnitKind.Finding, finding.Kind);
        Assert.Equal("cqc-derby-2015/rec-2.1", finding.RecommendationId);
        Assert.Equal("cqc-derby-2015/rec-4.8", corpus.Unit("cqc-derby-2015/finding-5.3.3").RecommendationId);
    }

    [Fact]
    public void Cqc_ShouldAddressEachRecommendationToTheBodiesNamedAboveIt()
    {
        var rec = corpus.Unit("cqc-derby-2015/rec-4.8");
        Assert.StartsWith("Strengthen supervision practice for all healthcare staff", rec.Text);
        Assert.Equal(["Southern Derbyshire Clinical Commissioning Group", "Derby Teaching Hospitals NHS Foundation Trust", "Derbyshire Healthcare NHS Foundation Trust"], rec.Agencies);
    }

    [Fact]
    public void EveryUnit_ShouldCarryItsSourceLinesAndAUniqueId()
    {
        var units = corpus.Result.Reviews.SelectMany(r => r.Units).ToList();
        Assert.Equal(units.Count, units.Select(u => u.Id).Distinct().Count());
        Assert.All(units, u => Assert.True(u.Lines.First >= 1 && u.Lines.Last >= u.Lines.First));
        Assert.All(units.Where(u => u.Kind == UnitKind.Action), u => Assert.NotNull(u.RecommendationId));
    }

    [Fact]
    public void TheManifest_ShouldWinOverWhatTheDocumentSays()
    {
        var an09 = corpus.Review("an09").Review;
        Assert.Equal(2010, an09.Year);
        Assert.Equal("manifest", an09.MetadataSources["year"]);
        Assert.Equal("Nottinghamshire Safeguarding Children Board", an09.Partnership);
    }
}
