namespace LearningSearch.Indexer.Extraction;

/// <summary>
/// When a review is read by the learned reader (<see cref="Layouts.LearnedBlocks.LearnedBlockLayout"/>) rather than by
/// the rules: when the learned reader reads more than a quarter more units than the rules did. The rules are right more
/// often on the layouts they were written for (89.9 % against 78.7 % of the library's units, each document held out of the
/// model's training), so they keep every document they read nearly whole; a layout they do not know leaves most of its
/// units unread or run together, and there the learned reader reads more (63.6 % against 33.9 % of a set written blind).
/// Of the joins measured by tools/TrainBlockReader this one never took a library document from the rules and raised the
/// blind set to 49.2 % (docs/quality.md).
/// </summary>
public static class LearnedReaderChoice
{
    /// <summary>How many more units than the rules' the learned reader must read for its reading to be used.</summary>
    public const double MoreUnitsNeeded = 0.25;

    /// <summary>Whether the learned reader's reading is used instead of the rules'.</summary>
    public static bool PrefersLearned(int unitsByRules, int unitsByLearnedReader) =>
        // Strictly more, as measured: a document both read alike, or that neither can read, stays with the rules.
        unitsByLearnedReader > unitsByRules * (1 + MoreUnitsNeeded);

    /// <summary>The warning a document read by the learned reader carries, in the words of the person who checks it.</summary>
    public static string Warning(string sourceFile, string rulesLayout, int unitsByRules, int unitsByLearnedReader) =>
        $"{sourceFile}: read by the learned reader: the document's layout was not recognised by the rules; check its units " +
        $"(the rules read {unitsByRules} unit(s) as {rulesLayout}, the learned reader {unitsByLearnedReader}).";
}
