using LearningSearch.Index.Units;

namespace LearningSearch.Indexer.Model;

/// <summary>A review read into units, with what the extractor has to say about it.</summary>
public sealed record ExtractedReview(
    Review Review,
    IReadOnlyList<LearningUnit> Units,
    IReadOnlyList<string> Warnings,
    Coverage Coverage)
{
    public int Count(UnitKind kind) => Units.Count(u => u.Kind == kind);
}

/// <summary>How much of a document's body text its units hold, in words.</summary>
public sealed record Coverage(int BodyWords, int CoveredWords, IReadOnlyList<string> Uncovered)
{
    public double Fraction => BodyWords == 0 ? 1.0 : (double)CoveredWords / BodyWords;
}
