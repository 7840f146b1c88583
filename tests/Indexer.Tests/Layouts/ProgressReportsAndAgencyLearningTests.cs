using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// Three ways partnerships report what was done, met in the twelfth blind set: a quarterly progress report to the board
/// (each recommendation under its heading, a "Lead:" line, "Q1 update (June 2026):" paragraphs or a "Quarter | Update |
/// RAG" table); a learning review in questions and answers, whose "What are we going to do?" items are agencies'
/// actions; and a rapid review's agency table ("Agency | Learning identified | Immediate action taken | Further action |
/// Timescale"), whose learning is each agency's finding and whose actions answer no recommendation.
/// </summary>
public sealed class ProgressReportsAndAgencyLearningTests
{
    private static ExtractedReview Extract(string name, string text) =>
        new ReviewExtractor().Extract(DocumentText.FromText(name, text));

    private static LearningUnit Action(ExtractedReview review, string words) =>
        review.Units.Single(u => u.Kind == UnitKind.Action && u.Text.Contains(words, StringComparison.Ordinal));

    private const string ProgressReport = """
        Tarnmouth Safeguarding Children Partnership
        Report to the Partnership Board: Child Safeguarding Practice Review "Mia", Action Plan Progress, Quarter 2

        1. Purpose of the report

        This report updates the Board on the action plan agreed after the review about Mia, published in March 2026.

        2. Progress against each recommendation

        Recommendation 1

        Tarnmouth Council Education Services should ensure that a meeting is held before any child with a social worker is removed from school roll for home education.

        Lead: Tarnmouth Council Education Services

        Q1 update (June 2026): A draft procedure is out for consultation with headteachers and the parent forum.

        Q2 update (September 2026): A "was not brought" style check has been added for CAMHS referrals of home-educated children.

        RAG: Green

        Recommendation 2: The Tarnmouth Integrated Care Board should ask GP practices to flag the record of any child who is home educated.

        Lead: Tarnmouth Integrated Care Board

        Quarter	Update	RAG
        Q1	Discussions have taken place with the clinical system supplier about a suitable code.	Amber
        Q2	The code has been agreed and practices apply it from October.	Green

        3. Recommendation to the Board

        The Board is asked to:
        (a) note the progress made and the closure of Recommendation 1;
        (b) agree that Recommendation 2 is carried over into next year's business plan.
        """;

    [Fact]
    public void DatedUpdatesUnderARecommendation_ShouldBeItsActions_ReportedByItsLead()
    {
        var review = Extract("progress-mia.txt", ProgressReport);
        Assert.Equal(["1", "2"], review.Units.Where(u => u.Kind == UnitKind.Recommendation).Select(u => u.Number));
        Assert.Equal(["1"], review.Answered("draft procedure is out for consultation"));
        // The update names CAMHS, but the lead reports it.
        Assert.Equal("Tarnmouth Council Education Services", Action(review, "style check has been added").Agency);
    }

    [Fact]
    public void WhatTheBoardIsAskedToDo_ShouldNotBeReadAsTheReviewsRecommendations() =>
        Assert.DoesNotContain(Extract("progress-mia.txt", ProgressReport).Units, u => u.Text.Contains("carried over", StringComparison.Ordinal) || u.Number is "a" or "b");

    [Fact]
    public void AnUpdatesTableUnderARecommendation_ShouldAnswerIt_InItsLeadsName()
    {
        var review = Extract("progress-mia.txt", ProgressReport);
        Assert.Equal(["2"], review.Answered("code has been agreed"));
        Assert.Equal("Tarnmouth Integrated Care Board", Action(review, "Discussions have taken place").Agency);
    }

    private const string QuestionsAndAnswers = """
        Ashgill Safeguarding Children Partnership
        Learning Review: "Sam"

        What happened?

        Sam lived with his mother, who had a long-standing dependence on alcohol, and did most of the caring for his younger sister.

        What did we learn?

        1. Each referral was looked at on its own, and no one looked at the pattern across three years.

        2. Sam was not recognised as a young carer, although he told school staff that he looked after his mother.

        What are we going to do?

        1. Ashgill Council Children's Services will require that a fourth referral within three years is reviewed by a team manager with the whole history.

        2. Ashgill Young Carers will brief school staff on recognising young carers.

        What should you do?

        - Look at the history before you decide.
        """;

    [Fact]
    public void WhatAreWeGoingToDo_ShouldListAgenciesActions_NotMoreFindings()
    {
        var review = Extract("learning-review-sam.txt", QuestionsAndAnswers);
        Assert.Equal(2, review.Units.Count(u => u.Kind == UnitKind.Finding && u.Number is "1" or "2"));
        var actions = review.Units.Where(u => u.Kind == UnitKind.Action).ToList();
        Assert.Equal(["Ashgill Council Children's Services", "Ashgill Young Carers"], actions.Select(a => a.Agency));
        Assert.All(actions, a => Assert.Null(a.RecommendationId));
    }

    private const string RapidReview = """
        Corrowmere Safeguarding Children Partnership
        Rapid Review Record

        Section 1: Case details

        Field	Detail
        Child	Jordan (pseudonym), aged 14
        Date of rapid review meeting	14 October 2026

        Section 2: Summary of the incident

        The child, aged fourteen, was stabbed in a park in the evening. He had been excluded from his first secondary school and had twice been found out of county.

        Section 3: Learning identified by agencies and actions taken

        The table below records what each agency learned, what it has already done and what it intends to do.

        Agency	Learning identified	Immediate action taken	Further action	Timescale
        Corrowmere Police	Two missing episodes were not linked to intelligence about the older young people he was with.	Intelligence has been shared with the exploitation team.	Missing person reviews will include a check against exploitation intelligence.	December 2026
        	A National Referral Mechanism referral was not considered.	A referral has now been made.
        Greythorn Academy	The move from the pupil referral unit did not include a handover of safeguarding information.	The Academy has received the full safeguarding file.	The Corrowmere Education Safeguarding Service to agree a transfer checklist for managed moves.	January 2027
        GP practice	No learning identified. The child had not attended the practice in the period.

        Section 5: Recommendations for the safeguarding partners

        1. The safeguarding partners should commission an audit of children found missing out of area in the last year.

        2. The safeguarding partners should ask schools to report how safeguarding files move with a child.

        Section 6: Safeguarding partners' response

        Response to Recommendations 1 and 2: Both are accepted and will be reported to the Executive in March 2027.
        """;

    [Fact]
    public void AnAgencysLearningInTheTable_ShouldBeItsFinding_AndItsActionsAnswerNoRecommendation()
    {
        var review = Extract("rapid-review-corrowmere.txt", RapidReview);
        var finding = review.Units.Single(u => u.Kind == UnitKind.Finding && u.Text.StartsWith("A National Referral Mechanism", StringComparison.Ordinal));
        Assert.Equal("Corrowmere Police", finding.Agency); // the blank agency cell continues the one above
        Assert.Equal([null], review.Answered("A referral has now been made"));
        Assert.Equal("Corrowmere Police", Action(review, "A referral has now been made").Agency);
        Assert.Equal("Corrowmere Education Safeguarding Service", Action(review, "transfer checklist").Agency);
        Assert.DoesNotContain(review.Units, u => u.Text.StartsWith("No learning identified", StringComparison.Ordinal));
        // The record's case details are not findings.
        Assert.DoesNotContain(review.Units, u => u.Text.Contains("aged 14", StringComparison.Ordinal) || u.Text.Contains("Field", StringComparison.Ordinal));
        Assert.Equal(["1", "2"], review.Units.Where(u => u.Kind == UnitKind.Recommendation).Select(u => u.Number));
    }
}
