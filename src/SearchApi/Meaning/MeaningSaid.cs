using LearningSearch.SearchApi.Contracts;
using LearningSearch.SearchApi.Search;

namespace LearningSearch.SearchApi.Meaning;

/// <summary>What a search tells the person about searching by meaning, in plain words.</summary>
public static class MeaningSaid
{
    /// <returns>Null when nothing was typed, or when search by meaning is switched off in the configuration (nothing to tell then).</returns>
    public static SearchMeaning? Of(SearchPlan plan, MeaningReadiness readiness, MeaningEngine engine, bool used, int alsoFound, bool questionWasCut, bool reordered = false)
    {
        if (plan.Query.Length == 0 || plan.Notice is not null || !engine.SwitchedOn) return null;
        var modelLoaded = engine.Encoder is not null;
        if (used)
        {
            var says = alsoFound switch
            {
                0 => "Searched by meaning as well as by words; every result also contains your words.",
                1 => "Searched by meaning as well as by words: 1 result says the same thing in other words.",
                _ => $"Searched by meaning as well as by words: {alsoFound} results say the same thing in other words.",
            };
            if (reordered) says += " The best matches were then put in order by how much of your wording and your question's themes each holds.";
            if (questionWasCut) says += " Your question is long: its meaning was read from its first part only.";
            return new SearchMeaning(SearchMeaning.Used, says, alsoFound, 100, questionWasCut);
        }
        if (!plan.ByMeaning)
            return new SearchMeaning(SearchMeaning.Exact, "Quotes, AND/OR/NOT and field:value search for exactly those words, so these results are found by their words alone.", 0, readiness.Percent, false);
        if (readiness.Stage == MeaningStage.Off)
            return new SearchMeaning(SearchMeaning.Off, $"These results are found by their words alone: search by meaning is off ({readiness.OffBecause}).", 0, 0, false);
        var percent = modelLoaded ? readiness.Percent : 0;
        return new SearchMeaning(SearchMeaning.Filling, $"These results are found by their words alone: search by meaning is getting ready ({percent} %).", 0, percent, false);
    }
}
