using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// A local practice review: "Finding N:" paragraphs, a table of recommendations and agency responses, then more
/// sections of the report, with a footer on every page that carries its page number in a cell of its own.
/// </summary>
public sealed class FindingsThenRecommendationsTableTests
{
    private const string Review = """
        Brookfield Safeguarding Children Partnership
        Local Child Safeguarding Practice Review: Child S

        BSCP - Child S LCSPR - OFFICIAL	Page 1 of 3

        1. Why this review was carried out

        Child S, aged two, was taken to hospital after swallowing methadone kept in the family home. The review looked at the eighteen months before, at what each agency knew of the household and of the medication kept there, and at how the agencies worked together once early help was closed.

        The review was led by an independent reviewer with a panel of senior managers from health, children's social care, the police and the recovery service, and it heard from the practitioners who knew the family.

        2. Findings

        Finding 1: Safe storage of medication was discussed at the start of treatment and not again. Nobody asked where the lockbox was kept once the family moved.

        Finding 2: Take-home doses were increased without hearing from the health visitor.

        BSCP - Child S LCSPR - OFFICIAL	Page 2 of 3

        3. Recommendations and agency responses

        Rec	Recommendation	Lead agency	Action agreed	Target date	RAG
        R1	Brookfield Recovery Service should review safe storage agreements with every service user who has a child at home.	Brookfield Recovery Service	Storage agreements reviewed at every prescription change.	March 2025	Green
        R2	Prescribers should seek the health visitor's view before increasing take-home doses.	Brookfield Recovery Service	Dosing change form now asks for the health visitor's view.	June 2025	Amber

        BSCP - Child S LCSPR - OFFICIAL	Page 3 of 3

        4. Conclusion

        The findings were shared with the family before the review was published.
        """;

    [Fact]
    public void TheFindings_ShouldNotBeLost_WhenTheReportGoesOnAfterItsTable()
    {
        var review = new ReviewExtractor(rulesOnly: true).Extract(DocumentText.FromText("child-s.txt", Review));

        Assert.Equal(["1", "2"], review.Units.Where(u => u.Kind == UnitKind.Finding && u.Number is not null).Select(u => u.Number));
        Assert.Equal(["R1", "R2"], review.Units.Where(u => u.Kind == UnitKind.Recommendation).Select(u => u.Number));
        Assert.Equal(2, review.Units.Count(u => u.Kind == UnitKind.Action));
    }
}
