using Lucene.Net.Index;

namespace LearningSearch.Indexer.Indexing;

/// <summary>
/// Leaves the segments Lucene flushes while an index is written alone, then, when the build force-merges, joins
/// neighbouring segments into the number of parts asked for, each with nearly the same number of units. A search
/// scores its segments on separate cores at the same time, so it waits for the largest: Lucene's own policy left a
/// national index in two segments of 63 % and 37 %, so the larger took most of the time. Neighbours only, so the
/// units stay in corpus order. Every unit is rewritten once, at the end, instead of in merges along the way.
/// </summary>
internal sealed class BalancedMergePolicy : MergePolicy
{
    public override MergeSpecification? FindMerges(MergeTrigger mergeTrigger, SegmentInfos segmentInfos) => null;

    public override MergeSpecification? FindForcedMerges(SegmentInfos segmentInfos, int maxSegmentCount, IDictionary<SegmentCommitInfo, bool> segmentsToMerge)
    {
        var segments = segmentInfos.Segments.ToList();
        if (segments.Count <= Math.Max(1, maxSegmentCount)) return null;
        var total = segments.Sum(Units);
        var merges = new MergeSpecification();
        var part = new List<SegmentCommitInfo>();
        long before = 0;
        var parts = 0;
        foreach (var segment in segments)
        {
            part.Add(segment);
            before += Units(segment);
            // A part ends where the units so far come nearest to its share of the whole.
            if (parts < maxSegmentCount - 1 && before * maxSegmentCount >= total * (parts + 1))
            {
                Add(merges, part);
                part = [];
                parts++;
            }
        }
        Add(merges, part);
        return merges.Merges.Count == 0 ? null : merges;
    }

    public override MergeSpecification? FindForcedDeletesMerges(SegmentInfos segmentInfos) => null;

    // A part is a large share of the index; writing it again as one compound file would only copy it once more.
    public override bool UseCompoundFile(SegmentInfos infos, SegmentCommitInfo mergedInfo) => false;

    protected override void Dispose(bool disposing)
    {
    }

    private static long Units(SegmentCommitInfo segment) => segment.Info.DocCount - segment.DelCount;

    private static void Add(MergeSpecification merges, List<SegmentCommitInfo> part)
    {
        if (part.Count > 1) merges.Add(new OneMerge(part));
    }
}
