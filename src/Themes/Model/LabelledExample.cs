namespace LearningSearch.Themes.Model;

/// <summary>A unit a reader labelled, shown to explain a tag the model gave: "close to these recommendations about supervision".</summary>
/// <param name="UnitId">The labelled unit's id (review/number), so a trainer can look it up.</param>
/// <param name="Text">Its first words.</param>
/// <param name="Similarity">How close in meaning it is to the unit tagged (cosine, 0 to 1).</param>
public sealed record LabelledExample(string UnitId, string Text, double Similarity);
