namespace LearningSearch.Bench.Generation;

/// <summary>One review of the synthetic corpus: who published it, when, and in which of the five layouts.</summary>
public sealed record SyntheticReview(int Index, string Id, string Code, Place Place, int Year, string Partnership, string Type, string Title, string FileName, string Layout)
{
    public static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>A date as action plans print it ("July 2017"), within two years before publication.</summary>
    public string MonthYear(Random random) => $"{Months[random.Next(12)]} {Year - random.Next(0, 3)}";
}

/// <summary>Writes a synthetic review as a text document in one layout; returns the units it wrote.</summary>
public interface IReviewWriter
{
    /// <summary>Short name used in file names and in the results ("action-plan-table").</summary>
    string Layout { get; }

    /// <summary>The review type and title as a partnership would publish them in this layout.</summary>
    (string Type, string Title) Describe(string code, Place place, int year);

    int Write(SyntheticReview review, UnitTexts texts, int targetUnits, TextWriter output);
}
