using LearningSearch.Indexer.Layouts.LearnedBlocks;
using LearningSearch.Indexer.Tests.Library;

namespace LearningSearch.TrainBlockReader;

/// <summary>
/// The label of every segment, read off an answer key: the segment holding a unit's first words starts that unit;
/// the segments after it, up to the next start or the next heading (for a table cell, the rest of its row), continue
/// it; everything else is not a unit.
/// </summary>
public static class Alignment
{
    public static (BlockLabel[] Labels, int Unaligned) Of(IReadOnlyList<Segment> segments, AnswerKey key)
    {
        var labels = new BlockLabel[segments.Count];
        var words = segments.Select(s => " " + LibraryScore.Words(s.Text) + " ").ToArray();
        var starts = new List<int>();
        var cursor = 0;
        var unaligned = 0;
        foreach (var unit in key.Units)
        {
            var kind = unit.Kind switch { "recommendation" => BlockLabel.StartsRecommendation, "action" => BlockLabel.StartsAction, _ => BlockLabel.StartsFinding };
            var unitWords = LibraryScore.Words(unit.Text).Split(' ');
            var at = Find(words, " " + string.Join(' ', unitWords.Take(6)) + " ", cursor)
                ?? Find(words, " " + string.Join(' ', unitWords.Take(3)) + " ", cursor);
            if (at is not { } i) { unaligned++; continue; }
            cursor = i;
            if (labels[i] != BlockLabel.Other) continue;
            labels[i] = kind;
            starts.Add(i);
        }
        foreach (var i in starts)
        {
            for (var j = i + 1; j < segments.Count && labels[j] == BlockLabel.Other; j++)
            {
                var s = segments[j];
                if (segments[i].IsCell ? s.Block != segments[i].Block : s.IsCell) break;
                if (!segments[i].IsCell && SegmentFeatures.IsHeadingLike(s) && !SegmentFeatures.IsField(s.Text)) break;
                labels[j] = BlockLabel.ContinuesUnit;
            }
        }
        return (labels, unaligned);
    }

    private static int? Find(string[] words, string phrase, int from)
    {
        for (var i = from; i < words.Length; i++)
            if (words[i].Contains(phrase, StringComparison.Ordinal)) return i;
        return null;
    }
}
