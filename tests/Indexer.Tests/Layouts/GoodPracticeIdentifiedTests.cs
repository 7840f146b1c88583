using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// A rapid review's "Good practice identified" heading, the way reviews name what went well: each bullet under it is
/// a finding a trainer can cite on its own, as under "Good practice".
/// </summary>
public sealed class GoodPracticeIdentifiedTests
{
    [Fact]
    public void BulletsUnderGoodPracticeIdentified_ShouldEachBeAFinding()
    {
        var review = new ReviewExtractor().Extract(DocumentText.FromText("rapid-review.txt", """
            Rapid Review: Child N

            Background

            Child N, aged two, was taken to hospital after swallowing methadone at home. Chronologies were provided by every
            agency that knew the family, and the rapid review meeting was chaired by the Partnership's Independent Scrutineer.

            Good practice identified

            - The ambulance crew recognised the possibility of opiate ingestion quickly and gave naloxone.
            - The police and children's social care held a strategy discussion on the same night.

            Recommendations

            R1. The Partnership should ensure that drug services check how medicines are stored in homes with children.
            """));

        var findings = review.Units.Where(u => u.Kind == UnitKind.Finding).Select(u => u.Text).ToList();
        Assert.Contains("The ambulance crew recognised the possibility of opiate ingestion quickly and gave naloxone.", findings);
        Assert.Contains("The police and children's social care held a strategy discussion on the same night.", findings);
    }
}
