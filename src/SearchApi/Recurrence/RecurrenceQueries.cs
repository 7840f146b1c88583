using LearningSearch.Index.Live;
using LearningSearch.SearchApi.Contracts;
using LearningSearch.SearchApi.Search;

namespace LearningSearch.SearchApi.Recurrence;

/// <summary>
/// Shows a lesson coming back: which themes recur across reviews and years, and which recommendations were
/// made again after an earlier review's recommendation on the same theme had been marked complete. The generation
/// served has it ready (<see cref="RecurrenceMatrix"/>); a request takes a page of it, in its turn like any search.
/// </summary>
public sealed class RecurrenceQueries(LiveIndex index, SearchTurns turns)
{
    public const int DefaultRepeatsLimit = 100;
    public const int MaxRepeatsLimit = 500;

    /// <summary>The matrix with the repeated recommendations from <paramref name="from"/> (0 is the first), at most <paramref name="limit"/> of them.</summary>
    public Outcome<RecurrenceResponse, SearchRefusal> Matrix(int? from = null, int? limit = null)
    {
        var start = from ?? 0;
        var count = limit ?? DefaultRepeatsLimit;
        if (start < 0) return new SearchRefusal("repeatsFrom", "Invalid repeatsFrom", $"repeatsFrom must be 0 or more; it was {start}.");
        if (count is < 1 or > MaxRepeatsLimit)
            return new SearchRefusal("repeatsLimit", "Invalid repeatsLimit", $"repeatsLimit must be between 1 and {MaxRepeatsLimit}; it was {count}.");
        using var work = turns.Begin();
        using var lease = index.Acquire();
        var whole = lease.Generation.Get<RecurrenceResponse>();
        var page = whole.Repeats.Skip(start).Take(count).ToList();
        return whole with { Repeats = page, RepeatsFrom = start };
    }
}
