namespace LearningSearch.Index.Units;

/// <summary>
/// A labelled part of a unit that is not its main text: an action plan's "Impact", "By whom",
/// "Timescale" or "Audit of implementation" cell, a recommendation's "Outcome", a footnote.
/// </summary>
public sealed record UnitDetail(string Label, string Text);
