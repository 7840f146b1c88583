using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// A local review's recommendations and agency responses as a table, then a later section of further responses. An
/// action that says it "also answers R3", or that "Recommendations 1 and 4 are being met by one action", answers each, and a paragraph that opens "In response to R4," is a
/// response to R4: a trainer counting what was done about each recommendation must find them there.
/// </summary>
public sealed class AnswersNamedInTheirOwnWordsTests
{
    private const string Review = """
        Brackmoor Safeguarding Children Partnership
        Local Child Safeguarding Practice Review: Child P

        1. Introduction

        This review was commissioned by the safeguarding partners after Child P, aged two, was admitted to hospital having swallowed her mother's prescribed medication. It looks at the help the family received in the eighteen months before.

        2. Background

        Child P lived with her mother, her brother, aged nine, and for part of the period her mother's partner. Her mother was receiving treatment from the recovery service and the family was supported by early help for six months.

        3. Findings

        Finding 1: Safe storage of medication was discussed when treatment began and never again, although a baby had since joined the household.

        Finding 2: The early help plan was closed when school attendance improved, although the family's other needs had not changed.

        Finding 3: Nobody spoke to Child P's brother on his own about home life.

        4. Recommendations and agency responses

        Rec	Recommendation	Lead agency	Action agreed	Target date	RAG
        R1	Brackmoor Community Health should ensure that health visitors discuss every concern about a parent's presentation in safeguarding supervision.	Brackmoor Community Health	Supervision policy revised and an audit of twenty records planned.	March 2027	Amber
        R2	The partnership should make sure that when an early help plan is closed, the needs of every child in the family are considered.	Brackmoor Early Help	Early help closure form revised to ask about each child; this action also answers R3.	January 2027	Green
        R3	Practitioners in all agencies should speak to brothers and sisters on their own when a family is assessed.	Brackmoor Early Help			Green
        R4	The partnership should share the learning from this review with GPs and community pharmacists.	Partnership Business Unit	Recommendations 1 and 4 are being met by one action: a seven-minute briefing issued in October 2026.	October 2026	Green

        5. Additional responses

        In response to R4, the Brackmoor Primary Care Network has told the partnership that practices will now record when a parent in the household is prescribed an opioid substitute.

        6. Conclusion

        The partnership will report on progress to its executive every quarter.
        """;

    private static ExtractedReview Extract() => new ReviewExtractor().Extract(DocumentText.FromText("lcspr-child-p.txt", Review));

    private static List<string?> Answered(ExtractedReview review, string words) =>
        review.Units.Where(u => u.Kind == UnitKind.Action && u.Text.Contains(words, StringComparison.Ordinal))
            .Select(a => a.RecommendationId is null ? null : review.Units.Single(u => u.Id == a.RecommendationId).Number).ToList();

    [Fact]
    public void AnActionThatSaysItAlsoAnswersALaterRecommendation_ShouldAnswerBoth() =>
        Assert.Equal(["R2", "R3"], Answered(Extract(), "Early help closure form revised"));

    [Fact]
    public void ARowSayingItMeetsTwoRecommendations_ShouldAnswerBoth() =>
        Assert.Equal(["R4", "R1"], Answered(Extract(), "are being met by one action"));

    [Fact]
    public void AParagraphOpeningInResponseToARecommendation_ShouldBeAResponseToIt_NotARecommendation()
    {
        var review = Extract();
        Assert.Equal(["R4"], Answered(review, "practices will now record"));
        Assert.Equal(["R1", "R2", "R3", "R4"], review.Units.Where(u => u.Kind == UnitKind.Recommendation).Select(u => u.Number));
    }
}
