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
        ReadLabelled(segments, labels.Select(l => l.Label).ToList(), draft);
    }

    /// <summary>Reads units from segments already labelled (by the model, or by the model and the rules together).</summary>
    public static void ReadLabelled(IReadOnlyList<Segment> segments, IReadOnlyList<BlockLabel> labels, ReviewDraft draft) =>
        new UnitAssembly(draft).Read(segments, labels);

    /// <summary>Turns labelled segments into units, keeping what a reader keeps in mind while reading down the page.</summary>
    private sealed class UnitAssembly(ReviewDraft draft)
    {
        private readonly List<DraftUnit> _recommendations = [];
        private readonly List<DraftUnit> _awaiting = []; // recommendations since the last action or finding
        private readonly Dictionary<string, string> _leadByAction = new(StringComparer.OrdinalIgnoreCase);
        private List<DraftUnit> _current = [];
        private bool _repeating; // the unit being read restates one already read
        private DraftUnit? _stem;
        private string? _partsOf; // the number of a recommendation whose parts are being read, when its stem is not a unit
        private bool _leadIn; // the last segment not in a unit ended with a colon
        private string[]? _header; // the first row of the table being read
        private BlockLabel _lastStart = BlockLabel.Other;
        private List<string> _headingAgencies = [];
        private string? _pendingNumber;
        private List<DraftUnit> _pendingTargets = []; // the recommendations a heading such as "Response to Recommendation 2" names
        private Block? _row;
        private DraftUnit? _rowRecommendation, _previousRowRecommendation;

        public void Read(IReadOnlyList<Segment> segments, IReadOnlyList<BlockLabel> labels)
        {
            for (var i = 0; i < segments.Count; i++)
            {
                var s = segments[i];
                if (!s.IsCell) _header = null;
                else if (s.Row == 0) _header = s.Block.Cells;
                if (s.IsCell && s.Block != _row)
                {
                    _row = s.Block;
                    _previousRowRecommendation = _rowRecommendation ?? _previousRowRecommendation;
                    _rowRecommendation = null;
                }
                // A merged recommendation cell is written out in every row, or left empty under its first row.
                if (s.IsCell && _rowRecommendation is null && _previousRowRecommendation is not null && (s.RepeatsAbove || s.Block.Cells[0].Trim().Length == 0))
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
            // "Recommendation 3: The Partnership should: (a) ...; (b) ...": the parts are recommendations 3a and 3b, each
            // cited on its own; the stem is their lead-in, and an action on 3 answers both.
            // The stem may also be a lead-in that is not a unit ("Recommendation 3" / "The Board should ask:" / "(a) ...").
            var stem = _lastStart == BlockLabel.StartsRecommendation && _recommendations.Count > 0 ? _stem ?? (_recommendations[^1].LastParagraph.TrimEnd().EndsWith(':') ? _recommendations[^1] : null) : null;
            var isPart = number is not null && LetterOrNumeral().IsMatch(number);
            if (stem is { Number: { } stemNumber } && char.IsDigit(stemNumber[^1]) && isPart)
                number = stemNumber + number;
            else
            {
                stem = null;
                if (isPart && (_partsOf ?? (_leadIn ? _pendingNumber : null)) is { } of && char.IsDigit(of[^1])) { _partsOf = of; number = of + number; }
                else _partsOf = null;
            }
            if (IsRepeat(Index.Units.UnitKind.Recommendation, number, text)) { Repeated(s, BlockLabel.StartsRecommendation); return; }
            var recommendation = draft.AddRecommendation(number, s.Block.Line).AddParagraph(text, s.Block.Line);
            if (stem is not null) { stem.Parts.Add(recommendation); recommendation.Heading = stem.Text; }
            _stem = stem;
            foreach (var agency in RecommendationAddressees.Of(text, draft.Agencies)) recommendation.AddAgency(agency);
            if (recommendation.Agencies.Count == 0) recommendation.AddAgency(RowLead(s) ?? draft.Agencies.LeadAgency(text, within: 60));
            // Under an agency's heading ("Police: Northmoor Constabulary"), "the force should" is that agency's.
            foreach (var agency in _headingAgencies) recommendation.AddAgency(agency);
            _recommendations.Add(recommendation);
            _awaiting.Add(recommendation);
            _pendingTargets = [];
            if (s.IsCell) _rowRecommendation = recommendation;
            Started(BlockLabel.StartsRecommendation, [recommendation]);
        }

        private void StartAction(Segment s)
        {
            var (number, text) = NumberAndText(s);
            var response = ResponseLine.Read(s.Text);
            var answers = Answered(s, number, response);
            var agency = LeadIn(text) ?? RowLead(s) ?? draft.Agencies.LeadAgency(response?.Text ?? text, within: 40)
                ?? (response is { } r ? draft.Agencies.FindMentions(r.Label).FirstOrDefault()?.Name ?? (ResponseLine.Respondent(r.Label) is { } who ? draft.Agencies.Normalise(who) : null) : null)
                ?? (AgencyActionLine.AgencyOf(response?.Text ?? text, draft.Agencies) is { } named && !RNumbers().IsMatch(named) ? named : null)
                ?? _headingAgencies.FirstOrDefault();
            var units = answers.Select(rec => draft.AddAction(rec, number, s.Block.Line).AddParagraph(response?.Text ?? text, s.Block.Line).AddAgency(agency)).ToList();
            // Nobody named: the agency the recommendation is addressed to is taken to act on it.
            foreach (var unit in units.Where(u => u.Agencies.Count == 0 && u.Recommendation is not null))
                unit.AddAgency(unit.Recommendation!.Agencies.FirstOrDefault() ?? unit.Recommendation.Parts.SelectMany(p => p.Agencies).FirstOrDefault());
            if (number is not null && agency is not null) _leadByAction[number] = agency;
            Started(BlockLabel.StartsAction, units);
        }

        private void StartFinding(Segment s)
        {
            var (number, text) = NumberAndText(s);
            if (IsRepeat(Index.Units.UnitKind.Finding, number, text)) { Repeated(s, BlockLabel.StartsFinding); return; }
            var finding = draft.AddFinding(number, s.Block.Line).AddParagraph(text, s.Block.Line);
            finding.AddAgency(draft.Agencies.LeadAgency(text, within: 60));
            Started(BlockLabel.StartsFinding, [finding]);
        }

        private void Continue(Segment s)
        {
            if (_repeating) { draft.MarkStructure(s.Block); return; }
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
                if (label is not null) _pendingNumber = label.Number;
                else if (!s.Text.TrimEnd().EndsWith(':')) _pendingNumber = null;
                _leadIn = label is null && s.Text.TrimEnd().EndsWith(':');
                var targets = NamedInText().Matches(s.Text).SelectMany(m => m.Groups["n"].Captures.Select(c => c.Value))
                    .Concat(RNumbers().Matches(s.Text).Select(m => m.Value))
                    .Select(Recommendation).OfType<DraftUnit>().Distinct().ToList();
                if (targets.Count > 0) _pendingTargets = targets;
                var words = s.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                // A heading that starts with an agency names whose units follow; a general heading ("Recommendations") keeps it.
                if (words <= 8 && draft.Agencies.LeadAgency(s.Text, within: 3) is not null)
                    _headingAgencies = draft.Agencies.FindMentions(s.Text).Select(m => m.Name).ToList();
                // A section that is not itself recommendations, findings or responses (an "Appendix", "Background") ends the agency's part.
                else if (ReportHeading.TryRead(s.Block) is { Kind: SectionKind.Other or SectionKind.Contents } && draft.Agencies.FindMentions(s.Text).Count == 0 && label is null)
                    _headingAgencies = [];
            }
        }

        // A summary at the end restates the recommendations (or findings) already read, under their numbers: one unit
        // each, not two, as the rules read it (SectionedReportReader); the restatement is structure, not unread text.
        private bool IsRepeat(Index.Units.UnitKind kind, string? number, string text) =>
            number is not null && text.Length >= 20 && draft.Units.Any(u => u.Kind == kind && u.Number is not null
                && ProseReferences.SameNumber(number, u.Number) && Opening(u.Text) == Opening(text));

        private static string Opening(string text)
        {
            var words = string.Join(' ', Cleaning.InlineText.Words(text));
            return words[..Math.Min(60, words.Length)];
        }

        private void Repeated(Segment s, BlockLabel kind)
        {
            draft.MarkStructure(s.Block);
            Started(kind, []);
            _stem = null;
            _repeating = true;
        }

        private void Started(BlockLabel kind, List<DraftUnit> units)
        {
            _repeating = false;
            if (kind != BlockLabel.StartsRecommendation) _partsOf = null;
            _leadIn = false;
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
                // "In response to strategy 6.1", "in relation to strategies 6.5 and 6.6": whatever the review calls them.
                .Concat(ResponseTo().Matches(s.Text).SelectMany(m => m.Groups["n"].Captures.Select(c => c.Value)))
                .Select(Recommendation).OfType<DraftUnit>().Distinct().ToList();
            if (named.Count > 0) return [.. named];
            if (_pendingTargets.Count > 0) return [.. _pendingTargets];
            // "The Chief Officers' Group received the review and accepted all of its recommendations": an answer to each.
            if (_awaiting.Count > 1 && AcceptsAll().IsMatch(s.Text.Length > 200 ? s.Text[..200] : s.Text)) return [.. _awaiting];
            // An action numbered as its recommendation ("H1" progress under H1), or one level under it ("2.1" under 2).
            if (number is not null && Recommendation(number) is { } same) return [same];
            if (number is not null && number.Contains('.') && Recommendation(number[..number.IndexOf('.')]) is { } parent) return [parent];
            if (s.IsCell && _rowRecommendation is not null) return [_rowRecommendation];
            if (_awaiting.Count > 1 && (response is not null || _lastStart == BlockLabel.StartsRecommendation && LooksLikeResponse().IsMatch(s.Text))) return [.. _awaiting];
            return [_recommendations.Count > 0 ? _recommendations[^1] : null];
        }

        /// <summary>For a cell, the agency its row's Lead (Agency, Owner) column names.</summary>
        private string? RowLead(Segment s)
        {
            if (!s.IsCell || s.Row == 0 || _header is not { } header) return null;
            var cells = s.Block.Cells;
            for (var c = 0; c < cells.Length && c < header.Length; c++)
                if (c != s.Cell && LeadColumn().IsMatch(header[c].Trim()) && cells[c].Trim().Length > 0)
                    return LeadName(cells[c].Trim());
            return null;
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
            return LeadName(who);
        }

        // A lead is often a role ("Head of Service, Children in Need"): the agency is the one it names, if any.
        private string? LeadName(string who)
        {
            var mentions = draft.Agencies.FindMentions(who);
            if (PersonsTitle().Match(who) is { Success: true, Index: 0 }) mentions = mentions.Where(m => m.Start > 0).ToList();
            if (mentions.Count == 0) return AgencyActionLine.IsProperName(who) && !PersonsTitle().IsMatch(who) ? draft.Agencies.Normalise(who) : null;
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

    [GeneratedRegex(@"\b(?:head|chair|manager|director|officer|nurse|doctor|lead|designated|named|principal|superintendent|inspector|headteacher|governors?|chief|deputy|assistant|coordinator|advisor|adviser)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PersonsTitle();

    [GeneratedRegex(@"\baccept(?:s|ed)?\b[^.]{0,40}\ball\b[^.]{0,30}\b(?:recommendations|strategies|learning points|improvements|actions)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AcceptsAll();

    [GeneratedRegex(@"\bin (?:response|relation|reply|answer) to (?:the\s+)?[a-z]+\s+(?<n>\d{1,2}(?:\.\d{1,2})?[a-z]?)(?:\s*(?:,|and|&)\s*(?<n>\d{1,2}(?:\.\d{1,2})?[a-z]?))*\b", RegexOptions.IgnoreCase)]
    private static partial Regex ResponseTo();

    [GeneratedRegex(@"^(?:[a-z]|[ivx]{1,4})$", RegexOptions.IgnoreCase)]
    private static partial Regex LetterOrNumeral();

    [GeneratedRegex(@"^as\s+(?:action\s+)?(?<n>\d{1,2}(?:\.\d{1,2})+)$", RegexOptions.IgnoreCase)]
    private static partial Regex AsAction();

    [GeneratedRegex(@"^(?:lead|owner|responsible|agency|lead agency|by whom|who)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeadColumn();

    [GeneratedRegex(@"^(?:the\s+)?(?:partnership|partners|agencies|board|committee|panel)?\s*(?:response|update|progress|what has)", RegexOptions.IgnoreCase)]
    private static partial Regex LooksLikeResponse();
}
