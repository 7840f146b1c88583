using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// A thematic review across several children: per theme "What we found" and "What we recommend", each recommendation
/// labelled with whom it is for ("Recommendation 2 (for Severnside Police):"), one of them in lettered parts that a
/// response later cites on their own ("accepts Recommendations 2(b) and 3"), then "How partners have responded" as
/// bullets that open with the partner. A trainer looking for what the police did about recommendation 2(b) must find it there.
/// </summary>
public sealed class ThematicReviewTests
{
    private const string Review = """
        Easterholt Safeguarding Children Partnership
        Thematic Child Safeguarding Practice Review: Babies Who Are Not Yet Mobile

        Theme 1: Seeing a bruise as a warning sign

        What we found

        Finding 1.1: In three of the four babies the professional who saw a bruise accepted the parent's explanation without a second opinion.

        What we recommend

        Recommendation 1 (for Easterholt Hospitals NHS Trust): When a paediatrician concludes that a bruise has an innocent explanation, the reasoning should be written down and shared with the GP.

        Theme 2: Fathers and other men in the household

        What we found

        Finding 2.1: For three of the babies the man caring for the baby was not named in any health record.

        What we recommend

        Recommendation 2 (for Severnside Police): The police should make sure that when they share information about a man with a history of violence:
        (a) they say whether he is known to live with a baby under one;
        (b) the health visitor for that baby is told on the same day.

        Recommendation 3 (for Easterholt Community Health NHS Trust): Health visitors should record the name of every adult in the household at the new birth visit.

        How partners have responded

        - Easterholt Hospitals NHS Trust: accepts Recommendation 1 and has added a reasoning section to the paediatric bruising template.
        - Severnside Police: accepts Recommendations 2(b) and 3 and now copies every notice about a baby under one to the health visitor.
        - Easterholt Community Health NHS Trust: has changed its new birth template so that every adult in the household is named.
        """;

    private static ExtractedReview Extract() => new ReviewExtractor().Extract(DocumentText.FromText("thematic-babies.txt", Review));

    [Fact]
    public void ARecommendationLabelledWithWhomItIsFor_ShouldCarryThatAgency()
    {
        var review = Extract();
        var first = review.Units.Single(u => u.Kind == UnitKind.Recommendation && u.Number == "1");
        Assert.Equal(["Easterholt Hospitals NHS Trust"], first.Agencies);
        Assert.StartsWith("When a paediatrician concludes", first.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void LetteredPartsAResponseCitesOnTheirOwn_ShouldEachBeARecommendation()
    {
        var review = Extract();
        Assert.Contains(review.Units, u => u.Kind == UnitKind.Recommendation && u.Number == "2a");
        Assert.Contains(review.Units, u => u.Kind == UnitKind.Recommendation && u.Number == "2b");
        Assert.Equal(["2b", "3"], review.Answered("now copies every notice"));
    }

    [Fact]
    public void APartnersBulletNamingNoRecommendation_ShouldAnswerTheOneAddressedToThatPartner_NotTheOneTheBulletBeforeNamed() =>
        Assert.Equal(["3"], Extract().Answered("has changed its new birth template"));
}
