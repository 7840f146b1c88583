using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// A partnership's or committee's response that says which recommendations it accepts: all of them in one paragraph,
/// those a heading names in an appendix summarising the board's response, or those a sentence names before it lists
/// the agreed actions; and an action plan appendix that repeats each recommendation's label over its SMART actions.
/// </summary>
public sealed class ResponsesAcceptingRecommendationsTests
{
    private static ExtractedReview Extract(string text) =>
        new ReviewExtractor().Extract(DocumentText.FromText("review.txt", text));

    private static List<string> AnsweredBy(ExtractedReview review, string textStart) =>
        review.Units.Where(u => u.Kind == UnitKind.Action && u.Text.StartsWith(textStart, StringComparison.Ordinal))
            .Select(u => review.Units.Single(r => r.Id == u.RecommendationId).Number!).ToList();

    [Fact]
    public void AResponseAcceptingAllTheRecommendations_ShouldAnswerEachOfThem()
    {
        var review = Extract("""
            Strathglen Child Protection Committee

            Learning Review: Child D

            1. Introduction

            This Learning Review concerns Child D, a thirteen-year-old girl who was exploited while missing from a children's house.
            The review team read the records of every agency that knew her and spoke with her mother and her carers.

            2. Recommendations

            (a) The Committee should agree a single return interview for children missing from care.

            (b) NHS Strathglen should ensure that sexual health staff ask about exploitation.

            (c) Police Scotland should share missing person reports with the named person within a day.

            3. Response of the Chief Officers' Group

            The Chief Officers' Group received the review in May 2025 and accepted all of its recommendations. Progress will be reported to the Committee every six months.
            """);

        Assert.Equal(["a", "b", "c"], AnsweredBy(review, "The Chief Officers' Group received the review"));
        Assert.All(review.Units.Where(u => u.Kind == UnitKind.Action), a => Assert.Equal(["Chief Officers Group"], a.Agencies));
    }

    [Fact]
    public void ASummaryOfTheBoardsResponseInAnAppendix_ShouldHeadResponsesToTheRecommendationsItNames()
    {
        var review = Extract("""
            Child Practice Review: Child H

            Practice and organisational learning

            Learning point 1

            Practitioners did not share an understanding of who was living in the household.

            Improving Systems and Practice

            Recommendation 1

            The Regional Safeguarding Children Board should ensure that core group templates confirm household membership.

            Recommendation 2

            Nantlle University Health Board should apply its Was Not Brought policy to children on the register.

            Recommendation 3

            The Board should commission training on disguised compliance.

            Appendix 2: Summary of Board Response

            Response to Recommendations 2 and 3

            Nantlle University Health Board has amended its Was Not Brought policy and commissioned the training jointly with the regional unit.
            """);

        Assert.Equal(["2", "3"], AnsweredBy(review, "Nantlle University Health Board has amended"));
        Assert.Equal(["1", "2", "3"], review.Units.Where(u => u.Kind == UnitKind.Recommendation).Select(u => u.Number));
    }

    [Fact]
    public void AResponseNamingTheRecommendationsItAcceptsBeforeItsActions_ShouldNotMakeTheActionsRecommendations()
    {
        var review = Extract("""
            Dunmore Safeguarding Children Partnership

            Local Child Safeguarding Practice Review: Ellie

            Findings and recommendations

            Finding 1: Ellie's role as a young carer was known to adult services but not seen as a safeguarding matter

            Adult mental health services recorded that Ellie stayed home from school when her father was unwell.

            Recommendation 1a: Dunmore Mental Health NHS Trust should ensure that every adult care plan records the children in the household.

            Recommendation 1b: The Partnership should develop a protocol for young carers whose parents are seriously ill.

            Partnership response

            The safeguarding partners accept recommendations 1a and 1b. The following actions have been agreed:

            - Dunmore Mental Health NHS Trust has added a "Think Family" section to its care plan template.

            - The Partnership has set up a working group to write the young carers protocol by October 2025.

            Finding 2: School staff did not know about Ellie's caring role

            Ellie's attendance fell to 80 per cent in Year 7 and nobody at the school knew why.

            Recommendation 2: Dunmore Council should ensure that schools are told when a pupil is identified as a young carer.
            """);

        Assert.Equal(["1a", "1b", "2"], review.Units.Where(u => u.Kind == UnitKind.Recommendation).Select(u => u.Number));
        Assert.Equal(["1a", "1b"], AnsweredBy(review, "The safeguarding partners accept recommendations 1a and 1b."));
        Assert.Contains("1a", AnsweredBy(review, "Dunmore Mental Health NHS Trust has added"));
    }

    [Fact]
    public void AnActionPlanAppendixRepeatingEachRecommendationsLabel_ShouldGiveItsSmartActionsWithTheirFields()
    {
        var review = Extract("""
            Child Practice Review: Child S

            Brief outline of circumstances

            Child S was three years old when she was admitted to hospital with burns, four months after she was removed from
            the child protection register. The review covers the year before her admission.

            Practice and organisational learning

            Learning point 1

            Practitioners did not check who was living in the household when the child was removed from the register.

            Learning point 2

            Domestic abuse notifications from another force area reached children's services weeks after the incidents.

            Improving Systems and Practice

            Recommendation 1
            The Regional Safeguarding Board should agree a step-down standard for children removed from the register.

            Recommendation 2
            Afon Dyfi Police should share domestic abuse notifications from other force areas within a day.

            Appendix 1: Child Practice Review Action Plan

            Recommendation 1

            SMART action: Develop and publish a regional step-down protocol with a named lead and a review at three months.
            Lead agency: Afon Dyfi Regional Safeguarding Board
            Lead officer: Regional Safeguarding Manager
            Timescale: March 2026
            RAG status: Green

            Recommendation 2

            SMART action: Agree a protocol with neighbouring forces for passing on domestic abuse notifications.
            Lead agency: Afon Dyfi Police
            Timescale: June 2026
            RAG status: Red
            """);

        Assert.Equal(["1", "2"], review.Units.Where(u => u.Kind == UnitKind.Recommendation).Select(u => u.Number));
        Assert.Equal(["1"], AnsweredBy(review, "Develop and publish a regional step-down protocol"));
        var second = review.Units.Single(u => u.Text.StartsWith("Agree a protocol with neighbouring forces", StringComparison.Ordinal));
        Assert.Equal(["2"], AnsweredBy(review, "Agree a protocol with neighbouring forces"));
        Assert.Equal(["Afon Dyfi Police"], second.Agencies);
        Assert.Equal("Red", second.Status);
        Assert.Equal(["June 2026"], second.Dates);
        var first = review.Units.Single(u => u.Text.StartsWith("Develop and publish", StringComparison.Ordinal));
        Assert.Equal("Regional Safeguarding Manager", first.Details.Single(d => d.Label == "Lead officer").Text);
    }

    [Fact]
    public void AResponseAnsweringSeveralRecommendationsWithAgencyBullets_ShouldGiveEachAgencyItsActionOnEveryOneOfThem()
    {
        var review = Extract("""
            Child Safeguarding Practice Review: Baby T

            1. Introduction

            Baby T was seven weeks old when she was taken to hospital with a skull fracture. The review looked at the year before.

            2. Recommendations

            Recommendation 1

            The Partnership should make sure that every agency asks who lives in a new baby's home.

            Recommendation 2

            The Partnership should work with children's social care and the leaving care service to:

            (a) share a pregnant care leaver's pathway plan with her midwife; and

            (b) invite personal advisers to pre-birth planning meetings.

            Recommendation 3

            The Partnership should check that practitioners know the protocol for bruising in babies who are not yet mobile.

            3. Partnership response

            Response to Recommendations 1 and 3

            The Partnership has agreed a household practice standard, which is supported by the following agency actions:

            - Kestrel Maternity Services have added questions about other adults in the home to the booking appointment.
            - Kestrelshire Constabulary has agreed to tell the named midwife when officers learn that a woman they support is pregnant.

            Response to Recommendations 2(a) and 2(b)

            The leaving care service has agreed a protocol with maternity services for sharing pathway plans and has invited personal advisers to every pre-birth meeting.
            """);

        Assert.Equal(["1", "2a", "2b", "3"], review.Units.Where(u => u.Kind == UnitKind.Recommendation).Select(u => u.Number));
        Assert.Equal(["1", "3"], AnsweredBy(review, "The Partnership has agreed a household practice standard"));
        Assert.Equal(["1", "3"], AnsweredBy(review, "Kestrel Maternity Services have added"));
        Assert.Equal(["1", "3"], AnsweredBy(review, "Kestrelshire Constabulary has agreed"));
        Assert.All(review.Units.Where(u => u.Text.StartsWith("Kestrelshire Constabulary", StringComparison.Ordinal)), a => Assert.Equal(["Kestrelshire Constabulary"], a.Agencies));
        Assert.Equal(["2a", "2b"], AnsweredBy(review, "The leaving care service has agreed a protocol"));
    }
}
