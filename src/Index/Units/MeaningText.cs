namespace LearningSearch.Index.Units;

/// <summary>The words of a unit its meaning is read from, for search by meaning (the service and the command line alike).</summary>
public static class MeaningText
{
    /// <summary>
    /// The unit's own text: what it asks, did or found. Its details (fixed fields such as "By whom") and its section
    /// heading are left out: they are the same over many units, and would pull unlike units together.
    /// </summary>
    public static string Of(LearningUnit unit) => unit.Text;
}
