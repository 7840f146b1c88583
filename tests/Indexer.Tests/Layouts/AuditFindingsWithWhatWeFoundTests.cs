using LearningSearch.Index.Units;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Layouts;

/// <summary>
/// A multi-agency audit report: "Finding 1: Who is invited" as a title, then "What we found" over the evidence and "What
/// needs to change" over the recommendation. A trainer citing finding 1 must get the evidence under its number, not a
/// title alone and an unnumbered finding beside it.
/// </summary>
public sealed class AuditFindingsWithWhatWeFoundTests
{
    private const string Audit = """
        Fallowfield Safeguarding Children Partnership
        Multi-agency audit of strategy discussions

        1. Why we did this audit

        The Partnership audited twelve strategy discussions held between April and June 2024.

        2. What we found and what needs to change

        Finding 1: Who is invited

        What we found
        In seven of the twelve cases health was represented only by a written return or not at all.

        What needs to change
        Every strategy discussion about a child under five should include the health visitor.

        Finding 2: Recording the decision

        What we found
        The reasons for decisions were not always written down.

        What needs to change
        Children's Social Care should record the rationale for every strategy discussion outcome.
        """;

    [Fact]
    public void TheEvidenceUnderWhatWeFound_ShouldBeTheNumberedFinding()
    {
        var review = new ReviewExtractor().Extract(DocumentText.FromText("audit.txt", Audit));
        var findings = review.Units.Where(u => u.Kind == UnitKind.Finding && u.Number is not null).ToList();
        Assert.Equal(["1", "2"], findings.Select(f => f.Number));
        Assert.Contains("In seven of the twelve cases", findings[0].Text);
        Assert.Contains("The reasons for decisions", findings[1].Text);
        Assert.DoesNotContain(review.Units, u => u.Kind == UnitKind.Finding && u.Number is null && u.Text.StartsWith("In seven", StringComparison.Ordinal));
        Assert.Equal(2, review.Units.Count(u => u.Kind == UnitKind.Recommendation));
    }
}
