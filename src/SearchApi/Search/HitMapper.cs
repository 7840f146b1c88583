using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using LearningSearch.Index.Schema;
using LearningSearch.Index.Units;
using LearningSearch.Indexer.Indexing;
using LearningSearch.Indexer.Model;
using LearningSearch.SearchApi.Contracts;
using LearningSearch.Themes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LearningSearch.SearchApi.Search;

/// <summary>Turns stored units into hits that cite where they came from: review, number, agency and year.</summary>
public sealed class HitMapper(Taxonomy taxonomy, SnippetHighlighter highlighter)
{
    public UnitHit Map(IndexSearcher searcher, LearningUnit unit, double score, MatchTerms terms)
    {
        var catalog = CorpusCatalog.For(searcher);
        var review = catalog.Reviews.TryGetValue(unit.ReviewId, out var r) ? r.Review : null;
        var summary = new ReviewSummary(unit.ReviewId, review?.Title ?? unit.ReviewId, review?.Partnership, review?.Year, review?.ReviewType);
        var parent = unit.RecommendationId is null ? null : Parent(searcher, unit.RecommendationId);

        return new UnitHit(
            unit.Id,
            unit.Kind.Name(),
            unit.Number,
            Citation(unit, review, parent),
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
            badges.Add(new ThemeBadge(tag.ThemeId, taxonomy.Find(tag.ThemeId)?.Label ?? tag.Label, words));
        }
        return badges;

        static bool Holds(List<string> words, string word)
        {
            foreach (var w in words)
                if (string.Equals(w, word, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }
    }

    /// <summary>"ADS14 · Recommendation 8 · Derbyshire Safeguarding Children Board · 2017".</summary>
    public static string Citation(LearningUnit unit, Review? review, ParentRecommendation? parent)
    {
        var name = ReviewName(unit.ReviewId, review);
        var what = unit.Kind switch
        {
            UnitKind.Recommendation => unit.Number is null ? $"Unnumbered recommendation {unit.Sequence}" : $"Recommendation {unit.Number}",
            UnitKind.Action => $"Recommendation {parent?.Number ?? "?"}, action {unit.Id[(unit.Id.LastIndexOf('-') + 1)..]}",
            _ => unit.Number is not null ? $"Finding {unit.Number}" : $"Finding in \u201C{unit.Heading ?? "text"}\u201D",
        };
        var who = unit.Agency ?? review?.Partnership;
        return string.Join(" \u00B7 ", new[] { name, what, who, review?.Year?.ToString() }.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    /// <summary>A review's short name: its code where it has one ("ADS14"), else its title.</summary>
    public static string ReviewName(string id, Review? review)
    {
        if (id.Length <= 8 && id.Any(char.IsDigit) && !id.Contains('-', StringComparison.Ordinal)) return id.ToUpperInvariant();
        var title = review?.Title ?? id;
        return title.Length <= 60 ? title : title[..57] + "...";
    }

    // A page of actions often shares one recommendation, and the same recommendations come back search after
    // search: each is read (a search and a JSON parse) once per index generation, up to a bound.
    private const int ParentsKept = 50_000;
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, ParentRecommendation?>> Parents = new();

    private static ParentRecommendation? Parent(IndexSearcher searcher, string id)
    {
        var known = Parents.GetValue(searcher.IndexReader.CoreCacheKey, _ => new(StringComparer.Ordinal));
        if (known.TryGetValue(id, out var parent)) return parent;
        parent = FindUnit(searcher, id) is { } rec ? new ParentRecommendation(rec.Id, rec.Number, Shorten(rec.Text, 240)) : null;
        if (known.Count < ParentsKept) known.TryAdd(id, parent);
        return parent;
    }

    public static LearningUnit? FindUnit(IndexSearcher searcher, string id)
    {
        var hits = searcher.Search(new TermQuery(new Term(IndexFields.Id, id)), 1);
        return hits.TotalHits == 0 ? null : UnitDocuments.ReadUnit(searcher.Doc(hits.ScoreDocs[0].Doc));
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "\u2026";
}
