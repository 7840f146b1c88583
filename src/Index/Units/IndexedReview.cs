
namespace LearningSearch.Index.Units;

/// <summary>What the index keeps of a review beside its units: metadata, layout, coverage and warnings.</summary>
public sealed record IndexedReview(Review Review, int Recommendations, int Actions, int Findings, double Coverage, IReadOnlyList<string> Warnings, string ContentHash);
