using LearningSearch.Index.Units;
using LearningSearch.Indexer.Corpus;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Extraction;

/// <summary>Documents written for the tests in the five layouts, so that layouts are shown to work by their features, not by file.</summary>
public sealed class NewDocumentTests
{
    private static ExtractedReview Extract(string text, string file = "new-review.txt") =>
        new ReviewExtractor().Extract(DocumentText.FromText(file, text));

    [Fact]
    public void ANewActionPlanTable_ShouldYieldRecommendationsActionsAgenciesAndStatus()
    {
        var review = Extract("""
            Sandford Safeguarding Children Partnership
            Rapid review action plan

            No.	Recommendation	Lead agency	Action	Target date	RAG
            1	Health visitors should follow up every child not brought to a developmental check.	Sandford NHS Trust	Audit of was not brought follow-up in health visiting.	March 2024	Green
            		Sandford NHS Trust	Was Not Brought policy relaunched to all health visitors.	June 2024	Amber
            2	Children's social care should seek the views of fathers in every assessment.	Sandford City Council	Assessment template updated to include fathers and male carers.	April 2024	Red
            """);

        Assert.Equal("ActionPlanTableLayout", review.Review.Layout);
        Assert.Equal(2, review.Count(UnitKind.Recommendation));
        var actions = review.Units.Where(u => u.RecommendationId == "sandford-safeguarding-children-partnership/rec-1" || u.RecommendationId?.EndsWith("/rec-1", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(2, actions.Count);
        Assert.Equal(["Green", "Amber"], actions.Select(a => a.Status));
        Assert.All(actions, a => Assert.Equal(["Sandford NHS Trust"], a.Agencies));
        Assert.Contains("June 2024", actions[1].Dates);
    }

    [Fact]
    public void ANewLetteredReview_ShouldTakeTheFirstParagraphAsTheRecommendationAndTheRestAsActions()
    {
        var review = Extract("""
            Westshire Safeguarding Children Partnership

            Recommendation A

            The Partnership should seek assurance that the escalation policy is understood by all agencies.

            Westshire County Council has relaunched its escalation policy with briefings for all teams.

            The briefings were attended by 240 practitioners.

            Recommendation B

            Agencies should ensure that the voice of the child is recorded in every assessment.

            Westshire Constabulary now records the child's account in every domestic abuse notification.
            """);

        Assert.Equal("RecommendationHeadingLayout", review.Review.Layout);
        Assert.Equal(["A", "B"], review.Units.Where(u => u.Kind == UnitKind.Recommendation).Select(u => u.Number));
        var actionsOfA = review.Units.Where(u => u.Kind == UnitKind.Action && u.RecommendationId!.EndsWith("rec-a", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, actionsOfA.Count);
        Assert.All(actionsOfA, a => Assert.Equal(["Westshire County Council"], a.Agencies));
    }

    [Fact]
    public void ANewNumberedResponsePlan_ShouldReadResponsesAsActions()
    {
        var review = Extract("""
            1. Supervision

            1.1. All agencies should ensure practitioners receive regular reflective safeguarding supervision.

            1.1.1. Response

            - Supervision policy refreshed and audited quarterly.
            - Group reflective supervision introduced for health visitors.

            2. Information sharing

            2.1. Discharge summaries must be shared with the health visitor within two working days.

            2.1.1. Response

            - Maternity discharge process updated.
            """);

        Assert.Equal("NumberedResponsePlanLayout", review.Review.Layout);
        Assert.Equal(["1.1", "2.1"], review.Units.Where(u => u.Kind == UnitKind.Recommendation).Select(u => u.Number));
        Assert.Equal(3, review.Count(UnitKind.Action));
        Assert.Equal("Information sharing", review.Units.Single(u => u.Number == "2.1").Heading);
    }

    [Fact]
    public void ANewInspectionReport_ShouldLinkFindingsToTheRecommendationsTheyCite()
    {
        var review = Extract("""
            Joint targeted area inspection of the multi-agency response to neglect

            Findings

            1.1 Health visitors in the area do not always follow up children who are not brought to appointments. (Recommendation 2.1)

            1.2 Supervision of school nurses is irregular and not recorded in the child's record, which leaves gaps.
            (Recommendation 1.1)

            Recommendations

            1. Sandford ICB should:

            - 1.1 Ensure supervision of school nurses is recorded.

            2. Sandford NHS Trust should:

            - 2.1 Ensure children who are not brought are followed up.
            """);

        Assert.Equal("InspectionReportLayout", review.Review.Layout);
        Assert.Equal(2, review.Count(UnitKind.Recommendation));
        var finding = review.Units.Single(u => u.Number == "1.2");
        Assert.Equal(UnitKind.Finding, finding.Kind);
        Assert.EndsWith("/rec-1.1", finding.RecommendationId);
    }

    [Fact]
    public void ADocumentInAnUnknownLayout_ShouldStillYieldFindingsWithAWarningNamingTheFile()
    {
        var review = Extract("""
            Thoughts from a learning event

            Practitioners told us that caseloads were too high to allow home visits.

            They also said that they did not know how to escalate concerns.
            """, "learning-event-notes.txt");

        Assert.Equal("ParagraphFallbackLayout", review.Review.Layout);
        Assert.Equal(2, review.Count(UnitKind.Finding));
        Assert.Contains(review.Warnings, w => w.Contains("learning-event-notes.txt", StringComparison.Ordinal) && w.Contains("no known layout", StringComparison.Ordinal));
    }

    [Fact]
    public void AFileWithOnlyHeadings_ShouldYieldNoUnitsAndSaySo()
    {
        var review = Extract("Contents\n\nIntroduction\n\nRecommendations\n");
        Assert.Empty(review.Units);
        Assert.Contains(review.Warnings, w => w.Contains("no recommendation, action or finding", StringComparison.Ordinal));
    }

    [Fact]
    public void ACorpusWithEmptyAndBinaryFiles_ShouldSkipThemByNameAndReadTheRest()
    {
        var folder = Directory.CreateTempSubdirectory("ls-corpus-").FullName;
        try
        {
            File.Copy(Path.Combine(SampleCorpus.FindCorpus(), "derby-derbyshire-lcspr-rds20-action-plan.txt"), Path.Combine(folder, "rds20.txt"));
            File.WriteAllText(Path.Combine(folder, "empty.txt"), "");
            File.WriteAllBytes(Path.Combine(folder, "junk.txt"), Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256)).ToArray());
            File.WriteAllText(Path.Combine(folder, "headings-only.txt"), "Contents\n\nIntroduction\n");
            File.WriteAllText(Path.Combine(folder, "notes.xyz"), "not a review format");

            var result = new CorpusReader(new ReviewExtractor()).ReadAll(folder);

            Assert.Single(result.Reviews);
            Assert.Equal(5, result.Reviews[0].Count(UnitKind.Recommendation));
            Assert.Equal(["empty.txt", "headings-only.txt", "junk.txt", "notes.xyz"], result.Skipped.Select(s => s.SourceFile).Order(StringComparer.Ordinal));
            Assert.Contains("empty", result.Skipped.Single(s => s.SourceFile == "empty.txt").Reason, StringComparison.Ordinal);
            Assert.Contains("binary", result.Skipped.Single(s => s.SourceFile == "junk.txt").Reason, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>Agencies the directory does not list are named as the document names them.</summary>
public sealed class UnknownAgencyTests
{
    [Fact]
    public void AForceTheDirectoryDoesNotKnow_ShouldKeepItsOwnName()
    {
        var mentions = LearningSearch.Indexer.Agencies.AgencyDirectory.Default.FindMentions("Westshire Constabulary now records the child's account.");
        Assert.Equal("Westshire Constabulary", mentions.Single().Name);
    }

    [Theory]
    [InlineData("Ravensholt Community Health has added the bruising protocol to its training.", "Ravensholt Community Health")]
    [InlineData("Westfell Primary Care Network has circulated a reminder to all GP practices.", "Westfell Primary Care Network")]
    [InlineData("The Chief Officers' Group accepted the review.", "Chief Officers Group")]
    public void ACommunityHealthProviderAPrimaryCareNetworkOrAChiefOfficersGroup_ShouldBeNamedAsTheDocumentNamesIt(string sentence, string agency)
    {
        Assert.Equal(agency, LearningSearch.Indexer.Agencies.AgencyDirectory.Default.LeadAgency(sentence));
    }
}
