namespace LearningSearch.Meaning;

/// <summary>A unit's id and the text its meaning is read from.</summary>
public readonly record struct UnitText(string UnitId, string Text);
