using System.Reflection;
using LearningSearch.Themes.Loading;

namespace LearningSearch.Themes;

/// <summary>
/// The themes of child safeguarding reviews, as a training lead maintains them in <c>taxonomy.json</c>.
/// Loading checks the whole file and refuses it with a <see cref="TaxonomyException"/> that names the file,
/// the theme and the problem; a loaded taxonomy is therefore always usable by the tagger.
/// </summary>
public sealed class Taxonomy
{
    /// <summary>The file name looked for beside the assembly.</summary>
    public const string FileName = "taxonomy.json";

    /// <summary>The copy built into the assembly, used when no file sits beside it.</summary>
    public const string ResourceName = "LearningSearch.Themes.taxonomy.json";

    private readonly Dictionary<string, Theme> byId;

    private Taxonomy(string sourceName, IReadOnlyList<ParsedTheme> parsed, IReadOnlyList<string> detailsNotTagged)
    {
        SourceName = sourceName;
        DetailsNotTagged = detailsNotTagged;
        Parsed = parsed;
        Themes = parsed.Select(p => p.Theme).ToArray();
        byId = Themes.ToDictionary(t => t.Id, StringComparer.Ordinal);
    }

    /// <summary>The themes in file order (the order the page lists them).</summary>
    public IReadOnlyList<Theme> Themes { get; }

    /// <summary>
    /// Labels of unit details (the "Label: text" parts an action plan's columns become, such as "By Whom") whose
    /// text says who does an action or how it will be checked, not what it is about: their words never tag a theme.
    /// </summary>
    public IReadOnlyList<string> DetailsNotTagged { get; }

    /// <summary>Where the taxonomy was read from, for messages.</summary>
    public string SourceName { get; }

    internal IReadOnlyList<ParsedTheme> Parsed { get; }

    public Theme? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>
    /// The taxonomy the product ships with: <c>taxonomy.json</c> beside the assembly when present (so a
    /// deployment can carry an edited copy), else the copy embedded at build time.
    /// </summary>
    public static Taxonomy LoadDefault()
    {
        var (json, sourceName) = ShippedFile.Read(FileName, ResourceName, "taxonomy");
        return Parse(json, sourceName);
    }

    public static Taxonomy Load(string path) => Parse(ShippedFile.ReadFile(path), path);

    /// <param name="json">The file's text.</param>
    /// <param name="sourceName">The file name to put in messages.</param>
    public static Taxonomy Parse(string json, string sourceName)
    {
        var problems = new TaxonomyProblems(sourceName);
        var (themes, detailsNotTagged) = TaxonomyJsonReader.Read(json, problems);
        if (problems.Count == 0 && themes.Count == 0)
        {
            problems.AddFile("has no themes");
        }

        var parsed = TaxonomyRules.Check(themes, problems);
        problems.ThrowIfAny();
        return new Taxonomy(sourceName, parsed, detailsNotTagged);
    }
}
