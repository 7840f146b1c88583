using System.Diagnostics;
using System.Globalization;
using LearningSearch.Index.Citing;
using LearningSearch.Index.Generations;
using LearningSearch.Index.Live;
using LearningSearch.Index.Schema;
using LearningSearch.Meaning;
using LearningSearch.SearchApi.Meaning;
using LearningSearch.SearchApi.Contracts;
using LearningSearch.SearchApi.Search.Reordering;
using LearningSearch.Themes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace LearningSearch.SearchApi.Search;

/// <summary>Runs a search: one pass collects the page of hits and the facet counts of the whole result set.</summary>
public sealed class UnitSearch(LiveIndex index, SearchQueryBuilder builder, HitMapper mapper, Taxonomy taxonomy, SearchTurns turns, MeaningEngine meaning, HybridRanking hybridRanking, SecondStage? secondStage = null, Themes.Model.ThemeModel? themeModel = null, KnownWords? knownWords = null)
{
    /// <summary>A page of results with the facets of them all, or what to fix in the request.</summary>
    public Outcome<SearchResponse, SearchRefusal> Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        using var work = turns.Begin();
        // Looked up once: its corrections are searched beside the question, and it says "did you mean" on the first page.
        var spelling = Spelling(request.Q);
        var nearestReal = spelling?.NearestRealWords ?? [];
        if (!Run(request, work, Misspelled(spelling, request.Q), nearestReal).TryGet(out var response, out var refusal)) return refusal;
        if (response.Query.Length == 0 || (request.Page ?? 1) != 1) return response with { TookMs = Math.Round(clock.Elapsed.TotalMilliseconds, 2) };

        // A misspelled word: offer the question as the reviews spell it, and search it instead when the typed words found nothing.
        if (spelling is { } correction)
        {
            if (correction.Corrected.Count == 0)
            {
                if (correction.NoWordKnown && response.Total > 0 && response.Notice is null)
                    response = response with { Notice = $"None of the words of \u201C{response.Query}\u201D appear in the reviews; these results come from the themes or other wording it names. Try other words." };
            }
            else if (response.Total == 0 || correction.NoWordKnown)
            {
                if (Run(request with { Q = correction.Question }, work, [], nearestReal).TryGet(out var corrected, out _) && corrected.Total > 0)
                    response = corrected with
                    {
                        Spelling = new SearchSpelling(response.Query, correction.Question, correction.Corrected, true,
                            $"No results for \u201C{response.Query}\u201D. Showing results for \u201C{correction.Question}\u201D."),
                    };
            }
            else
            {
                response = response with { Spelling = new SearchSpelling(response.Query, correction.Question, correction.Corrected, false, $"Did you mean \u201C{correction.Question}\u201D?") };
            }
        }
        return response with { TookMs = Math.Round(clock.Elapsed.TotalMilliseconds, 2) };
    }

    private SpellingCorrection? Spelling(string? question)
    {
        if (string.IsNullOrWhiteSpace(question) || question.Length > SearchQueryBuilder.MaxQueryLength) return null;
        using var lease = index.Acquire();
        return SpellingSuggestions.For(lease.Searcher, question.Trim(), knownWords);
    }

    // Words of the question that no unit contains and that are near a word the reviews use; none for an exact search,
    // where the person typed exactly what to match.
    private static IReadOnlyList<(string Typed, string Suggested)> Misspelled(SpellingCorrection? spelling, string? question) =>
        spelling is null || question is null || SearchQueryBuilder.IsExact(question) ? [] : spelling.Replacements;

    private Outcome<SearchResponse, SearchRefusal> Run(SearchRequest request, SearchTurns.Work work, IReadOnlyList<(string Typed, string Suggested)> misspelled, IReadOnlyList<(string Typed, string Meant)> nearestReal)
    {
        if (!builder.Build(request, ThemesByMeaning(request.Q), misspelled).TryGet(out var plan, out var refusal)) return refusal;
        using var lease = index.Acquire();
        var searcher = lease.Searcher;

        var vectors = lease.Generation.Get<MeaningVectors>();
        var readiness = vectors.Readiness;
        var encoder = meaning.Encoder;
        var hybrid = plan.ByMeaning && readiness.IsReady && encoder is not null;
        var wanted = plan.Page * plan.PageSize;

        if (!Collect(searcher, plan, work.MaySpread, hybrid ? Math.Max(wanted, hybridRanking.Settings.WordsDepth) : wanted).TryGet(out var collected, out refusal)) return refusal;
        var total = collected.TotalHits;
        var facets = collected.Facets;
        IReadOnlyList<RankedDoc> ranked;
        var questionWasCut = false;
        var foundByMeaningAlone = 0;
        Dictionary<int, HitRanking>? why = null;
        if (hybrid)
        {
            var question = encoder!.EncodeQuestion(SpellingSuggestions.ForMeaning(plan.Query, misspelled, nearestReal));
            questionWasCut = question.WasCut;
            var near = vectors.Nearest(question.Vector, hybridRanking.Settings.MeaningDepth, AllowedDocs(searcher, plan.Filter));
            var byWords = collected.Page(0, int.MaxValue);
            ranked = hybridRanking.Rank(byWords, near);
            var meaningOnly = ranked.Where(r => r.FoundBy == FoundBy.Meaning).Select(r => r.Doc).ToList();
            foundByMeaningAlone = meaningOnly.Count;
            total += meaningOnly.Count;
            facets.Add(CountFacets(searcher, lease.Generation, meaningOnly));
            if (secondStage is { Enabled: true })
            {
                var depth = secondStage.Weights.Depth;
                var wordScores = byWords.Take(depth).Where(d => !float.IsNaN(d.Score)).ToDictionary(d => d.Doc, d => d.Score);
                var vector = question.Vector;
                var weighed = secondStage.WeighQuestion(vector);
                var weighedForParent = secondStage.WeighQuestionForParent(vector);
                (var reordered, why) = secondStage.Reorder(searcher, ranked, wordScores, HitFeatures.Question.Of(searcher, plan.Query, plan.Expansions),
                    doc => vectors.Similarity(vector, doc), weighed is null ? null : doc => vectors.Similarity(weighed, doc),
                    weighedForParent is null ? null : unitId => vectors.SimilarityToUnit(weighedForParent, unitId));
                ranked = reordered;
            }
        }
        else
        {
            ranked = collected.Page(0, wanted).Select(d => new RankedDoc(d.Doc, float.IsNaN(d.Score) ? 0 : d.Score, FoundBy.Words)).ToList();
        }
        if (plan.Page > 1 && (plan.Page - 1) * plan.PageSize >= total)
            return new SearchRefusal("page", "Page out of range", $"Page {plan.Page} is beyond the last page of results ({Math.Max(1, (total + plan.PageSize - 1) / plan.PageSize)}).");

        var docs = ranked.Skip((plan.Page - 1) * plan.PageSize).Take(plan.PageSize).ToArray();
        // Words in so many units that they only put the results in order did not find them: marking them in every
        // card ("not", "child") would hide the words that did. Phrases keep all their words marked.
        var common = plan.LuceneQuery is EverydayWordsQuery everydayWords ? everydayWords.CommonWords(searcher.IndexReader) : [];
        var marked = common.Count == 0 ? plan : plan with { MatchTerms = new MatchTerms(plan.MatchTerms.Terms.Except(common.Select(t => t.Text), StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal), plan.MatchTerms.Wildcards, plan.MatchTerms.Phrases) };
        var hits = MapHits(searcher, docs, marked, work.MaySpread);
        if (request.Explain == true && why is not null)
            hits = hits.Select((hit, i) => why.TryGetValue(docs[i].Doc, out var ranking) ? hit with { Ranking = ranking } : hit).ToList();

        var response = new SearchResponse(
            plan.Query,
            plan.ExpandedQuery,
            total,
            plan.Page,
            plan.PageSize,
            0,
            hits,
            Facets(request, plan, facets, lease.Generation.Catalog),
            plan.Notice,
            plan.Expansions,
            SearchQueryBuilder.AsTyped(plan.Query, common),
            MeaningSaid.Of(plan, readiness, meaning, hybrid, foundByMeaningAlone, questionWasCut, why is not null));
        return response;
    }

    // Reading, highlighting and citing a page of hits is a millisecond or two of work per search that the hits do
    // not share: while no other search is using the cores, the hits are shared between them.
    /// <summary>The themes the theme model reads in a question's meaning, when the meaning model is loaded and the setting is on.</summary>
    private IReadOnlyList<Theme> ThemesByMeaning(string? question)
    {
        if (themeModel is null || !hybridRanking.Settings.ThemesByMeaning || meaning.Encoder is not { } encoder || string.IsNullOrWhiteSpace(question) || question.Length > SearchQueryBuilder.MaxQueryLength)
            return [];
        var vector = encoder.EncodeQuestion(question.Trim()).Vector;
        return themeModel.PredictFromVectorAlone(vector).Where(p => p.Probability >= hybridRanking.Settings.LeastThemeProbability)
            .Select(p => taxonomy.Find(p.ThemeId)).OfType<Theme>().ToList();
    }

    private List<UnitHit> MapHits(IndexSearcher searcher, RankedDoc[] docs, SearchPlan plan, bool maySpread)
    {
        var hits = new UnitHit[docs.Length];
        SearchTurns.Share(docs.Length, docs.Length >= 4 && maySpread, i =>
            hits[i] = mapper.Map(searcher, UnitDocuments.ReadUnit(searcher.Doc(docs[i].Doc)), docs[i].Score, plan.MatchTerms) with { FoundBy = docs[i].FoundByName });
        return [.. hits];
    }

    /// <summary>The index documents the request's filters let through, for the search by meaning; null when it has none.</summary>
    private static Func<int, bool>? AllowedDocs(IndexSearcher searcher, Filter? filter)
    {
        if (filter is null) return null;
        var allowed = new FixedBitSet(searcher.IndexReader.MaxDoc);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var iterator = filter.GetDocIdSet(leaf, leaf.AtomicReader.LiveDocs)?.GetIterator();
            if (iterator is null) continue;
            for (var doc = iterator.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator.NextDoc()) allowed.Set(leaf.DocBase + doc);
        }
        return allowed.Get;
    }

    /// <summary>The facet counts of units found by meaning alone, to add to those of the word matches.</summary>
    private static FacetCounter CountFacets(IndexSearcher searcher, Generation generation, List<int> docs)
    {
        var counter = new FacetCounter(generation.Facets);
        var leaves = searcher.IndexReader.Leaves;
        foreach (var inLeaf in docs.GroupBy(doc => ReaderUtil.SubIndex(doc, leaves)).OrderBy(g => g.Key))
        {
            var leaf = leaves[inLeaf.Key];
            counter.SetNextReader(leaf);
            foreach (var doc in inLeaf) counter.Collect(doc - leaf.DocBase);
        }
        return counter.Finish();
    }

    /// <summary>Finds the matches of a plan: the best <paramref name="hitsWanted"/> hits and the facet counts of them all (segments at the same time if asked).</summary>
    public static Outcome<SearchMatches, SearchRefusal> Collect(IndexSearcher searcher, SearchPlan plan, bool inParallel, int? hitsWanted = null)
    {
        try
        {
            return SegmentParallelSearch.Run(searcher, plan.LuceneQuery, plan.Filter, hitsWanted ?? plan.Page * plan.PageSize, inParallel);
        }
        // Rewriting a wildcard or fuzzy word against this index's terms can pass Lucene's clause limit, which it throws.
        catch (BooleanQuery.TooManyClausesException)
        {
            return SearchQueryBuilder.TooBroad;
        }
    }

    private static string[] Chosen(params string?[] values) => values.Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToArray();

    private SearchFacets Facets(SearchRequest request, SearchPlan plan, FacetCounter counts, CorpusCatalog catalog)
    {
        var limit = plan.FacetLimit;
        var reviews = request.Review ?? [];
        var themes = FacetList.Top(counts.ThemeTally, limit, id => taxonomy.Find(id)?.Label ?? id, request.Theme ?? []);
        var reviewValues = FacetList.Top(counts.ReviewTally, limit, id => catalog.Reviews.TryGetValue(id, out var r) ? ReviewName.Of(id, r.Review) : id, reviews);
        var kinds = FacetList.Top(counts.KindTally, limit, k => k, Chosen(request.Kind?.Trim()));
        var agencies = FacetList.Top(counts.AgencyTally, limit, a => a, Chosen(request.Agency?.Trim()));
        var years = FacetList.Top(counts.YearTally, limit, y => y, Chosen(request.YearFrom?.ToString(CultureInfo.InvariantCulture), request.YearTo?.ToString(CultureInfo.InvariantCulture)));
        return new SearchFacets(
            themes.Values,
            reviewValues.Values,
            kinds.Values,
            agencies.Values,
            years.Values.OrderBy(y => y.Value, StringComparer.Ordinal).ToList(),
            new FacetsNotListed(themes.NotListed, reviewValues.NotListed, kinds.NotListed, agencies.NotListed, years.NotListed));
    }
}
