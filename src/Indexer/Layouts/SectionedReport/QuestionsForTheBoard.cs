using System.Text.RegularExpressions;

namespace LearningSearch.Indexer.Layouts.SectionedReport;

/// <summary>
/// The questions a systems review ("Learning Together") asks of the board at the end of each finding, which take
/// the place of recommendations: "Issues for the Board to consider" over them, or a bullet that asks the board,
/// the partnership or the safeguarding partners a question ("Is the Board satisfied that ...?", "How will the
/// Partnership know ...?"). A briefing's reflective questions for practitioners ("How would you ...?") ask no board,
/// and stay the briefing's prose.
/// </summary>
public static partial class QuestionsForTheBoard
{
    /// <summary>True for a line that only introduces the board's questions ("Issues for the Board to consider", "Questions for the partnership:").</summary>
    public static bool IsHeading(string text) => Heading().IsMatch(text.Trim());

    /// <summary>True for a question put to the board or the partners.</summary>
    public static bool Asks(string text)
    {
        var t = text.Trim();
        if (t.StartsWith("- ", StringComparison.Ordinal)) t = t[2..].TrimStart();
        return t.EndsWith('?') && Asked().IsMatch(t);
    }

    [GeneratedRegex(@"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:key\s+)?(?:issues|questions|matters)\s+(?:for|to)\s+(?:the\s+)?(?:(?:local\s+)?safeguarding\s+(?:children\s+)?(?:partnership|board)|partnership|board|lscb|lscp|safeguarding partners|partners|executive(?:\s+group)?)(?:\s+to\s+(?:consider|address|answer))?|(?:issues|questions)\s+(?:the\s+)?(?:board|partnership)\s+(?:should|may wish to|needs? to)\s+consider)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();

    // The question's subject is the board or the partners: "Is the Board satisfied", "What assurance does the Board
    // have", "How will the Partnership know", "Should the safeguarding partners ask".
    [GeneratedRegex(@"^(?:is|are|does|do|has|have|how|what|which|when|where|who|should|could|would|can|will)\b[^?]{0,60}?\bthe\s+(?:(?:local\s+)?safeguarding\s+(?:children\s+)?(?:partnership|board)|partnership|board|lscb|lscp|safeguarding partners|executive(?:\s+group)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Asked();
}
