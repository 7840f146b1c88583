using System.Runtime.CompilerServices;
using LearningSearch.Indexer.Cleaning;
using LearningSearch.Indexer.Indexing;
using LearningSearch.Indexer.Model;
using LearningSearch.SearchApi.Contracts;
using LearningSearch.SearchApi.Search;
using LearningSearch.Themes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LearningSearch.SearchApi.Recurrence;

/// <summary>
/// Shows a lesson coming back: which themes recur across reviews and years, and which recommendations were
/// made again after an earlier review's recommendation on the same theme had been marked complete.
/// </summary>
public sealed class RecurrenceQueries(LiveIndex index, Taxonomy taxonomy)
{
    private static readonly ConditionalWeakTable<object, RecurrenceResponse> Cache = new();

    public RecurrenceResponse Matrix()
    {
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        return Cache.GetValue(searcher.IndexReader.CoreCacheKey, _ => Compute(searcher));
    }

    private RecurrenceResponse Compute(IndexSearcher searcher)
    {
        var catalog = CorpusCatalog.For(searcher);
        var reviews = catalog.Reviews.Values.Select(r => new RecurrenceReview(r.Review.Id, HitMapper.ReviewName(r.Review.Id, r.Review), r.Review.Title, r.Review.Year)).ToList();
        var themes = taxonomy.Themes.Select(t =>
        {
            var cells = reviews.Select(r => new RecurrenceCell(r.Id, catalog.Cells.GetValueOrDefault((t.Id, r.Id)))).ToList();
            var raising = reviews.Where(r => catalog.Cells.ContainsKey((t.Id, r.Id))).ToList();
            return new RecurringTheme(t.Id, t.Label, raising.Count >= 2, raising.Count, cells.Sum(c => c.Count),
                raising.Select(r => r.Year).OfType<int>().Distinct().Order().ToList(), cells);
        })
        .OrderByDescending(t => t.ReviewCount).ThenByDescending(t => t.Units).ToList();
        return new RecurrenceResponse(reviews, themes, Repeats(searcher, catalog));
    }

    private static List<RepeatedRecommendation> Repeats(IndexSearcher searcher, CorpusCatalog catalog)
    {
        var recommendations = Load(searcher, UnitKind.Recommendation);
        var actionsByRecommendation = Load(searcher, UnitKind.Action).Where(a => a.RecommendationId is not null).ToLookup(a => a.RecommendationId!);
        int? YearOf(LearningUnit u) => catalog.Reviews.TryGetValue(u.ReviewId, out var r) ? r.Review.Year : null;
        Review? ReviewOf(LearningUnit u) => catalog.Reviews.TryGetValue(u.ReviewId, out var r) ? r.Review : null;

        var repeats = new List<RepeatedRecommendation>();
        foreach (var later in recommendations.Where(r => r.Themes.Count > 0 && YearOf(r) is not null))
        {
            var laterThemes = later.Themes.Select(t => t.ThemeId).ToHashSet();
            var earlier = recommendations
                .Where(e => e.ReviewId != later.ReviewId && YearOf(e) < YearOf(later))
                .Select(e => (Unit: e, Shared: e.Themes.Select(t => t.ThemeId).Where(laterThemes.Contains).ToList()))
                .Where(x => x.Shared.Count > 0)
                .Select(x =>
                {
                    var (completed, progress) = Completion(x.Unit, actionsByRecommendation[x.Unit.Id].ToList());
                    return new EarlierRecommendation(x.Unit.Id, x.Unit.Number, HitMapper.Citation(x.Unit, ReviewOf(x.Unit), null), Shorten(x.Unit.Text),
                        x.Unit.ReviewId, YearOf(x.Unit), completed, progress, x.Shared);
                })
                .OrderByDescending(e => e.SharedThemes.Count).ThenByDescending(e => e.Completed).ThenBy(e => e.Year)
                .Take(5)
                .ToList();
            if (earlier.Count == 0) continue;
            repeats.Add(new RepeatedRecommendation(
                new RecommendationRef(later.Id, later.Number, HitMapper.Citation(later, ReviewOf(later), null), Shorten(later.Text), later.ReviewId, YearOf(later)),
                earlier, laterThemes.Where(t => earlier.Any(e => e.SharedThemes.Contains(t))).ToList()));
        }
        return repeats.OrderByDescending(r => r.Earlier.Any(e => e.Completed)).ThenByDescending(r => r.Recommendation.Year).ThenBy(r => r.Recommendation.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Marked complete: the recommendation's own status says so, or every action with a stated status does.</summary>
    public static (bool Completed, string Progress) Completion(LearningUnit recommendation, IReadOnlyList<LearningUnit> actions)
    {
        if (StatusWords.IsComplete(recommendation.Status)) return (true, $"marked {recommendation.Status}");
        var stated = actions.Where(a => a.Status is not null).ToList();
        var done = stated.Count(a => StatusWords.IsComplete(a.Status));
        if (stated.Count > 0 && done == stated.Count) return (true, $"{done} of {actions.Count} actions marked complete");
        return (false, stated.Count == 0 ? (actions.Count == 0 ? "no actions recorded" : $"{actions.Count} actions, no status stated") : $"{done} of {actions.Count} actions marked complete");
    }

    private static List<LearningUnit> Load(IndexSearcher searcher, UnitKind kind)
    {
        var hits = searcher.Search(new TermQuery(new Term(IndexFields.Kind, kind.Name())), Math.Max(1, searcher.IndexReader.MaxDoc));
        return hits.ScoreDocs.Select(d => UnitDocuments.ReadUnit(searcher.Doc(d.Doc))).ToList();
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..299] + "\u2026";
}
