using System.Text.RegularExpressions;
using LearningSearch.Indexer.Agencies;
using LearningSearch.Indexer.Layouts.SectionedReport;

namespace LearningSearch.Indexer.Layouts.LearnedBlocks;

/// <summary>
/// The features the block classifier weighs, each one a reader could name: the segment's shape (its label such as
/// "Recommendation 3", "1.2", "(b)", "H1"; bullet; table cell and column), its first words and a small lexicon
/// ("should", "will", "Response", "Update", "Lead:"), whether it starts with an agency, its length and ending, the
/// words of the headings above it, and the labels given to the segments before it.
/// </summary>
public static partial class SegmentFeatures
{
    /// <summary>The features that depend only on the document, not on the labels decoded so far.</summary>
    public static IReadOnlyList<string[]> Static(IReadOnlyList<Segment> segments, AgencyDirectory agencies)
    {
        var result = new List<string[]>(segments.Count);
        string? heading = null, headingBefore = null;
        var sinceHeading = 0;
        // The same for every segment under a heading, and its agency lookup is slow: worked out once per heading.
        var headingFeatures = HeadingFeatures(null, null, agencies);
        for (var i = 0; i < segments.Count; i++)
        {
            var s = segments[i];
            var f = new List<string> { "bias" };
            var label = SegmentLabel.Read(s.Text);
            var text = label is { Rest.Length: > 0 } ? label.Rest : s.Text;
            var shape = Shape(s, label);
            f.Add("shape=" + shape);
            if (label is not null)
            {
                f.Add("label=" + label.Kind);
                f.Add($"label={label.Kind}/{Math.Min(label.Depth, 3)}");
                if (label.Word is not null) f.Add("label-word=" + label.Word);
                if (label.Rest.Length == 0) f.Add("label-only");
            }
            if (s.IsCell)
            {
                f.Add("cell=" + Math.Min(s.Cell, 4));
                f.Add("row=" + Math.Min(s.Row, 2));
                if (s.RepeatsAbove) f.Add("cell-repeats-above");
                foreach (var w in Words(s.Column).Take(3)) f.Add("column=" + w);
                if (s.Column.Length == 0) f.Add("column=none");
                f.Add("cells=" + Math.Min(s.Block.Cells.Length, 6));
                if (CellNumber().IsMatch(s.Text)) f.Add("cell-kind=number");
                else if (RagWord().IsMatch(s.Text)) f.Add("cell-kind=rag");
                else if (DateLike().IsMatch(s.Text)) f.Add("cell-kind=date");
                else if (agencies.FindMentions(s.Text) is [var only] && only.Length >= s.Text.Length - 6) f.Add("cell-kind=agency");
                if (CellNumber().IsMatch(s.Block.Cells[0].Trim()) && s.Cell > 0) f.Add("row-numbered");
            }
            if (s.Block.IsBullet) f.Add("bullet");

            var words = Words(text).ToArray();
            if (words.Length > 0) f.Add("w1=" + words[0]);
            if (words.Length > 1) f.Add("w12=" + words[0] + "_" + words[1]);
            f.Add("len=" + LengthBucket(words.Length));
            var end = s.Text.TrimEnd() is { Length: > 0 } t ? t[^1] : ' ';
            f.Add("end=" + (end is '.' or '!' or '?' ? "stop" : end is ':' ? "colon" : end is ';' or ',' ? "comma" : "none"));

            var lower = " " + string.Join(' ', words.Take(25)) + " ";
            foreach (var (name, pattern) in Lexicon)
                if (lower.Contains(pattern, StringComparison.Ordinal)) f.Add("lex=" + name);
            if (Field().Match(s.Text) is { Success: true } field) f.Add("field=" + field.Groups["f"].Value.ToLowerInvariant());
            if (InlineField().Count(s.Text) >= 2) f.Add("has-fields");
            if (ResponseLine.Read(s.Text) is not null) f.Add("response-label");
            if (ResponseLine.Lead(s.Text) is not null) f.Add("lead-line");
            if (ResponseLine.NamedIn(s.Text).Count > 0 || References().IsMatch(s.Text)) f.Add("names-recommendation");
            if (agencies.LeadAgency(text, within: 3) is not null) f.Add("agency-first");
            else if (agencies.LeadAgency(text, within: 60) is not null) f.Add("agency-near-start");
            if (RecommendationAddressees.Of(text, agencies).Count > 0) f.Add("addressee-should");
            if (ReportHeading.TryRead(s.Block) is { } h && !s.IsCell) f.Add("heading-kind=" + h.Kind);

            f.AddRange(headingFeatures);
            if (heading is not null) f.Add("since-head=" + LengthBucket(sinceHeading));

            var previous = i > 0 ? segments[i - 1] : null;
            f.Add("prev-shape=" + (previous is null ? "start" : Shape(previous, SegmentLabel.Read(previous.Text))));
            var next = i + 1 < segments.Count ? segments[i + 1] : null;
            f.Add("next-shape=" + (next is null ? "end" : Shape(next, SegmentLabel.Read(next.Text))));
            if (next is not null && Field().Match(next.Text) is { Success: true } nextField) f.Add("next-field=" + nextField.Groups["f"].Value.ToLowerInvariant());

            result.Add([.. f]);
            if (IsHeadingLike(s))
            {
                (headingBefore, heading, sinceHeading) = (heading, s.Text, 0);
                headingFeatures = HeadingFeatures(heading, headingBefore, agencies);
            }
            else sinceHeading++;
        }
        return result;
    }

    private static List<string> HeadingFeatures(string? heading, string? headingBefore, AgencyDirectory agencies)
    {
        var f = new List<string>();
        if (heading is not null)
        {
            f.Add("head-kind=" + ReportHeading.KindOf(heading));
            foreach (var w in Words(heading).Where(w => !StopWords.Contains(w)).Take(6)) f.Add("head=" + w);
            if (agencies.LeadAgency(heading, within: 3) is not null) f.Add("head-agency");
        }
        else f.Add("head=none");
        if (headingBefore is not null)
            foreach (var w in Words(headingBefore).Where(w => SectionWords.Contains(w))) f.Add("head2=" + w);
        return f;
    }

    /// <summary>The features that depend on the labels the decoder has given the segments before this one.</summary>
    public static IEnumerable<string> Dynamic(string[] staticFeatures, DecodingState state)
    {
        var shape = staticFeatures[1];
        yield return "prev=" + state.Previous;
        yield return $"prev2={state.BeforePrevious}>{state.Previous}";
        yield return $"prev={state.Previous}&{shape}";
        yield return "last-start=" + state.LastStart;
        yield return $"last-start={state.LastStart}&{shape}";
        yield return "seen-rec=" + (state.RecommendationsSoFar == 0 ? "0" : state.RecommendationsSoFar < 3 ? "few" : "many");
        if (state.SameListAs is { } kind) yield return "same-list-as=" + kind;
        if (state.ChildOfRecommendation) yield return "child-of-rec";
        if (state.SameNumberAsRecommendation) yield return "same-number-as-rec";
        if (state.Above is { } above) yield return "above=" + above;
    }

    /// <summary>True for a "Lead: ...", "By: ...", "Status: ..." line: a field of the unit above, however short.</summary>
    public static bool IsField(string text) => Field().IsMatch(text);

    /// <summary>True for a short line that is not a sentence: what a reader takes for a heading.</summary>
    public static bool IsHeadingLike(Segment s) =>
        !s.IsCell && !s.Block.IsBullet && s.Text.Length <= 90 && Words(s.Text).Count() <= 12
        && !(s.Text.TrimEnd() is { Length: > 0 } t && t[^1] is '.' or ';' or ',');

    private static string Shape(Segment s, SegmentLabel? label) =>
        s.IsCell ? (s.Row == 0 ? "cell-first-row" : "cell" + Math.Min(s.Cell, 3))
        : label is not null ? $"label-{label.Kind}-{Math.Min(label.Depth, 3)}{(label.Rest.Length == 0 ? "-alone" : "")}"
        : s.Block.IsBullet ? "bullet"
        : IsHeadingLike(s) ? "heading"
        : "para";

    private static string LengthBucket(int n) => n switch { 0 => "0", <= 3 => "1-3", <= 8 => "4-8", <= 20 => "9-20", <= 50 => "21-50", _ => "51+" };

    /// <summary>Lower-case words, digits written as '#', so "2023" and "2024" are one word.</summary>
    public static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => Digits().Replace(m.Value.ToLowerInvariant(), "#"));

    private static readonly (string Name, string Pattern)[] Lexicon =
    [
        ("should", " should "), ("must", " must "), ("will", " will "), ("to-ensure", " to ensure "), ("ensure", " ensure "),
        ("needs-to", " needs to "), ("recommend", " recommend"), ("has-been", " has been "), ("have-been", " have been "),
        ("we", " we "), ("response", " response"), ("update", " update"), ("progress", " progress"), ("learning", " learning"),
        ("finding", " finding"), ("action", " action"), ("lead", " lead "), ("status", " status "), ("complete", " complete"),
        ("rag", " rag "), ("green", " green "), ("amber", " amber "), ("red", " red "), ("this-review", " this review "),
        ("the-review", " the review "), ("practitioners", " practitioners "), ("there-was", " there was "), ("was", " was "),
        ("were", " were "), ("good-practice", " good practice "), ("agreed", " agreed "), ("accepted", " accept"),
    ];

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "and", "or", "to", "in", "on", "for", "by", "with", "from", "this", "that", "our", "its", "their", "is", "are", "#",
    };

    private static readonly HashSet<string> SectionWords = new(StringComparer.Ordinal)
    {
        "recommendation", "recommendations", "action", "actions", "plan", "response", "responses", "update", "updates",
        "progress", "finding", "findings", "learning", "lessons", "key", "appendix", "annex", "briefing", "background",
        "introduction", "summary", "chronology", "methodology", "family", "strengths", "improvement", "improve", "practice",
        "agency", "agencies", "partnership", "board", "immediate", "good", "themes", "analysis", "conclusion", "conclusions",
    };

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)?")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^(?:- )?(?<f>lead(?: agency| officer)?|owner|by|by when|timescale|target date|date|status|rag(?: status)?|update|progress|response|evidence|outcome|measure of success|success measure)\b[^:]{0,30}:", RegexOptions.IgnoreCase)]
    private static partial Regex Field();

    [GeneratedRegex(@"^(?:rec(?:ommendation)?\.?\s*)?(?:[A-Z]{1,4})?\d{1,2}(?:\.\d{1,2})?[a-z]?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex CellNumber();

    [GeneratedRegex(@"^(?:green|amber|red|blue|complete[d]?|on track|off track|not started|in progress|ongoing|overdue|met|partially met|not met)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RagWord();

    [GeneratedRegex(@"^(?:by\s+|end of\s+|from\s+)?(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|q[1-4]\s+\d{4}|quarterly|monthly|ongoing|immediate(?:ly)?)", RegexOptions.IgnoreCase)]
    private static partial Regex DateLike();

    [GeneratedRegex(@"\b(?:lead|by|status|target|date|timescale|owner|rag)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex InlineField();

    [GeneratedRegex(@"\brecommendations?\s+\(?[R]?\d", RegexOptions.IgnoreCase)]
    private static partial Regex References();
}
