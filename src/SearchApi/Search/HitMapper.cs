using LearningSearch.Index.Citing;
using LearningSearch.Index.Generations;
using LearningSearch.Index.Schema;
using LearningSearch.Index.Units;
using LearningSearch.SearchApi.Contracts;
using LearningSearch.Themes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LearningSearch.SearchApi.Search;

/// <summary>Turns stored units into hits that cite where they came from: review, number, agency and year.</summary>
public sealed class HitMapper(Taxonomy taxonomy, SnippetHighlighter highlighter)
{
    /// <param name="searcher">A searcher of a live index (<see cref="Index.Live.SearcherLease"/>): its generation knows the reviews and keeps the recommendations looked up.</param>
    public UnitHit Map(IndexSearcher searcher, LearningUnit unit, double score, MatchTerms terms)
    {
        var generation = Generation.Of(searcher) ?? throw new InvalidOperationException("Hits are mapped from a live index's searcher, whose generation knows its reviews.");
        var catalog = generation.Catalog;
        var review = catalog.Reviews.TryGetValue(unit.ReviewId, out var r) ? r.Review : null;
        var summary = new ReviewSummary(unit.ReviewId, review?.Title ?? unit.ReviewId, review?.Partnership, review?.Year, review?.ReviewType, WebAddress.Checked(review?.PublishedAddress));
        var parent = unit.RecommendationId is null ? null : generation.Get<ParentRecommendations>().Of(searcher, unit.RecommendationId);

        return new UnitHit(
            unit.Id,
            unit.Kind.Name(),
            unit.Number,
            Citation.Of(unit, review, parent is null ? null : new CitedRecommendation(parent.Id, parent.Number, parent.Text)),
            summary,
            parent,
            unit.Agency,
            unit.Agencies,
            unit.Status,
            unit.Dates,
            unit.Heading,
            unit.Text,
            highlighter.Highlight(unit.FullText, terms),
            Badges(unit.Themes),
            unit.ActionThemes.Select(t => t.ThemeId).ToList(),
            Math.Round(score, 4));
    }

    private const int EvidenceShown = 6;

    // Twenty hits a search, each with a few themes and their evidence: plain loops, as the LINQ chain (distinct
    // words through a hash set per theme) was a few per cent of a whole search.
    private List<ThemeBadge> Badges(IReadOnlyList<ThemeTag> tags)
    {
        var badges = new List<ThemeBadge>(tags.Count);
        foreach (var tag in tags)
        {
            var words = new List<string>(Math.Min(EvidenceShown, tag.Evidence.Count));
            foreach (var evidence in tag.Evidence)
            {
                if (words.Count == EvidenceShown) break;
                if (!Holds(words, evidence.Text)) words.Add(evidence.Text);
            }
            var label = taxonomy.Find(tag.ThemeId)?.Label ?? tag.Label;
            badges.Add(tag.Examples is { } examples
                ? new ThemeBadge(tag.ThemeId, label, words, "model", tag.Score, examples.Select(e => new ThemeExample(e.UnitId, e.Text, e.Similarity)).ToList())
                : new ThemeBadge(tag.ThemeId, label, words));
        }
        return badges;

        static bool Holds(List<string> words, string word)
        {
            foreach (var w in words)
                if (string.Equals(w, word, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }
    }

    public static LearningUnit? FindUnit(IndexSearcher searcher, string id)
    {
        var hits = searcher.Search(IndexFields.Id.Query(id), 1);
        return hits.TotalHits == 0 ? null : UnitDocuments.ReadUnit(searcher.Doc(hits.ScoreDocs[0].Doc));
    }
}
