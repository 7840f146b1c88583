using LearningSearch.Index.Units;
using LearningSearch.Indexer.Layouts.LearnedBlocks;
using LearningSearch.Indexer.Tests.Library;

namespace LearningSearch.TrainBlockReader;

/// <summary>The labels the rules' reading implies for each segment: where each of their units starts, and the segments it holds.</summary>
public static class RulesLabels
{
    public static BlockLabel[] Of(IReadOnlyList<Segment> segments, IReadOnlyList<LearningUnit> units)
    {
        var labels = new BlockLabel[segments.Count];
        var words = segments.Select(s => " " + LibraryScore.Words(s.Text) + " ").ToArray();
        foreach (var unit in units)
        {
            var kind = unit.Kind switch { UnitKind.Recommendation => BlockLabel.StartsRecommendation, UnitKind.Action => BlockLabel.StartsAction, _ => BlockLabel.StartsFinding };
            var opening = " " + string.Join(' ', LibraryScore.Words(unit.Text).Split(' ').Take(5)) + " ";
            var started = false;
            for (var i = 0; i < segments.Count; i++)
            {
                var line = segments[i].Block.Line;
                if (line < unit.Lines.First || line > unit.Lines.Last) continue;
                if (!started && words[i].Contains(opening, StringComparison.Ordinal))
                {
                    if (labels[i] is BlockLabel.Other or BlockLabel.ContinuesUnit) labels[i] = kind;
                    started = true;
                }
                else if (started && labels[i] == BlockLabel.Other && words[i].Trim().Length > 0 && LibraryScore.Words(unit.FullText).Contains(words[i].Trim(), StringComparison.Ordinal))
                    labels[i] = BlockLabel.ContinuesUnit;
            }
        }
        return labels;
    }
}
