using System.Text.RegularExpressions;

namespace LearningSearch.Indexer.Layouts.SectionedReport;

/// <summary>How a list counts its items; items of one list share a style, sub-items use another.</summary>
public enum LabelStyle
{
    /// <summary>"1", "1.", "1.1": <see cref="ItemLabel.Depth"/> tells the levels apart.</summary>
    Numbered,
    UpperLetter,
    LowerLetter,
    UpperRoman,
    LowerRoman,
    /// <summary>"R1", "R2": the recommendation's own prefix.</summary>
    RNumber,
    /// <summary>"H1", "CSC2", "E1.1": a number after an agency's or a section's letters (an IMR appendix's "H" for health).</summary>
    PrefixedNumber,
    /// <summary>"Recommendation 1a:", "Recommendation ii".</summary>
    RecommendationWord,
    /// <summary>"Finding 1:", "Learning point 2", "Key finding 3".</summary>
    FindingWord,
}

/// <summary>
/// The label in front of a numbered or lettered paragraph (<c>1</c>, <c>1.</c>, <c>1.1</c>, <c>A.</c>, <c>(a)</c>,
/// <c>a)</c>, <c>ii.</c>, <c>R1</c>, <c>Recommendation 1a:</c>, <c>Finding 2:</c>), with the number as printed
/// (without its brackets and full stop, as the other layouts keep it) and the text after it.
/// </summary>
/// <param name="Depth">For decimal labels, how many levels the number has ("1.1" is 2); 1 otherwise.</param>
/// <param name="Addressee">Whom the label says the item is for ("Recommendation 3 (for Severnside Police):"), when it says.</param>
/// <param name="NamesArea">An inspection's "Area for improvement 2:", "Priority action PA1:": a recommendation when its
/// words say what should be done, a finding when they name what is not yet good enough.</param>
public sealed partial record ItemLabel(LabelStyle Style, int Depth, string Number, string Rest, string? Addressee = null, bool NamesArea = false)
{
    /// <summary>True when the label itself says what the item is ("Recommendation 1", "R2", "Finding 3").</summary>
    public bool SaysRecommendation => Style is LabelStyle.RecommendationWord or LabelStyle.RNumber;

    public bool SaysFinding => Style == LabelStyle.FindingWord;

    public bool SameListAs(ItemLabel other) => Style == other.Style && Depth == other.Depth;

    /// <summary>
    /// Reads the label at the start of a paragraph (a bullet's "- " is looked through). <paramref name="previous"/>
    /// is the label of the list's item before, which settles whether "i." is the ninth letter or the first numeral
    /// and allows a bare "2 " without a full stop when it is the number that comes next.
    /// </summary>
    public static ItemLabel? TryRead(string text, ItemLabel? previous = null)
    {
        var t = text.TrimStart();
        if (t.StartsWith("- ", StringComparison.Ordinal)) t = t[2..].TrimStart();

        // A report in numbered paragraphs names some of them in words ("7.3. Recommendation 2:", "4.2. Finding 1:"):
        // the paragraph number places the text in the report, the worded label says which recommendation it is.
        if (ParagraphNumber().Match(t) is { Success: true } paragraph && TryRead(t[paragraph.Length..]) is { Style: LabelStyle.RecommendationWord or LabelStyle.FindingWord } worded)
            return worded;
        if (RecommendationWord().Match(t) is { Success: true } rec)
            return new(LabelStyle.RecommendationWord, 1, rec.Groups["n"].Value, rec.Groups["rest"].Value.Trim(), rec.Groups["for"].Success ? rec.Groups["for"].Value.Trim() : null, rec.Groups["area"].Success);
        if (FindingWord().Match(t) is { Success: true } finding)
            return new(LabelStyle.FindingWord, 1, finding.Groups["n"].Value, finding.Groups["rest"].Value.Trim());
        if (RNumber().Match(t) is { Success: true } r)
            return new(LabelStyle.RNumber, 1, "R" + r.Groups["n"].Value, r.Groups["rest"].Value.Trim(), r.Groups["tag"].Success ? r.Groups["tag"].Value : null);
        if (SectorNumber().Match(t) is { Success: true } sector)
            return new(LabelStyle.PrefixedNumber, 1, sector.Groups["n"].Value, sector.Groups["rest"].Value.Trim());
        if (PrefixedNumber().Match(t) is { Success: true } prefixed)
            return new(LabelStyle.PrefixedNumber, 1, prefixed.Groups["n"].Value, prefixed.Groups["rest"].Value.Trim());
        if (Levels().Match(t) is { Success: true } levels)
            return new(LabelStyle.Numbered, levels.Groups["n"].Value.Count(c => c == '.') + 1, levels.Groups["n"].Value, levels.Groups["rest"].Value.Trim());
        if (Decimal().Match(t) is { Success: true } number)
            return new(LabelStyle.Numbered, 1, number.Groups["n"].Value, number.Groups["rest"].Value.Trim());
        if (BareDecimal().Match(t) is { Success: true } bare && IsNextNumber(bare.Groups["n"].Value, previous))
            return new(LabelStyle.Numbered, 1, bare.Groups["n"].Value, bare.Groups["rest"].Value.Trim());
        if (Lettered().Match(t) is { Success: true } lettered)
        {
            var n = lettered.Groups["n"].Value;
            var rest = lettered.Groups["rest"].Value.Trim();
            if (IsRoman(n) && !(n.Length == 1 && IsNextLetter(n, previous)))
                return new(char.IsUpper(n[0]) ? LabelStyle.UpperRoman : LabelStyle.LowerRoman, 1, n, rest);
            if (n.Length == 1)
                return new(char.IsUpper(n[0]) ? LabelStyle.UpperLetter : LabelStyle.LowerLetter, 1, n, rest);
        }
        return null;
    }

    // "i" after "h" is the ninth letter of a lettered list; anywhere else it is a numeral.
    private static bool IsNextLetter(string letter, ItemLabel? previous) =>
        previous is { Style: LabelStyle.LowerLetter or LabelStyle.UpperLetter, Number.Length: 1 }
        && char.ToLowerInvariant(previous.Number[0]) + 1 == char.ToLowerInvariant(letter[0]);

    private static bool IsNextNumber(string number, ItemLabel? previous) =>
        previous is { Style: LabelStyle.Numbered, Depth: 1 } && int.TryParse(previous.Number, out var p)
            ? int.Parse(number) == p + 1
            : number == "1";

    private static bool IsRoman(string text) => RomanNumeral().IsMatch(text.ToLowerInvariant());

    [GeneratedRegex(@"^(?:recommendation|rec\.|(?<area>areas?\s+for\s+(?:priority\s+)?(?:improvement|development|action)|priority\s+action))\s+(?<n>(?:(?-i:[A-Z]{1,3})(?=\d))?\d{1,2}(?:\.\d{1,2})*[a-z]?|[ivx]{1,5}|[a-z])(?:\s*\((?:for|to)\s+(?<for>[^)]{2,120})\))?\s*(?:[:.)\-\u2013\u2014]+\s*|\s+(?=(?-i:[A-Z]))|$)(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex RecommendationWord();

    [GeneratedRegex(@"^(?:key\s+)?(?:finding|learning\s+point|learning\s+theme|learning|lesson)\s+(?<n>\d{1,2}(?:\.\d{1,2})*[a-z]?|[ivx]{1,5}|[a-z])\s*(?:[:.)\-\u2013\u2014]+\s*|$)(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex FindingWord();

    // "R1", and "CSC R1" where an agency's letters come first (an IMR appendix numbering each agency's own R1, R2); "R6
    // (SAB and SCP)" in a joint review tags the board(s) it is addressed to.
    [GeneratedRegex(@"^(?:[A-Z]{2,5}\s+)?R(?<n>\d{1,2}[a-z]?)(?:\s*\((?<tag>[A-Z]{2,6}(?:\s*(?:,|and|&|/)\s*[A-Z]{2,6}){0,3})\))?(?:\s*[:.)\-\u2013\u2014]+\s*|\s+(?=[A-Z])|$)(?<rest>.*)$")]
    private static partial Regex RNumber();

    // Two to four capitals, or one that is not a Roman numeral or a lone article: "H1", "CSC1", "E2"; not "A1" (a
    // paper size, a road) nor "I1".
    [GeneratedRegex(@"^(?<n>(?:[A-Z]{2,4}|[B-HJ-UWYZ])\d{1,2}(?:\.\d{1,2})?[a-z]?)(?:\s*[:.)\-\u2013\u2014]+\s*|\s+(?=[A-Z\u201C""])|$)(?<rest>.*)$")]
    private static partial Regex PrefixedNumber();

    // "Police 1.1", "Health 2.3": an IMR appendix numbering each agency's recommendations after its sector's name.
    [GeneratedRegex(@"^(?:Police|Health|Education|Housing|Probation|Ambulance|Schools?|Social Care|Children's Social Care|Adult Social Care|CSC|ASC|GP|ICB|CAMHS)\s+(?<n>\d{1,2}\.\d{1,2})\.?\s+(?<rest>[A-Z\u201C""].*)$")]
    private static partial Regex SectorNumber();

    [GeneratedRegex(@"^(?<n>\d{1,2}(?:\.\d{1,2}){1,3})\.?(?:\s+|$)(?<rest>.*)$")]
    private static partial Regex Levels();

    [GeneratedRegex(@"^\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+(?=(?i:recommendation|finding|key finding|learning point)\s+\w)")]
    private static partial Regex ParagraphNumber();

    [GeneratedRegex(@"^\(?(?<n>\d{1,2})(?:[.):]\s*|\s*\t|\s{2,})(?<rest>\S.*)$")]
    private static partial Regex Decimal();

    [GeneratedRegex(@"^(?<n>\d{1,2})\s+(?<rest>[A-Z].*)$")]
    private static partial Regex BareDecimal();

    [GeneratedRegex(@"^(?:\((?<n>[A-Za-z]{1,6})\)|(?<n>[A-Za-z]{1,6})[.)])\s+(?<rest>\S.*)$")]
    private static partial Regex Lettered();

    [GeneratedRegex(@"^(?=[ivxl])l?x{0,3}(?:ix|iv|v?i{0,3})$")]
    private static partial Regex RomanNumeral();
}
