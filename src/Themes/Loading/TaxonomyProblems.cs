namespace LearningSearch.Themes.Loading;

/// <summary>The problems found in one taxonomy file, each worded as "file: theme 'id': what is wrong".</summary>
internal sealed class TaxonomyProblems(string sourceName)
{
    private readonly List<string> problems = [];

    public string SourceName { get; } = sourceName;

    public int Count => problems.Count;

    public void AddFile(string problem) => problems.Add($"{SourceName}: {problem}");

    public void AddTheme(string theme, string problem) => problems.Add($"{SourceName}: theme '{theme}': {problem}");

    public void ThrowIfAny()
    {
        if (problems.Count > 0)
        {
            throw new TaxonomyException(SourceName, problems.ToArray());
        }
    }
}
