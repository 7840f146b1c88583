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
    };
}
