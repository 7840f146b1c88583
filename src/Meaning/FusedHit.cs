namespace LearningSearch.Meaning;

/// <summary>A unit in the fused ranking: its fused score, which searches found it, and its rank (1-based) in each.</summary>
public sealed record FusedHit(string UnitId, double Score, FoundBy FoundBy, int? WordsRank, int? MeaningRank);
