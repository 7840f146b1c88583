using LearningSearch.Index;
using LearningSearch.Index.Live;
using LearningSearch.Index.Schema;
using LearningSearch.Index.Units;
using LearningSearch.SearchApi.Contracts;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LearningSearch.SearchApi.Search;

/// <summary>The reviews in the index, with their metadata and structure.</summary>
public sealed class ReviewQueries(LiveIndex index, HitMapper mapper)
{
    public IReadOnlyList<ReviewListing> All()
    {
        using var lease = index.Acquire();
        return lease.Generation.Catalog.Reviews.Values.Select(Listing).ToList();
    }

    /// <summary>The review's structure, or <see cref="UnknownId"/> when the index has no such review.</summary>
    public Outcome<ReviewDetail, UnknownId> One(string id)
    {
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        if (!lease.Generation.Catalog.Reviews.TryGetValue(id, out var review))
            return new UnknownId("review", id, $"There is no review '{id}'. GET /api/reviews lists the review ids.");
        var query = new BooleanQuery
        {
            { IndexFields.Review.Query(id), Occur.MUST },
            { IndexFields.Units(), Occur.MUST },
        };
        var units = MatchingDocuments.Of(searcher, query)
            .Select(doc => UnitDocuments.ReadUnit(searcher.Doc(doc))).OrderBy(u => u.Lines.First).ThenBy(u => u.Sequence)
            .DistinctBy(u => u.Id, StringComparer.Ordinal).ToList(); // see CorpusCatalog: an older index may hold a review id twice
        var hits = units.ToDictionary(u => u.Id, u => mapper.Map(searcher, u, 0, MatchTerms.None));
        var recommendations = units.Where(u => u.Kind == UnitKind.Recommendation).Select(r => new RecommendationNode(
            hits[r.Id],
            units.Where(u => u.Kind == UnitKind.Action && u.RecommendationId == r.Id).Select(u => hits[u.Id]).ToList(),
            units.Where(u => u.Kind == UnitKind.Finding && u.Cites.Contains(r.Id)).Select(u => hits[u.Id]).ToList())).ToList();
        var others = units.Where(u => u.Kind == UnitKind.Finding && u.Cites.Count == 0).Select(u => hits[u.Id]).ToList();
        return new ReviewDetail(Listing(review), recommendations, others);
    }

    private static ReviewListing Listing(IndexedReview r) => new(
        r.Review.Id, r.Review.Title, r.Review.Partnership, r.Review.Area, r.Review.Year, r.Review.ReviewType, r.Review.SourceFile, r.Review.Layout,
        r.Recommendations + r.Actions + r.Findings, r.Recommendations, r.Actions, r.Findings, Math.Round(r.Coverage, 4), r.Review.MetadataSources, r.Warnings,
        WebAddress.Checked(r.Review.PublishedAddress), ReviewDocuments.Address(r.Review.Id));
}
