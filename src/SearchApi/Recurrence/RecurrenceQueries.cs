using LearningSearch.Index.Live;
using LearningSearch.SearchApi.Contracts;
using LearningSearch.SearchApi.Meaning;
using LearningSearch.SearchApi.Search;

namespace LearningSearch.SearchApi.Recurrence;

/// <summary>
/// Shows a lesson coming back: which themes recur across reviews and years, and which recommendations were
/// made again after an earlier review's recommendation on the same theme had been marked complete. The generation
/// served has it ready (<see cref="RecurrenceMatrix"/>); a request takes a page of it, in its turn like any search.
/// </summary>
public sealed class RecurrenceQueries(LiveIndex index, SearchTurns turns, Hosting.LearningSearchOptions options)
{
    /// <summary>
    /// With the same-lesson scorer off (<c>Search:Recurrence:SameLesson</c> false), the least cosine similarity for an
    /// earlier recommendation on a shared theme to be shown (<c>Search:Recurrence:LeastSimilarity</c>), chosen on 204 pairs
    /// labelled by reading (docs/quality.md): at 0.55, three in four of the pairs shown are on the same subject, against
    /// one in two of all pairs sharing a theme, but only one in seven asks for the same change.
    /// </summary>
    public const double DefaultLeastSimilarity = 0.55;

    /// <summary>Later recommendations with earlier ones on the same subject (not the same lesson) sent with the view.</summary>
    public const int SameSubjectShown = 20;

    // Said as measured on the held-out labelled pairs (docs/quality.md); the figures change only when the scorer is fitted again.
    public const string PairedBySameLesson =
        "An earlier recommendation is listed when it shares a theme with the later one and the two ask for the same change, as judged from their closeness in meaning and the words and phrases they share; each says why it was paired. " +
        "Checked by reading on 158 labelled pairs of reviews kept out of the fitting: 12 of the 14 pairs it listed ask for the same change and all 14 are on the same subject; it lists about two in five of the pairs that do ask for the same change.";

    public const string SameSubjectSaid =
        "These later recommendations share a theme with earlier ones and are on the same subject, but ask for a different change: they are not the same recommendation made again, and should not be quoted as repeats.";

    // Said as measured: the sentence model tells pairs on the same subject from others, not the same change from another.
    private static string PairedByThemeAndMeaning(double least) =>
        $"An earlier recommendation is listed when it shares a theme with the later one and the two are at least {Math.Round(least * 100)} % alike in meaning. " +
        "Checked by reading, about three in four of such pairs are on the same subject, and about one in seven asks for the same change: read both before quoting a pair as the same lesson.";

    public const string PairedByThemeAlone = "Search by meaning is still getting ready, so for now a recommendation is paired with earlier ones that share one of its themes; some of those pairs ask for different changes.";

    public const int DefaultRepeatsLimit = 100;
    public const int MaxRepeatsLimit = 500;

    /// <summary>The view the request's filters ask for, with the repeated recommendations from its <c>RepeatsFrom</c> (0 is the first), at most <c>RepeatsLimit</c> of them.</summary>
    public Outcome<RecurrenceResponse, SearchRefusal> Matrix(RecurrenceRequest request)
    {
        var start = request.RepeatsFrom ?? 0;
        var count = request.RepeatsLimit ?? DefaultRepeatsLimit;
        if (start < 0) return new SearchRefusal("repeatsFrom", "Invalid repeatsFrom", $"repeatsFrom must be 0 or more; it was {start}.");
        if (count is < 1 or > MaxRepeatsLimit)
            return new SearchRefusal("repeatsLimit", "Invalid repeatsLimit", $"repeatsLimit must be between 1 and {MaxRepeatsLimit}; it was {count}.");
        if (!Whole(request).TryGet(out var whole, out var refusal)) return refusal;
        var page = whole.Repeats.Skip(start).Take(count).ToList();
        return whole with { Repeats = page, RepeatsFrom = start };
    }

    /// <summary>The view the request's filters ask for, with every repeated recommendation in it (for its CSV).</summary>
    public Outcome<RecurrenceResponse, SearchRefusal> Whole(RecurrenceRequest request)
    {
        using var work = turns.Begin();
        using var lease = index.Acquire();
        var facts = lease.Generation.Get<RecurrenceFacts>();
        if (!RecurrenceView.Filters(request, facts.Choices).TryGet(out var filters, out var refusal)) return refusal;
        var paired = lease.Generation.Get<MeaningVectors>().Derived(vectors => options.RecurrenceSameLesson
            ? SameLessons(facts, vectors, SameLessonScorer.Fitted)
            : ByMeaning(facts.Repeats, vectors, options.RecurrenceLeastSimilarity));
        var view = RecurrenceView.Of(facts, paired?.Repeats ?? facts.Repeats, filters, paired?.SameSubject);
        return view with
        {
            PairedBy = paired is null ? PairedByThemeAlone : options.RecurrenceSameLesson ? PairedBySameLesson : PairedByThemeAndMeaning(options.RecurrenceLeastSimilarity),
            SameSubjectSaid = paired?.SameSubject is null ? null : SameSubjectSaid,
        };
    }

    /// <summary>
    /// The repeats whose earlier recommendations the scorer judges the same lesson, surest first (those marked complete
    /// first), each with why it was paired; and apart, the later recommendations whose earlier ones on a shared theme
    /// are only on the same subject. A later recommendation with neither is not shown.
    /// </summary>
    private static SameLessonsAgain SameLessons(RecurrenceFacts facts, MeaningVectors vectors, SameLessonScorer scorer)
    {
        var repeats = new List<RepeatedRecommendation>();
        var sameSubject = new List<RepeatedRecommendation>();
        foreach (var repeat in facts.Repeats)
        {
            if (vectors.VectorOfUnit(repeat.Recommendation.Id) is not { } later) continue;
            var judged = new List<(EarlierRecommendation Earlier, double Probability, LessonVerdict Verdict)>();
            foreach (var e in repeat.Earlier)
            {
                if (vectors.VectorOfUnit(e.Id) is not { } v || !facts.Lessons.TryGetValue((repeat.Recommendation.Id, e.Id), out var words)) continue;
                var similarity = System.Numerics.Tensors.TensorPrimitives.Dot<float>(later, v);
                var features = words.With(similarity);
                judged.Add((e with { Similarity = Math.Round(similarity, 3), Why = words.Why(similarity) }, scorer.Probability(features), scorer.Judge(features)));
            }
            RepeatedRecommendation? Of(LessonVerdict verdict)
            {
                var earlier = judged.Where(j => j.Verdict == verdict)
                    .OrderByDescending(j => j.Earlier.Completed).ThenByDescending(j => j.Probability).Select(j => j.Earlier).ToList();
                if (earlier.Count == 0) return null;
                return repeat with { Earlier = earlier, ThemeIds = repeat.ThemeIds.Where(t => earlier.Any(e => e.SharedThemes.Contains(t))).ToList() };
            }
            if (Of(LessonVerdict.SameLesson) is { } same) repeats.Add(same);
            else if (Of(LessonVerdict.SameSubject) is { } subject) sameSubject.Add(subject);
        }
        return new SameLessonsAgain(repeats, sameSubject);
    }

    /// <summary>
    /// With the scorer off: of each later recommendation's earlier ones on a shared theme, those close enough in
    /// meaning, closest first; a later one with none left is not a repeat.
    /// </summary>
    private static SameLessonsAgain ByMeaning(IReadOnlyList<RepeatedRecommendation> byThemes, MeaningVectors vectors, double least)
    {
        var repeats = new List<RepeatedRecommendation>();
        foreach (var repeat in byThemes)
        {
            if (vectors.VectorOfUnit(repeat.Recommendation.Id) is not { } later) continue;
            var earlier = repeat.Earlier
                .Select(e => vectors.VectorOfUnit(e.Id) is { } v ? e with { Similarity = Math.Round(System.Numerics.Tensors.TensorPrimitives.Dot<float>(later, v), 3) } : e)
                .Where(e => e.Similarity >= least)
                .OrderByDescending(e => e.Completed).ThenByDescending(e => e.Similarity)
                .ToList();
            if (earlier.Count == 0) continue;
            var shared = repeat.ThemeIds.Where(t => earlier.Any(e => e.SharedThemes.Contains(t))).ToList();
            repeats.Add(repeat with { Earlier = earlier, ThemeIds = shared });
        }
        return new SameLessonsAgain(repeats, null);
    }

    /// <summary>The repeats with their pairs chosen by meaning (and those on the same subject only, when the scorer chose), kept with the generation's vectors.</summary>
    private sealed record SameLessonsAgain(IReadOnlyList<RepeatedRecommendation> Repeats, IReadOnlyList<RepeatedRecommendation>? SameSubject);
}
