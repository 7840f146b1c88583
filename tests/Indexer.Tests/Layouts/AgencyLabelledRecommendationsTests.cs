using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// A joint review that sets each recommendation out in a block: "Agency: ..." over "Recommendation N: ..." and the
/// agency's "Response: ...", the same "Agency:" line printed again over the next block for that agency. A board chair
/// filtering by agency must find each recommendation under the agency the review addressed it to, and its response too.
/// </summary>
public sealed class AgencyLabelledRecommendationsTests
{
    private const string Review = """
        Saltmarsh Community Safety Partnership and Saltmarsh Safeguarding Children Partnership
        Joint Domestic Homicide Review and Child Safeguarding Practice Review

        4. Recommendations and agency responses

        Agency: Saltmarsh Constabulary
        Recommendation 1: The police should link repeat incidents involving the same victim and perpetrator.
        Response: Accepted. A repeat victim marker is now shown to officers.

        Agency: Saltmarsh Constabulary
        Recommendation 2: The police should refer to MARAC any case with three incidents in twelve months.
        Recommendation 3: The police should record the names of all children in the household at every incident.
        Response: Both recommendations are accepted. The referral criteria and the attendance form have been changed.

        Agency: Estuary Primary Care Network
        Recommendation 4: GP practices in the network should record the names of children in the household of a patient who discloses abuse.
        Response: The network accepts this recommendation and has added a template to every practice's system.
        """;

    private static ExtractedReview Extract() => new ReviewExtractor().Extract(DocumentText.FromText("joint-review-agency-blocks.txt", Review));

    [Fact]
    public void ARecommendationUnderAnAgencyLabel_ShouldBeForThatAgency_WhateverItsSentenceSaysFirst()
    {
        var review = Extract();
        Assert.Equal(["Saltmarsh Constabulary"], review.Recommendation("1").Agencies);
        Assert.Equal(["Estuary Primary Care Network"], review.Recommendation("4").Agencies);
    }

    [Fact]
    public void TheAgencyLabelPrintedAgain_ShouldStillNameTheAgency_NotBeDroppedAsAPageHeader()
    {
        var review = Extract();
        Assert.Equal(["Saltmarsh Constabulary"], review.Recommendation("2").Agencies);
        Assert.Equal(["Saltmarsh Constabulary"], review.Recommendation("3").Agencies);
    }

    [Fact]
    public void OneResponseToTwoRecommendationsForTheSameAgency_ShouldBeThatAgencysActionOnBoth()
    {
        var review = Extract();
        Assert.Equal(["2", "3"], review.Answered("Both recommendations are accepted"));
        Assert.All(review.Units.Where(u => u.Text.StartsWith("Both recommendations", StringComparison.Ordinal)),
            a => Assert.Equal(["Saltmarsh Constabulary"], a.Agencies));
    }
}
