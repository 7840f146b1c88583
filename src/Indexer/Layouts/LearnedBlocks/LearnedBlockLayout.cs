using System.Text.RegularExpressions;
using LearningSearch.Indexer.Layouts.SectionedReport;

namespace LearningSearch.Indexer.Layouts.LearnedBlocks;

/// <summary>
/// Reads any review by labelling its segments with the learned <see cref="BlockModel"/> (starts a recommendation,
/// an action or a finding; continues the unit above; not a unit) and giving each unit its number, agency and the
/// recommendation(s) it answers with the helpers the rules use (labels, "Response to 2 and 3", "Lead:", the agency
/// directory). Not tied to a layout: what it knows it learned from the library's answer keys.
/// </summary>
public sealed partial class LearnedBlockLayout(BlockModel model, double recognition = 0.5) : IReviewLayout
{
    public string Name => nameof(LearnedBlockLayout);

    public LayoutMatch Recognise(PreparedDocument document) => new(recognition, "segments labelled by the learned block model");

    public void Read(PreparedDocument document, ReviewDraft draft)
    {
        var segments = Segment.Of(document);
        var labels = model.Decode(segments, draft.Agencies);
        new UnitAssembly(draft).Read(segments, labels.Select(l => l.Label).ToList());
    }

    /// <summary>Turns labelled segments into units, keeping what a reader keeps in mind while reading down the page.</summary>
    private sealed class UnitAssembly(ReviewDraft draft)
    {
        private readonly List<DraftUnit> _recommendations = [];
        private readonly List<DraftUnit> _awaiting = []; // recommendations since the last action or finding
        private readonly Dictionary<string, string> _leadByAction = new(StringComparer.OrdinalIgnoreCase);
        private List<DraftUnit> _current = [];
        private BlockLabel _lastStart = BlockLabel.Other;
        private List<string> _headingAgencies = [];
        private string? _pendingNumber;
        private Block? _row;
        private DraftUnit? _rowRecommendation, _previousRowRecommendation;

        public void Read(IReadOnlyList<Segment> segments, IReadOnlyList<BlockLabel> labels)
        {
            for (var i = 0; i < segments.Count; i++)
            {
                var s = segments[i];
                if (s.IsCell && s.Block != _row)
                {
                    _row = s.Block;
                    _previousRowRecommendation = _rowRecommendation ?? _previousRowRecommendation;
                    _rowRecommendation = null;
                }
                if (s.IsCell && s.RepeatsAbove && _previousRowRecommendation is not null && _rowRecommendation is null)
                    _rowRecommendation = _previousRowRecommendation;
                if (s.IsCell && CellNumber().Match(s.Text) is { Success: true } cellNumber && Recommendation(cellNumber.Groups["n"].Value) is { } named)
                    _rowRecommendation = named;

                switch (labels[i])
                {
                    case BlockLabel.StartsRecommendation: StartRecommendation(s); break;
                    case BlockLabel.StartsAction: StartAction(s); break;
                    case BlockLabel.StartsFinding: StartFinding(s); break;
                    case BlockLabel.ContinuesUnit: Continue(s); break;
                    default: Skip(s); break;
                }
            }
        }

        private void StartRecommendation(Segment s)
        {
            var (number, text) = NumberAndText(s);
            if (_lastStart is BlockLabel.StartsAction or BlockLabel.StartsFinding) _awaiting.Clear();
            var recommendation = draft.AddRecommendation(number, s.Block.Line).AddParagraph(text, s.Block.Line);
            foreach (var agency in RecommendationAddressees.Of(text, draft.Agencies)) recommendation.AddAgency(agency);
            if (recommendation.Agencies.Count == 0) recommendation.AddAgency(draft.Agencies.LeadAgency(text, within: 60));
            // Under an agency's heading ("Police: Northmoor Constabulary"), "the force should" is that agency's.
            foreach (var agency in _headingAgencies) recommendation.AddAgency(agency);
            _recommendations.Add(recommendation);
            _awaiting.Add(recommendation);
            if (s.IsCell) _rowRecommendation = recommendation;
            Started(BlockLabel.StartsRecommendation, [recommendation]);
        }

        private void StartAction(Segment s)
        {
            var (number, text) = NumberAndText(s);
            var response = ResponseLine.Read(s.Text);
            var answers = Answered(s, number, response);
            var agency = LeadIn(text) ?? draft.Agencies.LeadAgency(response?.Text ?? text, within: 40)
                ?? (response is { } r && ResponseLine.Respondent(r.Label) is { } who ? draft.Agencies.Normalise(who) : null)
                ?? _headingAgencies.FirstOrDefault();
            var units = answers.Select(rec => draft.AddAction(rec, number, s.Block.Line).AddParagraph(response?.Text ?? text, s.Block.Line).AddAgency(agency)).ToList();
            if (number is not null && agency is not null) _leadByAction[number] = agency;
            Started(BlockLabel.StartsAction, units);
        }

        private void StartFinding(Segment s)
        {
            var (number, text) = NumberAndText(s);
            var finding = draft.AddFinding(number, s.Block.Line).AddParagraph(text, s.Block.Line);
            finding.AddAgency(draft.Agencies.LeadAgency(text, within: 60));
            Started(BlockLabel.StartsFinding, [finding]);
        }

        private void Continue(Segment s)
        {
            // A "Lead:" line or a Lead column says who acts; it wins over an agency the action's words only mention.
            var lead = LeadColumn().IsMatch(s.Column) ? draft.Agencies.Normalise(s.Text) : LeadIn(s.Text);
            foreach (var unit in _current)
            {
                unit.AddParagraph(s.Text, s.Block.Line);
                if (lead is not null && !unit.Agencies.Contains(lead)) unit.Agencies.Insert(0, lead);
            }
            if (lead is not null && _current is [{ Kind: Index.Units.UnitKind.Action, Number: { } n }, ..]) _leadByAction.TryAdd(n, lead);
        }

        private void Skip(Segment s)
        {
            if (!s.IsCell && SegmentFeatures.IsHeadingLike(s))
            {
                draft.MarkStructure(s.Block);
                var label = SegmentLabel.Read(s.Text);
                _pendingNumber = label?.Number;
                var words = s.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                // A heading that starts with an agency names whose units follow; a general heading ("Recommendations") keeps it.
                if (words <= 8 && draft.Agencies.LeadAgency(s.Text, within: 3) is not null)
                    _headingAgencies = draft.Agencies.FindMentions(s.Text).Select(m => m.Name).ToList();
                else if (label is not null || ReportHeading.TryRead(s.Block) is { Kind: SectionKind.Other } || words > 8)
                    _headingAgencies = [];
            }
        }

        private void Started(BlockLabel kind, List<DraftUnit> units)
        {
            _lastStart = kind;
            _current = units;
            _pendingNumber = null;
        }

        private (string? Number, string Text) NumberAndText(Segment s)
        {
            var label = SegmentLabel.Read(s.Text);
            if (label is { Rest.Length: > 0 }) return (label.Number, label.Rest);
            // A table numbers its rows in a cell of their own ("R1 | The Partnership should ... | Lead").
            if (s.IsCell)
                for (var c = 0; c < s.Cell && c < s.Block.Cells.Length; c++)
                    if (CellNumber().Match(s.Block.Cells[c].Trim()) is { Success: true } m) return (m.Groups["n"].Value, s.Text);
            return (_pendingNumber, s.Text);
        }

        /// <summary>The recommendations an action answers: those it names, the one its number is under, its row's, or those awaiting an answer.</summary>
        private List<DraftUnit?> Answered(Segment s, string? number, (string Label, string Text)? response)
        {
            var named = (response is { } r ? ResponseLine.NamedIn(r.Label) : [])
                .Concat(NamedInText().Matches(s.Text.Length > 160 ? s.Text[..160] : s.Text).SelectMany(m => m.Groups["n"].Captures.Select(c => c.Value)))
                .Concat(RNumbers().Matches(s.Text.Length > 160 ? s.Text[..160] : s.Text).Select(m => m.Value))
                .Select(Recommendation).OfType<DraftUnit>().Distinct().ToList();
            if (named.Count > 0) return [.. named];
            // An action numbered as its recommendation ("H1" progress under H1), or one level under it ("2.1" under 2).
            if (number is not null && Recommendation(number) is { } same) return [same];
            if (number is not null && number.Contains('.') && Recommendation(number[..number.IndexOf('.')]) is { } parent) return [parent];
            if (s.IsCell && _rowRecommendation is not null) return [_rowRecommendation];
            if (_awaiting.Count > 1 && (response is not null || _lastStart == BlockLabel.StartsRecommendation && LooksLikeResponse().IsMatch(s.Text))) return [.. _awaiting];
            return [_recommendations.Count > 0 ? _recommendations[^1] : null];
        }

        private DraftUnit? Recommendation(string number) =>
            _recommendations.LastOrDefault(r => r.Number is not null && ProseReferences.SameNumber(number, r.Number));

        /// <summary>The lead a "Lead: X By: ..." field names ("As 2.1" is the lead of action 2.1).</summary>
        private string? LeadIn(string text)
        {
            var m = LeadField().Match(text);
            if (!m.Success) return null;
            var who = m.Groups["who"].Value.Trim().TrimEnd('.', ';', ',');
            if (AsAction().Match(who) is { Success: true } same) return _leadByAction.GetValueOrDefault(same.Groups["n"].Value);
            // A lead is often a role ("Head of Service, Children in Need"): the agency is the one it names, if any.
            var mentions = draft.Agencies.FindMentions(who);
            if (mentions.Count == 0) return null;
            return who.Contains(',', StringComparison.Ordinal) || mentions[0].Start > 0 ? mentions[0].Name : draft.Agencies.Normalise(who);
        }
    }

    [GeneratedRegex(@"^(?:rec(?:ommendation)?\.?\s*)?(?<n>(?:[A-Z]{1,4})?\d{1,2}(?:\.\d{1,2})?[a-z]?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex CellNumber();

    [GeneratedRegex(@"\brecommendations?\s+(?:R?(?<n>\d{1,2}(?:\.\d)?[a-z]?)(?:\s*(?:,|and|&)\s*R?(?<n>\d{1,2}(?:\.\d)?[a-z]?))*)", RegexOptions.IgnoreCase)]
    private static partial Regex NamedInText();

    [GeneratedRegex(@"\b(?:lead(?:\s+(?:agency|agencies|organisation|officer|partner))?|owner|responsible)\s*[:\u2013\u2014-]\s*(?<who>.+?)(?=\s+(?:by(?:\s+when)?|timescale|target date|date|status|rag(?:\s+status)?|update|progress)\s*[:\u2013\u2014-]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadField();

    // "R1 and R2 have both been met": R-numbers name recommendations wherever they stand.
    [GeneratedRegex(@"(?<=\b)R\d{1,2}[a-z]?\b")]
    private static partial Regex RNumbers();

    [GeneratedRegex(@"^as\s+(?:action\s+)?(?<n>\d{1,2}(?:\.\d{1,2})+)$", RegexOptions.IgnoreCase)]
    private static partial Regex AsAction();

    [GeneratedRegex(@"^(?:lead|owner|responsible|agency|lead agency|by whom|who)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeadColumn();

    [GeneratedRegex(@"^(?:the\s+)?(?:partnership|partners|agencies|board|committee|panel)?\s*(?:response|update|progress|what has)", RegexOptions.IgnoreCase)]
    private static partial Regex LooksLikeResponse();
}
