using LearningSearch.SearchApi.Contracts;

namespace LearningSearch.SearchApi.Recurrence;

/// <summary>
/// What a generation knows of recurrence before any filter: its reviews (with their partnership, type and units), the
/// values the filters can take, units per theme and review, per theme, review and agency, per review and agency, and
/// every recommendation made again after an earlier one on a shared theme. Built by <see cref="RecurrenceMatrix"/>.
/// </summary>
public sealed record RecurrenceFacts(
    IReadOnlyList<RecurrenceReview> Reviews,
    RecurrenceChoices Choices,
    IReadOnlyDictionary<(string Theme, string Review), int> Cells,
    IReadOnlyDictionary<(string Theme, string Review, string Agency), int> AgencyCells,
    IReadOnlyDictionary<(string Review, string Agency), int> AgencyUnits,
    IReadOnlyList<RepeatedRecommendation> Repeats);
