namespace LearningSearch.Themes;

/// <summary>
/// A taxonomy file that cannot be used. Every problem names the file, the theme and what is wrong, so a
/// training lead who edited <c>taxonomy.json</c> can fix it without reading code.
/// </summary>
public sealed class TaxonomyException : Exception
{
    public TaxonomyException(string sourceName, IReadOnlyList<string> problems, Exception? inner = null)
        : base(Describe(sourceName, problems), inner)
    {
        SourceName = sourceName;
        Problems = problems;
    }

    /// <summary>The file (or resource) that was read.</summary>
    public string SourceName { get; }

    /// <summary>One line per problem, each already prefixed with the file name.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Describe(string sourceName, IReadOnlyList<string> problems) =>
        problems.Count == 1
            ? problems[0]
            : $"{sourceName} has {problems.Count} problems:{Environment.NewLine}" +
              string.Join(Environment.NewLine, problems.Select(p => "  - " + p));
}
