namespace LearningSearch.Indexer.Indexing;

/// <summary>
/// The review ids given so far in one build, and the document holding each. A review id is a key everywhere after
/// the build (URLs, unit ids, the catalogue of reviews), so two documents must never share one: <c>plan.docx</c> and
/// <c>plan.pdf</c> both read as "plan", and two manifest entries or review codes can give the same id.
/// </summary>
internal sealed class ReviewIds
{
    private readonly Dictionary<string, string> _holders = new(StringComparer.Ordinal);

    /// <summary>The document that already holds this id, or null when it is free.</summary>
    public string? HolderOf(string id) => _holders.GetValueOrDefault(id);

    public void Take(string id, string sourceFile) => _holders[id] = sourceFile;

    /// <summary>
    /// The first free id made from this one ("plan-2", "plan-3"). Documents are added in file name order, so a
    /// corpus gives the same ids every time it is built from nothing.
    /// </summary>
    public string FreeFrom(string id)
    {
        for (var n = 2; ; n++)
        {
            var candidate = $"{id}-{n}";
            if (!_holders.ContainsKey(candidate)) return candidate;
        }
    }

    /// <summary>The warning kept with the second document, naming both.</summary>
    public static string Collision(string sourceFile, string id, string holder, string given) =>
        $"{sourceFile}: the review id '{id}' is already the id of {holder}, so this review is indexed as '{given}'. " +
        $"Give one of them its own id in the corpus manifest (\"id\") to choose another.";
}
