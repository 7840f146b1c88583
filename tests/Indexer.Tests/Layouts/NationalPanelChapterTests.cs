using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// The recommendations chapter of a national thematic review: numbered paragraphs introducing the chapter, lettered
/// findings "in brief", recommendations to government departments (one "working with" another body), a list of what the
/// Panel expects local partners to do, and the departments' responses, each labelled with who answers and which
/// recommendations. A trainer searching the Panel's asks of local partners must find each one, addressed to its sector,
/// and a board chair must see each department's answer under every recommendation it answers.
/// </summary>
public sealed class NationalPanelChapterTests
{
    private const string Chapter = """
        Child Safeguarding Practice Review Panel

        Unseen in the Car Seat: a thematic review of infants travelling with unsafe adults

        Chapter 5: What needs to change

        5.1 This chapter sets out the Panel's recommendations, drawn from the eleven reviews we examined.

        5.2 We have addressed our recommendations to the national bodies that can make the changes needed.

        Our findings in brief

        (a) Practitioners rarely asked who drove the baby to appointments or who else travelled with the family.

        (b) Local procedures on risky adults did not mention short stays by visiting relatives.

        Recommendations to government

        Recommendation 1: The Department for Transport, working with the Department for Education, should publish advice for parents on who may safely drive an infant.

        Recommendation 2: The Department for Education should name visiting adults as a factor to consider in the statutory guidance on assessment.

        What we expect local partners to do

        We expect safeguarding partners to act on these now. In particular:

        - Integrated care boards should remind GP practices to ask about every adult who cares for a new baby.
        - Local authority children's services should make sure that assessments record short-stay visitors.
        - Schools and colleges should tell the designated safeguarding lead when a pupil mentions a new adult at home.

        Responses received before publication

        Department for Education (Recommendations 1 and 2): The Department accepts both recommendations and will revise the guidance in 2027.

        Department for Transport (Recommendation 1): The Department will publish the advice with the next road safety campaign.
        """;

    private static ExtractedReview Extract() => new ReviewExtractor().Extract(DocumentText.FromText("panel-chapter.txt", Chapter));

    [Fact]
    public void ParagraphsIntroducingTheChapter_ShouldNotBeRecommendations()
    {
        var recommendations = Extract().Units.Where(u => u.Kind == UnitKind.Recommendation).ToList();
        Assert.DoesNotContain(recommendations, u => u.Text.StartsWith("This chapter", StringComparison.Ordinal) || u.Text.StartsWith("We have addressed", StringComparison.Ordinal));
    }

    [Fact]
    public void FindingsInBrief_ShouldBeFindings()
    {
        var review = Extract();
        Assert.Equal(UnitKind.Finding, review.Units.Single(u => u.Text.StartsWith("Practitioners rarely asked", StringComparison.Ordinal)).Kind);
        Assert.Equal(["1", "2"], review.Units.Where(u => u.Kind == UnitKind.Recommendation && u.Number is not null).Select(u => u.Number));
    }

    [Fact]
    public void ARecommendationWorkingWithAnotherBody_ShouldBeAddressedToItsSubjectAlone()
    {
        Assert.Equal("Department for Transport", Extract().Units.Single(u => u.Kind == UnitKind.Recommendation && u.Number == "1").Agency);
    }

    [Fact]
    public void WhatThePanelExpectsLocalPartnersToDo_ShouldBeRecommendationsToEachSector()
    {
        var asks = Extract().Units.Where(u => u.Kind == UnitKind.Recommendation && u.Number is null).ToList();
        Assert.Equal(["Integrated care boards", "Local authority children's services", "Schools and colleges"], asks.Select(u => u.Agency));
    }

    [Fact]
    public void ADepartmentsLabelledResponse_ShouldAnswerEveryRecommendationItNames()
    {
        var review = Extract();
        var number = review.Units.Where(u => u.Kind == UnitKind.Recommendation).ToDictionary(u => u.Id, u => u.Number);
        var answers = review.Units.Where(u => u.Kind == UnitKind.Action).Select(u => (u.Agency, Number: number[u.RecommendationId!], Opening: u.Text[..14])).ToList();
        Assert.Equal([("Department for Education", "1", "The Department"), ("Department for Education", "2", "The Department"), ("Department for Transport", "1", "The Department")],
            answers.OrderBy(a => a.Agency).ThenBy(a => a.Number));
    }
}
