using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// A partnership's annual learning log: one entry per review ("Entry 1", "Entry 2"), each with "Learning",
/// "Recommendations" (R1, R2, numbered again in each entry), "Action" and "Impact", and a closing table of each entry's
/// status whose rows begin with the entry's number. A board chair must find what was done under each entry's
/// recommendations, and the status table must not be taken for an action plan that hides the log.
/// </summary>
public sealed class AnnualLearningLogTests
{
    private const string Log = """
        Ashdale Safeguarding Children Partnership
        Annual Learning Log 2024-25

        Entry 1

        Learning
        Safe sleep advice was generic and was not repeated when the family's circumstances changed.

        Recommendations
        R1 Ashdale Maternity Services should make safe sleep conversations specific to each family.
        R2 The Partnership should ask the recovery service to ask about babies' sleeping arrangements.

        Action
        Ashdale Maternity Services replaced its safe sleep leaflet with a guided conversation tool in September 2024.

        Impact
        A dip sample of forty postnatal records found a family-specific conversation recorded in thirty-four.

        Entry 2

        Learning
        Professionals became used to the conditions in the home and described it as improving for four years.

        Recommendations
        R1 Agencies should use the neglect toolkit at the start of every plan and at each review.

        Action
        Children's Social Care made the neglect toolkit a mandatory step in the child protection workflow.

        Summary of entries

        Entry	Type	Status at 31 March 2025
        1	Rapid review	Closed – impact shown
        2	LCSPR	Open – repeat toolkit use below target
        """;

    [Fact]
    public void ActionsAndImpactUnderAnEntry_ShouldAnswerThatEntrysRecommendations()
    {
        var review = new ReviewExtractor().Extract(DocumentText.FromText("learning-log.txt", Log));
        Assert.Equal("SectionedReportLayout", review.Review.Layout);
        var byId = review.Units.ToDictionary(u => u.Id);
        var answered = review.Units.Where(u => u.Kind == UnitKind.Action).Select(u => (u.Text[..18], byId[u.RecommendationId!].Text[..18])).ToList();
        Assert.Contains(("Ashdale Maternity ", "Ashdale Maternity "), answered);
        Assert.Contains(answered, a => a.Item1 == "A dip sample of fo"); // the impact answers one of entry 1's recommendations
        Assert.Contains(("Children's Social ", "Agencies should us"), answered);
        Assert.Equal(3, review.Units.Count(u => u.Kind == UnitKind.Recommendation));
        Assert.Equal(3, answered.Count); // the summary's rows are not actions
    }
}
