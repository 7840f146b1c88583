using LearningSearch.Index.Units;
using LearningSearch.Indexer.Cleaning;
using LearningSearch.Indexer.Layouts;
using LearningSearch.Indexer.Model;

namespace LearningSearch.Indexer.Extraction;

/// <summary>
/// Measures how much of a document's body text its units hold, word by word, so that nothing is dropped
/// silently: the title page, contents list and structural lines (table headers, "Response" labels) are not
/// body text; every other word should be found in some unit.
/// </summary>
public static class CoverageMeter
{
    public static Coverage Measure(PreparedDocument document, ReviewDraft draft, IReadOnlyList<LearningUnit> units)
    {
        var held = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var unit in units)
            // An action plan's lead agency and RAG cells are held as the unit's agency and status, not in its text.
            foreach (var word in InlineText.Words(string.Join(" ", [unit.FullText, .. unit.Dates, unit.Number, .. unit.Agencies, unit.Status])))
                held[word] = held.GetValueOrDefault(word) + 1;

        int body = 0, covered = 0;
        var uncovered = new List<string>();
        foreach (var block in document.Blocks)
        {
            if (draft.FrontMatterLines.Contains(block.Line) || draft.StructureLines.Contains(block.Line)) continue;
            int blockWords = 0, blockCovered = 0;
            foreach (var word in InlineText.Words(InlineText.Clean(block.Raw.Replace('\t', ' '))))
            {
                blockWords++;
                if (held.TryGetValue(word, out var n) && n > 0)
                {
                    held[word] = n - 1;
                    blockCovered++;
                }
            }
            body += blockWords;
            covered += blockCovered;
            if (blockWords > 0 && blockCovered < blockWords * 0.8 && uncovered.Count < 10)
                uncovered.Add($"line {block.Line}: {Shorten(block.Text)}");
        }
        return new Coverage(body, covered, uncovered);
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
