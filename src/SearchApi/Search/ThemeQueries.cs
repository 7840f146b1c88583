using LearningSearch.Index.Live;
using LearningSearch.Index.Schema;
using LearningSearch.SearchApi.Contracts;
using LearningSearch.Themes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LearningSearch.SearchApi.Search;

/// <summary>The taxonomy seen through the current corpus: how many units and reviews raise each theme, and when.</summary>
public sealed partial class ThemeQueries(LiveIndex index, Taxonomy taxonomy, HitMapper mapper)
{
    public IReadOnlyList<ThemeSummary> All()
    {
        using var lease = index.Acquire();
        var catalog = lease.Generation.Catalog;
        return taxonomy.Themes.Select(t =>
        {
            var years = catalog.ReviewsRaising(t.Id).Select(r => r.Review.Year).OfType<int>().ToList();
            return new ThemeSummary(t.Id, t.Label, t.Definition, catalog.UnitsOf(t.Id), catalog.ReviewsRaising(t.Id).Count,
                years.Count == 0 ? null : years.Min(), years.Count == 0 ? null : years.Max());
        }).ToList();
    }

    /// <summary>The theme's reviews and units, or <see cref="UnknownId"/> when the taxonomy has no such theme.</summary>
    public Outcome<ThemeDetail, UnknownId> One(string id, int maxUnits = 200)
    {
        var theme = taxonomy.Find(id);
        if (theme is null) return new UnknownId("theme", id, $"There is no theme '{id}'. GET /api/themes lists the theme ids.");
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        var catalog = lease.Generation.Catalog;
        var reviews = catalog.ReviewsRaising(id).Select(r => new ThemeInReview(
            r.Review.Id, r.Review.Title, r.Review.Year, catalog.Cells[(id, r.Review.Id)],
            new[] { "recommendation", "action", "finding" }.ToDictionary(k => k, k => catalog.Kinds.GetValueOrDefault((id, r.Review.Id, k))))).ToList();

        var query = new BooleanQuery
        {
            { IndexFields.Theme.Query(id), Occur.MUST },
            { IndexFields.Units(), Occur.MUST },
        };
        // Recommendations first, then by review year, so the theme page reads as a timeline of what was asked.
        var units = searcher.Search(query, maxUnits).ScoreDocs
            .Select(d => UnitDocuments.ReadUnit(searcher.Doc(d.Doc)))
            .OrderBy(u => u.Kind).ThenBy(u => catalog.Reviews.TryGetValue(u.ReviewId, out var r) ? r.Review.Year ?? 9999 : 9999).ThenBy(u => u.ReviewId, StringComparer.Ordinal).ThenBy(u => u.Sequence)
            .Select(u => mapper.Map(searcher, u, 0, MatchTerms.None))
            .ToList();
        return new ThemeDetail(theme.Id, theme.Label, theme.Definition, Plain(theme.Synonyms), reviews, units);
    }

    // Synonyms as a reader says them: the taxonomy's markers ("weak:", "near: ...", "word*") are for the tagger.
    private static List<string> Plain(IEnumerable<string> synonyms) => synonyms
        .Select(s => NearClause().Replace(s.StartsWith("weak:", StringComparison.Ordinal) ? s[5..] : s, "").Replace("*", "", StringComparison.Ordinal).Trim())
        .Where(s => s.Length > 0 && !s.StartsWith("re:", StringComparison.Ordinal))
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .ToList();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+near:.*$")]
    private static partial System.Text.RegularExpressions.Regex NearClause();
}
