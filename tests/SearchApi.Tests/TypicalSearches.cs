using LearningSearch.Themes.Vocabulary;
using LearningSearch.SearchApi.Contracts;
using LearningSearch.SearchApi.Search;
using LearningSearch.Themes;

namespace LearningSearch.SearchApi.Tests;

/// <summary>Searches of every kind people make (a word, a question, a phrase, everything, a theme filter, operators), for tests that must hold for any search.</summary>
public static class TypicalSearches
{
    public static TheoryData<string, string?> All => new()
    {
        { "supervision", null },
        { "children not brought to appointments", null },
        { "\"think family\"", null },
        { "", null },
        { "training", "supervision" },
        { "fathers AND assessment", null },
        { "police OR health OR school", null },
        { "hidden men", null },
        { "fathers left out of assessments", "fathers-hidden-men" },
        { "adult mental health", "think-family" },
        { "supervision^2 neglect", null },
        { "children and families", null },
        { "health visitor -midwife", null },
        { "supervison~ neglec*", null },
        { "supervison~", null },
    };

    /// <summary>The builder the service makes, with the shipped taxonomy.</summary>
    public static readonly Lazy<SearchQueryBuilder> Builder = new(() =>
    {
        var taxonomy = Taxonomy.LoadDefault();
        return new SearchQueryBuilder(taxonomy, new ThemeQueryMatcher(taxonomy), new VocabularyMatcher(PractitionersVocabulary.LoadDefault()));
    });

    /// <summary>The plan the service makes of a search (words, theme filter, page size) with the shipped taxonomy.</summary>
    public static SearchPlan Plan(string q, string? theme = null, int? pageSize = null) =>
        Builder.Value.Build(new SearchRequest { Q = q, Theme = theme is null ? null : [theme], PageSize = pageSize }).Answer;
}
