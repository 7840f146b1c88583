namespace LearningSearch.Themes.Tests;

/// <summary>
/// The taxonomy the product ships with, and a tagger and query matcher over it, built once for all tests:
/// compiling a thousand patterns per test would make the suite slow without testing anything more.
/// All three are immutable, so sharing them cannot make tests depend on each other.
/// </summary>
internal static class Shipped
{
    private static readonly Lazy<Taxonomy> LazyTaxonomy = new(Taxonomy.LoadDefault);
    private static readonly Lazy<ThemeTagger> LazyTagger = new(() => new ThemeTagger(Taxonomy));
    private static readonly Lazy<ThemeQueryMatcher> LazyQueries = new(() => new ThemeQueryMatcher(Taxonomy));

    public static Taxonomy Taxonomy => LazyTaxonomy.Value;

    public static ThemeTagger Tagger => LazyTagger.Value;

    public static ThemeQueryMatcher Queries => LazyQueries.Value;

    /// <summary>The ids the tagger gives <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> ThemesOf(string text) => Tagger.Tag(text).Select(t => t.ThemeId).ToArray();
}
