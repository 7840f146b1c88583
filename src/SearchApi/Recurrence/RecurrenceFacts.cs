using LearningSearch.SearchApi.Contracts;

namespace LearningSearch.SearchApi.Recurrence;

/// <summary>
/// What a generation knows of recurrence before any filter: its reviews (with their partnership, type and units), the
/// values the filters can take, units per theme and review, per theme, review and agency, per review and agency, and
/// every recommendation made again after an earlier one on a shared theme, with what each such pair's texts share
/// (<c>Lessons</c>, by later and earlier recommendation id) for the same-lesson scorer. Built by <see cref="RecurrenceMatrix"/>.
/// </summary>
public sealed record RecurrenceFacts(
    IReadOnlyList<RecurrenceReview> Reviews,
    RecurrenceChoices Choices,
    IReadOnlyDictionary<(string Theme, string Review), int> Cells,
    IReadOnlyDictionary<(string Theme, string Review, string Agency), int> AgencyCells,
    IReadOnlyDictionary<(string Review, string Agency), int> AgencyUnits,
    IReadOnlyList<RepeatedRecommendation> Repeats,
    IReadOnlyDictionary<(string Later, string Earlier), LessonWords> Lessons);
