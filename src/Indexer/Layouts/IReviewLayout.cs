namespace LearningSearch.Indexer.Layouts;

/// <summary>
/// A way reviews are laid out (an action-plan table, lettered recommendations with prose actions, an
/// inspection report ...), recognised by its features and read into units. Never tied to one file.
/// </summary>
public interface IReviewLayout
{
    /// <summary>The layout's name, shown in the extraction report.</summary>
    string Name { get; }

    /// <summary>How sure the layout is that it can read the document (0 to 1), and on what evidence.</summary>
    LayoutMatch Recognise(PreparedDocument document);

    /// <summary>Reads the document's units into the draft.</summary>
    void Read(PreparedDocument document, ReviewDraft draft);
}

/// <summary>A layout's confidence that it reads a document, with the features it saw.</summary>
public sealed record LayoutMatch(double Score, string Evidence)
{
    public static LayoutMatch None(string why) => new(0, why);
}
