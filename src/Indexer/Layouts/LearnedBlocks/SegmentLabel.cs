using System.Text.RegularExpressions;
using LearningSearch.Indexer.Layouts.SectionedReport;

namespace LearningSearch.Indexer.Layouts.LearnedBlocks;

/// <summary>
/// The label in front of a segment, as <see cref="ItemLabel"/> reads it ("Recommendation 3", "1.2", "(b)", "H1"), or in
/// two more shapes reviews use: a number after an agency's initials ("CSC R1:", "ICB 2:") and a number after any
/// word ("Learning theme 1:", "Priority 2 -"), whose word the classifier weighs, so an unknown word still reads as a label.
/// </summary>
/// <param name="Kind">The label's style ("Numbered", "RecommendationWord", ...), "AgencyNumber", or "Word".</param>
/// <param name="Word">For a "Word" label, its word in lower case ("theme"); null otherwise.</param>
public sealed partial record SegmentLabel(string Kind, int Depth, string Number, string Rest, string? Word)
{
    public bool SameListAs(SegmentLabel other) => Kind == other.Kind && Depth == other.Depth && Word == other.Word;

    public static SegmentLabel? Read(string text)
    {
        if (ItemLabel.TryRead(text) is { } label)
            return new(label.Style.ToString(), label.Depth, label.Number, label.Rest, null);
        var t = text.TrimStart();
        if (AgencyNumber().Match(t) is { Success: true } agency)
            return new("AgencyNumber", 1, agency.Groups["n"].Value, agency.Groups["rest"].Value.Trim(), null);
        if (WordNumber().Match(t) is { Success: true } word)
            return new("Word", 1, word.Groups["n"].Value, word.Groups["rest"].Value.Trim(), word.Groups["w"].Value.ToLowerInvariant());
        return null;
    }

    [GeneratedRegex(@"^(?:[A-Z]{2,5})\s+(?<n>R?\d{1,2}(?:\.\d{1,2})?[a-z]?)\s*[:.)\u2013\u2014-]\s*(?<rest>.*)$")]
    private static partial Regex AgencyNumber();

    // One or two words, then a number and a colon or dash: "Learning theme 1:", "Priority area 2 -". The number must be
    // followed by punctuation, so "Page 2 of 6" and "Year 6 pupils" are not labels.
    [GeneratedRegex(@"^(?:[A-Z][a-z]+\s+)?(?<w>[A-Za-z][a-z]{2,})\s+(?<n>\d{1,2}[a-z]?)\s*[:\u2013\u2014-]\s*(?<rest>.*)$")]
    private static partial Regex WordNumber();
}
