namespace LearningSearch.Meaning;

/// <summary>A unit found by meaning: its id and the cosine similarity of its text to the question (-1 to 1).</summary>
public readonly record struct MeaningHit(string UnitId, float Similarity);
