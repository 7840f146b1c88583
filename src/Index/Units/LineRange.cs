namespace LearningSearch.Index.Units;

/// <summary>The lines of the source file a unit was read from (1-based, inclusive), so a citation can be opened.</summary>
public readonly record struct LineRange(int First, int Last)
{
    public LineRange Extend(int line) => new(Math.Min(First, line), Math.Max(Last, line));

    public LineRange Extend(LineRange other) => new(Math.Min(First, other.First), Math.Max(Last, other.Last));

    public override string ToString() => First == Last ? $"{First}" : $"{First}-{Last}";
}
