using System.Numerics;
using LearningSearch.Index;
using LearningSearch.Index.Citing;
using LearningSearch.Index.Generations;
using LearningSearch.Index.Live;
using LearningSearch.Index.Schema;
using LearningSearch.Index.Units;
using LearningSearch.SearchApi.Contracts;
using LearningSearch.SearchApi.Search;
using LearningSearch.Themes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace LearningSearch.SearchApi.Recurrence;

/// <summary>
/// A generation's recurrence, computed when the generation is published (6-9 s at 5,000 reviews, which the first
/// request after every rebuild or <c>add</c> used to wait for): units per theme, review and agency, and every
/// recommendation made again after an earlier review's recommendation on the same theme, those after one marked
/// complete first. <see cref="RecurrenceQueries"/> filters and pages it.
/// </summary>
public sealed class RecurrenceMatrix(Taxonomy taxonomy) : GenerationPart<RecurrenceFacts>
{
    public override RecurrenceFacts Build(Generation generation, IndexSearcher searcher)
    {
        var catalog = generation.Catalog;
        var (agencyCells, agencyUnits, reviewUnits) = CountByAgency(generation, searcher);
        var reviews = catalog.Reviews.Values.Select(r => new RecurrenceReview(r.Review.Id, ReviewName.Of(r.Review.Id, r.Review), r.Review.Title, r.Review.Year,
            r.Review.Partnership, r.Review.ReviewType, reviewUnits.GetValueOrDefault(r.Review.Id))).ToList();
        var (repeats, lessons) = Repeats(searcher, catalog);
        static List<string> Names(IEnumerable<string?> values) => values.OfType<string>().Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var choices = new RecurrenceChoices(
            taxonomy.Themes.Select(t => new ThemeChoice(t.Id, t.Label)).ToList(),
            Names(agencyUnits.Keys.Select(k => k.Agency)),
            Names(reviews.Select(r => r.Partnership)),
            Names(reviews.Select(r => r.Type)),
            reviews.Select(r => r.Year).OfType<int>().Distinct().Order().ToList());
        return new RecurrenceFacts(reviews, choices, catalog.Cells, agencyCells, agencyUnits, repeats, lessons);
    }

    // The catalogue counts units per theme and review; an agency filter needs them per agency as well, and a share
    // needs each review's units: one pass over the segments' facet values.
    private static (Dictionary<(string, string, string), int> Cells, Dictionary<(string Review, string Agency), int> Units, Dictionary<string, int> ReviewUnits)
        CountByAgency(Generation generation, IndexSearcher searcher)
    {
        var cells = new Dictionary<(string, string, string), int>();
        var units = new Dictionary<(string, string), int>();
        var reviewUnits = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var v = generation.Facets.Of(leaf.Ord).Values;
            var live = leaf.AtomicReader.LiveDocs;
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc)) continue;
                var r = v.ReviewOf(doc);
                if (r < 0 || v.KindOf(doc) < 0) continue;
                var review = v.Reviews[r];
                reviewUnits[review] = reviewUnits.GetValueOrDefault(review) + 1;
                foreach (var a in v.AgenciesOf(doc))
                {
                    var agency = v.Agencies[a];
                    units[(review, agency)] = units.GetValueOrDefault((review, agency)) + 1;
                    foreach (var t in v.ThemesOf(doc)) cells[(v.Themes[t], review, agency)] = cells.GetValueOrDefault((v.Themes[t], review, agency)) + 1;
                }
            }
        }
        return (cells, units, reviewUnits);
    }

    // Every later recommendation against every earlier one is quadratic: 16 billion pairs at 125,000
    // recommendations. Recommendations are grouped by their set of themes instead, each group sorted the way
    // earlier ones are ranked, so a later recommendation reads at most a few members of each group that
    // shares a theme with it. The answer is the same as the pairwise one.
    private static (List<RepeatedRecommendation>, Dictionary<(string, string), LessonWords>) Repeats(IndexSearcher searcher, CorpusCatalog catalog)
    {
        var recommendations = LoadRecommendations(searcher);
        // Word and theme rarity over every recommendation; what each pair's texts share is read here, where the
        // whole texts are at hand, and kept small: the view keeps only a shortened text of each.
        var comparison = new LessonComparison(recommendations.Select(u => new LessonText(u.Text, u.Themes)).ToList());
        var lessons = new Dictionary<(string, string), LessonWords>();
        var progress = ActionProgress(searcher);
        var themeBits = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var theme in recommendations.SelectMany(r => r.Themes)) themeBits.TryAdd(theme.ThemeId, themeBits.Count);
        var words = Math.Max(1, (themeBits.Count + 63) / 64);
        Review? ReviewOf(LearningUnit u) => catalog.Reviews.TryGetValue(u.ReviewId, out var r) ? r.Review : null;

        var years = new int?[recommendations.Count];
        var masks = new ulong[recommendations.Count][];
        var completion = recommendations.Select(u => Completion.Of(u, progress.GetValueOrDefault(u.Id))).ToArray();
        var shown = new EarlierShown?[recommendations.Count];
        EarlierShown Shown(int i) => shown[i] ??= new EarlierShown(Citation.Of(recommendations[i], ReviewOf(recommendations[i]), (CitedRecommendation?)null), Shorten(recommendations[i].Text));

        var groups = new Dictionary<string, ThemeGroup>(StringComparer.Ordinal);
        for (var i = 0; i < recommendations.Count; i++)
        {
            var unit = recommendations[i];
            years[i] = ReviewOf(unit)?.Year;
            masks[i] = new ulong[words];
            foreach (var theme in unit.Themes) masks[i][themeBits[theme.ThemeId] / 64] |= 1UL << (themeBits[theme.ThemeId] % 64);
            if (unit.Themes.Count == 0 || years[i] is null) continue;
            var key = string.Join(",", masks[i]);
            if (!groups.TryGetValue(key, out var group)) groups[key] = group = new ThemeGroup(masks[i]);
            group.Members.Add(i);
        }
        foreach (var group in groups.Values)
        {
            group.Members.Sort((a, b) =>
                completion[a].Completed != completion[b].Completed ? (completion[a].Completed ? -1 : 1)
                : years[a] != years[b] ? years[a]!.Value.CompareTo(years[b]!.Value)
                : a.CompareTo(b));
            var firstNotCompleted = group.Members.FindIndex(m => !completion[m].Completed);
            group.FirstNotCompleted = firstNotCompleted < 0 ? group.Members.Count : firstNotCompleted;
        }

        // Each later recommendation visits only the groups that share a theme with it, once each.
        var groupList = groups.Values.ToList();
        var groupsWithTheme = Enumerable.Range(0, themeBits.Count)
            .Select(bit => groupList.Select((g, n) => (g, n)).Where(x => (x.g.Mask[bit / 64] & (1UL << (bit % 64))) != 0).Select(x => x.n).ToArray())
            .ToArray();
        var visited = new int[groupList.Count];
        var repeats = new List<RepeatedRecommendation>();
        var best = new List<Ranked>(6);
        for (var l = 0; l < recommendations.Count; l++)
        {
            var later = recommendations[l];
            if (later.Themes.Count == 0 || years[l] is not { } laterYear) continue;
            best.Clear();
            foreach (var theme in later.Themes)
            {
                foreach (var n in groupsWithTheme[themeBits[theme.ThemeId]])
                {
                    if (visited[n] == l + 1) continue;
                    visited[n] = l + 1;
                    var group = groupList[n];
                    var shared = 0;
                    for (var w = 0; w < words; w++) shared += BitOperations.PopCount(group.Mask[w] & masks[l][w]);
                    if (best.Count == 5 && shared < best[4].Shared) continue;
                    // Completed members first, then the others, each part oldest first: the ones early enough lead
                    // each part, and once one ranks too low, everything after it in the group ranks lower still.
                    if (!Consider(group, 0, group.FirstNotCompleted, shared, later.ReviewId, laterYear))
                        Consider(group, group.FirstNotCompleted, group.Members.Count, shared, later.ReviewId, laterYear);
                }
            }
            if (best.Count == 0) continue;

            var laterThemes = later.Themes.Select(t => t.ThemeId).Distinct().ToList();
            var earlier = best.Select(b =>
            {
                var unit = recommendations[b.Index];
                lessons[(later.Id, unit.Id)] = comparison.Compare(new LessonText(later.Text, later.Themes), new LessonText(unit.Text, unit.Themes));
                var seen = Shown(b.Index);
                return new EarlierRecommendation(unit.Id, unit.Number, seen.Citation, seen.Text, unit.ReviewId, b.Year, b.Completed, completion[b.Index].Progress,
                    unit.Themes.Select(t => t.ThemeId).Where(laterThemes.Contains).ToList());
            }).ToList();
            repeats.Add(new RepeatedRecommendation(
                new RecommendationRef(later.Id, later.Number, Shown(l).Citation, Shown(l).Text, later.ReviewId, laterYear, later.Agencies),
                earlier, laterThemes.Where(t => earlier.Any(e => e.SharedThemes.Contains(t))).ToList()));
        }
        return (repeats.OrderByDescending(r => r.Earlier.Any(e => e.Completed)).ThenByDescending(r => r.Recommendation.Year).ThenBy(r => r.Recommendation.Id, StringComparer.Ordinal).ToList(), lessons);

        // Adds the group's members in [from, to) that rank among the best five; true when the rest of the group cannot.
        bool Consider(ThemeGroup group, int from, int to, int shared, string laterReview, int laterYear)
        {
            for (var k = from; k < to; k++)
            {
                var e = group.Members[k];
                if (years[e] >= laterYear) return false;
                if (recommendations[e].ReviewId == laterReview) continue;
                var candidate = new Ranked(shared, completion[e].Completed, years[e]!.Value, e);
                if (best.Count == 5 && !candidate.Before(best[4])) return true;
                var at = best.FindIndex(candidate.Before);
                best.Insert(at < 0 ? best.Count : at, candidate);
                if (best.Count > 5) best.RemoveAt(5);
            }
            return false;
        }
    }

    /// <summary>
    /// Per recommendation id: its actions, how many state a status, how many are marked complete; read from the
    /// postings of the recommendation field and the kind and status doc values, not from every action's JSON.
    /// </summary>
    private static Dictionary<string, Completion.ActionCounts> ActionProgress(IndexSearcher searcher)
    {
        var counts = new Dictionary<string, Completion.ActionCounts>(StringComparer.Ordinal);
        var bytes = new BytesRef();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var terms = reader.GetTerms(IndexFields.Recommendation.Name);
            var kinds = IndexFields.Kind.ValuesOf(reader);
            if (terms is null || kinds is null) continue;
            var action = kinds.LookupTerm(new BytesRef(UnitKind.Action.Name()));
            if (action < 0) continue;
            var statuses = IndexFields.Status.ValuesOf(reader);
            var complete = new bool[statuses?.ValueCount ?? 0];
            for (var ord = 0; ord < complete.Length; ord++)
            {
                statuses!.LookupOrd(ord, bytes);
                complete[ord] = ActionStatus.MarksComplete(bytes.Utf8ToString());
            }
            var termsEnum = terms.GetEnumerator();
            DocsEnum? docs = null;
            while (termsEnum.MoveNext())
            {
                docs = termsEnum.Docs(reader.LiveDocs, docs, DocsFlags.NONE);
                var (count, stated, done) = (0, 0, 0);
                for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                {
                    if (kinds.GetOrd(doc) != action) continue;
                    count++;
                    var status = statuses?.GetOrd(doc) ?? -1;
                    if (status < 0) continue;
                    stated++;
                    if (complete[status]) done++;
                }
                if (count == 0) continue;
                var id = termsEnum.Term.Utf8ToString();
                var before = counts.GetValueOrDefault(id);
                counts[id] = new Completion.ActionCounts(before.Count + count, before.Stated + stated, before.Done + done);
            }
        }
        return counts;
    }

    /// <summary>An earlier recommendation's rank for one later one: most shared themes, marked complete, oldest, then index order.</summary>
    private readonly record struct Ranked(int Shared, bool Completed, int Year, int Index)
    {
        public bool Before(Ranked other) =>
            Shared != other.Shared ? Shared > other.Shared
            : Completed != other.Completed ? Completed
            : Year != other.Year ? Year < other.Year
            : Index < other.Index;
    }

    /// <summary>The citation and shortened text of a recommendation, made once however often it is listed.</summary>
    private sealed record EarlierShown(string Citation, string Text);

    /// <summary>Recommendations with the same set of themes, ranked as earlier recommendations are shown.</summary>
    private sealed class ThemeGroup(ulong[] mask)
    {
        public ulong[] Mask { get; } = mask;
        public List<int> Members { get; } = [];
        public int FirstNotCompleted { get; set; }
    }

    // Every recommendation of the index, in outline, read on every core: about 100,000 at 5,000 reviews, each a stored
    // document to decompress (some 35 µs) and parse.
    private static List<LearningUnit> LoadRecommendations(IndexSearcher searcher)
    {
        var docs = MatchingDocuments.Of(searcher, IndexFields.Kind.Query(UnitKind.Recommendation.Name()));
        var units = new LearningUnit[docs.Count];
        const int Slice = 1024;
        SearchTurns.Share((docs.Count + Slice - 1) / Slice, inParallel: docs.Count > Slice, slice =>
        {
            for (var i = slice * Slice; i < Math.Min(docs.Count, (slice + 1) * Slice); i++) units[i] = RecommendationOutline.Read(searcher.Doc(docs[i]));
        });
        return [.. units];
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..299] + "\u2026";
}
