using System.Text.RegularExpressions;
using LearningSearch.Index.Units;
using LearningSearch.Indexer.Cleaning;
using LearningSearch.Indexer.Model;

namespace LearningSearch.Indexer.Layouts.SectionedReport;

/// <summary>
/// Reads one prose report block by block, knowing which section it is in: numbered items of a recommendations
/// section are recommendations, items of a findings or learning section are findings, paragraphs under an
/// agency's heading in a responses section are that agency's actions, and all other prose is findings under its
/// section's heading. A numbered item keeps the unnumbered paragraphs, bullets and sub-items that follow it.
/// </summary>
/// <param name="listedElsewhere">Recommendations read from elsewhere (an action-plan table after the report): the
/// report's own copy of one is a repeat, not a second recommendation.</param>
internal sealed partial class SectionedReportReader(IReadOnlyList<Block> blocks, ReviewDraft draft, IReadOnlyList<DraftUnit>? listedElsewhere = null)
{
    private SectionKind _kind = SectionKind.Other;
    private string? _section;
    private string? _theme;                   // a numbered theme inside a section ("1. Early help" above "1.1", "1.2")
    private IReadOnlyList<string> _addressees = [];
    private string? _agency;                  // responses: the agency whose heading the paragraphs sit under
    private List<DraftUnit>? _fieldsOf; // the action(s) of an "Action 1.1" block whose field lines are still being read
    private string? _respondentAbove; // the agency heading above a "Response to R5" heading
    private string? _agencyHeading;
    private ItemLabel? _top;                  // the last item of the list's top level: other styles are its sub-items
    private bool _sectionIsNumbered;          // the section numbers its items, so unnumbered text is never an item
    private ItemLabel? _lastLabel;
    private DraftUnit? _current;              // the unit that following paragraphs belong to
    private DraftUnit? _partsOf;              // a recommendation set out in parts ("should: (a) ... (b) ..."), while its parts are read
    private DraftUnit? _stem;                 // a recommendation whose sub-parts are recommendations of their own ("2.1", "3(a)"), while they are read
    private bool _currentIsItem;
    private bool _listOpen;                   // the current unit's last paragraph ends with ':' and introduces a list
    private bool _titleOnly;                  // ... or is a title ("Finding 1: Fathers were not seen"), which prose never continues
    private DraftUnit? _openFinding;          // a finding whose recommendations follow it ("Finding 1" then "Recommendation 1a")
    private DraftUnit? _actionsOf;            // "Agency actions:" under a recommendation: what follows is its actions
    private readonly List<DraftUnit> _actionsFor = [];   // ... and of the recommendations paired with it ("3a", "3b")
    private readonly List<DraftUnit> _headingTargets = [];  // responses under "Response to Recommendation 2" answer it
    private bool _recommendationList;         // "The review made two recommendations:" opened a list of them
    private bool _areas;                      // "Areas for improvement": items are findings unless they say what should be done
    private readonly List<DraftUnit> _awaiting = [];  // the recommendations a "Response:" paragraph would answer
    private bool _answered;                   // ... and one has answered them: the next recommendation starts a new group
    private readonly List<DraftUnit> _answers = [];   // the actions the last "Response:" paragraph became, one per recommendation
    private ResponseTarget? _target;
    private List<DraftUnit> _lastActions = [];   // the actions the last response paragraph became, one per recommendation it answers
    private string? _organisation;            // the organisation an IMR section's heading names ("Police: Northmoor Constabulary")
    private bool _caseDetails;                // inside a "Field | Detail" table of a record's case details
    private bool _boardAsks;                  // "The Board is asked to:" opened the report's own asks of its readers
    private readonly Dictionary<DraftUnit, string> _leads = [];  // a recommendation's "Lead:" line, who reports its updates
    private HashSet<string>? _citedParts;
    private bool _addressedByLabel;           // "Agency: Westrigg Bay Police" said whom the recommendations below are for
    private bool _boardQuestions;             // "Issues for the Board to consider" opened a finding's questions for the board
    private readonly Dictionary<DraftUnit, List<DraftUnit>> _recommendationsAfter = [];  // a finding's own recommendations or questions

    // Made on first use because it reads the list of recommendations awaiting an answer, which a field initialiser cannot.
    private ResponseTarget Responses => _target ??= new ResponseTarget(draft, _awaiting);

    public void Read()
    {
        var front = FrontMatter.Find(blocks);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (front.Contains(i)) { draft.MarkFrontMatter(block); continue; }
            // "Field | Detail" then "Child | Kian, aged 14", "Date of meeting | 14 October 2026": a record's case details,
            // not findings.
            if (block.IsTableRow && (_caseDetails || CaseDetailsHeader(block))) { _caseDetails = true; draft.MarkFrontMatter(block); continue; }
            _caseDetails = false;
            var text = InlineText.Clean(block.Raw);
            if (!block.IsTableRow && ResponseLine.ToFindings(block.Text) is { } toFindings && RecommendationsOf(toFindings.Findings) is { Count: > 0 } ofFindings)
            {
                RespondToFindings(block, ofFindings, toFindings.Text.Length == 0 ? "" : text);
                continue;
            }
            if (!block.IsTableRow && !block.IsBullet && LabelledActionBlock.ActionNumber(block.Text) is { } actionNumber
                && (ActionPlanTable.RecommendationReference.EveryOneRead([actionNumber.Split('.')[0]], draft) is [var numbered] ? numbered : RecommendationOf(_current)) is { } owning)
            {
                // "Action 1.1" under recommendation 1: an action of it, its words and agency in the field lines below; "(this
                // action also answers Recommendation 3)" after the number makes it an action of 3 as well.
                draft.MarkStructure(block);
                var actionOf = new List<DraftUnit> { owning };
                if (LabelledActionBlock.ActionNote(block.Text) is { } note && ProseReferences.RecommendationNamed(note) is { } also
                    && ActionPlanTable.RecommendationReference.EveryOneRead([also], draft) is [var alsoAnswered] && alsoAnswered != owning)
                    actionOf.Add(alsoAnswered);
                _fieldsOf = actionOf.Select(r => { var a = draft.AddAction(r, null, block.Line); a.Heading = _theme ?? _section; return a; }).ToList();
                _current = _fieldsOf[0];
                _lastActions = _fieldsOf;
                _currentIsItem = _titleOnly = _listOpen = false;
                continue;
            }
            if (!block.IsTableRow && !block.IsBullet && _fieldsOf is not null && LabelledActionBlock.Field(block.Text) is { } blockField)
            {
                draft.MarkStructure(block);
                foreach (var action in _fieldsOf)
                {
                    if (blockField.Label.Equals("action", StringComparison.OrdinalIgnoreCase)) action.AddParagraph(blockField.Value, block.Line);
                    else if (blockField.Value.Length > 0) Field(action, blockField.Label, blockField.Value, block);
                }
                continue;
            }
            _fieldsOf = null;
            if (!block.IsTableRow && _current is { Kind: UnitKind.Recommendation } && LabelledActionBlock.Field(block.Text) is { Label: var scopeLabel, Value.Length: > 0 } scope
                && scopeLabel.Equals("scope", StringComparison.OrdinalIgnoreCase))
            {
                // "Scope: Regional" under a domestic homicide review's recommendation: a detail of it, not its first words.
                draft.MarkStructure(block);
                _current.AddDetail("Scope", scope.Value, block.Line);
                continue;
            }
            if (!block.IsTableRow && _kind != SectionKind.Responses && _current is not { Kind: UnitKind.Recommendation, HasText: true }
                && RecommendationAddressees.OfAgencyLabel(block.Text, draft.Agencies) is { } labelled)
            {
                // "Agency: Bayside Primary Care Network" over "Recommendation 8: GP practices in the network should ...":
                // the network is whom it is for, whatever the sentence's subject.
                Address(labelled, block);
                _addressedByLabel = true;
                continue;
            }
            if (!block.IsTableRow && !block.IsBullet && _kind != SectionKind.Responses && QuestionsForTheBoard.IsHeading(block.Text))
            {
                // "Issues for the Board to consider" under a finding: the questions below it are the finding's recommendations.
                draft.MarkStructure(block);
                Close();
                _boardQuestions = true;
                continue;
            }
            if (!block.IsTableRow && _actionsOf is not null && LabelledAction().Match(block.Text) is { Success: true } smart)
            {
                // "SMART action: Develop ..." under "Recommendation 1" in an action plan: an action on it, without its label.
                AddActions(_actionsFor, block, smart.Groups["text"].Value, draft.Agencies.LeadAgency(smart.Groups["text"].Value, within: 80));
                continue;
            }
            if (!block.IsTableRow && _current is { Kind: UnitKind.Action } && ActionField().Match(block.Text) is { Success: true } field)
            {
                Field(_current, field.Groups["label"].Value, field.Groups["value"].Value.Trim(), block);
                continue;
            }
            if (!block.IsTableRow && _current is { Kind: UnitKind.Recommendation } && ResponseLine.Lead(block.Text) is { } lead)
            {
                Lead(_current, lead, block);
                continue;
            }
            if (!block.IsTableRow && _current is { Kind: UnitKind.Recommendation } && ActionFields.Alone(block.Text) is { Name: not "lead" and not "status" } due)
            {
                // "Target date: 31 December 2024" on its own line under a recommendation: its date, not a paragraph.
                draft.MarkStructure(block);
                _current.AddDetail(char.ToUpperInvariant(due.Name[0]) + due.Name[1..], due.Value, block.Line);
                _current.AddDate(due.Value);
                continue;
            }
            if (!block.IsTableRow && _kind != SectionKind.Responses && ResponseToNamed(block.Text) is { } responseTo)
            {
                // "Recommendation (a): The Committee has ..." where (a) is already read: a response to it, not a second (a).
                _awaiting.Clear();
                _awaiting.AddRange(responseTo.Recommendations);
                Answer(block, "", responseTo.Text);
                continue;
            }
            if (!block.IsTableRow && _kind != SectionKind.Responses && _awaiting.Count > 0 && ResponseLine.Read(block.Text) is { } answer)
            {
                Answer(block, answer.Label, answer.Text, introducesList: answer.Text.EndsWith(':') && i + 1 < blocks.Count && blocks[i + 1].IsBullet);
                continue;
            }
            if (!block.IsTableRow && AnsweredUnderHeading(block) is { Count: > 0 } answeredUnder)
            {
                StartSection(new ReportHeading(block.Text, SectionKind.Responses), block, i);
                _headingTargets.AddRange(answeredUnder);
                continue;
            }
            var label = block.IsTableRow ? null : ItemLabel.TryRead(block.Text, _lastLabel);
            var heading = ReportHeading.TryRead(block);
            if (_boardAsks && (label is not null || block.IsBullet))
            {
                draft.MarkStructure(block);
                continue;
            }

            if (label is { SaysFinding: true }) { StartItem(UnitKind.Finding, label, block); continue; }
            if (label is { NamesArea: true } && _kind != SectionKind.Responses && !PhrasedAsRecommendation(label.Rest)) { StartItem(UnitKind.Finding, label, block); continue; }
            if (label is { SaysRecommendation: true })
            {
                if (_kind == SectionKind.Responses && !StartsAnotherReviewsRecommendations(label)) Respond(block, text);
                else
                {
                    // An annual report's next review: "Recommendation 1: Harbrook Council ... should agree ..." after the
                    // last review's "What has changed" is a recommendation of its own, and the responses are over.
                    if (_kind == SectionKind.Responses) { _kind = SectionKind.Other; Unanswered(); }
                    StartItem(UnitKind.Recommendation, label, block);
                }
                continue;
            }
            var introducesActions = label is null && !block.IsBullet
                && (block.Text.TrimEnd().EndsWith(':') ? heading is { Kind: SectionKind.Responses } || ActionsIntro().IsMatch(block.Text)
                    : heading is { Kind: SectionKind.Responses } && AnotherRecommendationFollows(i));
            if (introducesActions && _kind != SectionKind.Responses && RecommendationOf(_current) is { } answered)
            {
                // "Agency actions:" right under a recommendation introduces its actions, as a label does; it does not end the list.
                draft.MarkStructure(block);
                _actionsFor.Clear();
                _actionsFor.AddRange(_awaiting.Contains(answered) ? _awaiting : [answered]);
                // "Agency actions in response to 3a and 3b:" answers those it names.
                var named = Named(ResponseLine.NamedIn(block.Text), _actionsFor);
                if (named.Count > 0) { _actionsFor.Clear(); _actionsFor.AddRange(named); }
                _answered = true;
                _actionsOf = _current = answered;
                _currentIsItem = _listOpen = _titleOnly = false;
                continue;
            }
            if (heading is { Kind: SectionKind.Findings } && _current is { Kind: UnitKind.Finding, Number: not null } finding && _currentIsItem
                && (_titleOnly || IsTitle(finding.LastParagraph)))
            {
                // "Finding 1: Who is invited", then "What we found" over its evidence: the paragraphs are finding 1's.
                draft.MarkStructure(block);
                continue;
            }
            if (heading is { Kind: not SectionKind.Other }) { StartSection(heading, block, i); continue; }
            if (heading is not null && label is null && _current is { HasText: false } && _currentIsItem)
            {
                // "Finding 1" on a line of its own, its title on the next: the title is the finding's, not a section's.
                _current.AddParagraph(text, block.Line);
                _titleOnly = true;
                continue;
            }
            if (label is not null)
            {
                if (IsTheme(i, label, heading)) { StartTheme(label, block); continue; }
                // A short numbered title is a section heading ("5. Conclusion"), except in a list of recommendations,
                // where "3. Review the escalation policy" is as short as a title and still a recommendation.
                if (heading is null || (_kind == SectionKind.Recommendations && !heading.IsGeneral)) { Item(label, block, text); continue; }
            }
            if (heading is not null)
            {
                if (_kind == SectionKind.Responses && NamedRecommendations(heading.Title) is { Count: > 0 } answeredHere)
                {
                    // "Response to Recommendations 3 and 4": the paragraphs under it answer those, whoever writes them.
                    draft.MarkStructure(block);
                    _headingTargets.Clear();
                    _headingTargets.AddRange(answeredHere);
                    // The board whose heading stands above still gives the response when its words name nobody else.
                    _respondentAbove = _agency ?? _respondentAbove;
                    _agency = _agencyHeading = null;
                    Close();
                    continue;
                }
                if (_kind == SectionKind.Responses && !heading.IsGeneral) { StartAgency(heading, block); continue; }
                if (_kind is SectionKind.Other && !heading.IsGeneral && draft.Agencies.FindMentions(heading.Title).Count > 0 && RecommendationsFollow(i))
                {
                    // An IMR appendix's "C.2 Northmoor Community Health NHS Trust" over "H1. The Trust should ...": that
                    // agency's recommendations, whatever the heading above them called the part.
                    StartSection(new ReportHeading(heading.Title, SectionKind.Recommendations), block, i);
                    Address([AgencyOf(heading.Title)], block);
                    continue;
                }
                if (_kind == SectionKind.Recommendations && !heading.IsGeneral && (draft.Agencies.FindMentions(heading.Title).Count > 0 || ItemsFollow(i)))
                {
                    // "Health", "Police", "Trust" over a group of recommendations: whom they are for.
                    Address([AgencyOf(heading.Title)], block);
                    continue;
                }
                StartSection(heading, block, i);
                continue;
            }
            if (!block.IsTableRow && BoardAsked().IsMatch(block.Text))
            {
                // "The Board is asked to: (a) note the progress ...": a report's asks of the board that reads it, not the
                // review's recommendations.
                draft.MarkStructure(block);
                Close();
                _boardAsks = true;
                continue;
            }
            // "Recommendation 3" on a line of its own is still waiting for its sentence: "The Partnership should work with
            // ... to:" under it is that recommendation's lead-in to its parts, not a line saying whom a group is for.
            if (_kind == SectionKind.Recommendations && !block.IsBullet && _current is not { Kind: UnitKind.Recommendation, HasText: false }
                && RecommendationAddressees.OfGroupLine(block.Text, draft.Agencies) is { } group)
            {
                Address(group, block);
                continue;
            }
            if (_kind == SectionKind.Responses) Respond(block, text);
            else Paragraph(block, text);
        }
        LinkFindingsCitedByRecommendations();
    }

    private void StartSection(ReportHeading heading, Block block, int index)
    {
        _headingTargets.Clear();
        _boardQuestions = _addressedByLabel = false;
        _actionsOf = null;
        _sectionIsNumbered = NumbersItsItems(index);
        _boardAsks = false;
        draft.MarkStructure(block);
        _kind = heading.Kind;
        _areas = heading.NamesAreasToImprove;
        _section = heading.Title;
        if (heading.Kind != SectionKind.Responses && heading.Kind != SectionKind.Recommendations) Unanswered();
        _theme = null;
        _addressees = [];
        // An IMR appendix's "Police: Northmoor Constabulary" over its "Learning identified" and "Recommendations": the
        // organisation whose sections they are, until a heading of the report's own.
        if (heading.Kind == SectionKind.Other) _organisation = heading.IsGeneral ? null : NamedOrganisation(heading.Title);
        _agency = _agencyHeading = _respondentAbove = null;
        _top = _lastLabel = null;
        _openFinding = null;
        Close();
    }

    // The heading is followed, past at most two more headings, by numbered or lettered items or "... should ..."
    // sentences: it names whom a group of recommendations is for, and does not end the recommendations.
    private bool ItemsFollow(int heading)
    {
        for (var i = heading + 1; i < blocks.Count && i <= heading + 3; i++)
        {
            if (blocks[i].IsTableRow) return true;
            if (ItemLabel.TryRead(blocks[i].Text) is { SaysFinding: false }) return true;
            var next = ReportHeading.TryRead(blocks[i]);
            if (next is null) return RecommendationAddressees.SaysWhatShouldBeDone(blocks[i].Text);
            if (next.Kind != SectionKind.Other || next.IsGeneral) return false;
        }
        return false;
    }

    // Before the next heading, past a paragraph or two about the agency, a numbered or lettered item that says what
    // should be done: the heading is over a group of recommendations.
    private bool RecommendationsFollow(int heading)
    {
        ItemLabel? previous = null;
        for (var i = heading + 1; i < blocks.Count && i <= heading + 4; i++)
        {
            if (ReportHeading.TryRead(blocks[i]) is not null && ItemLabel.TryRead(blocks[i].Text) is null) return false;
            if (ItemLabel.TryRead(blocks[i].Text, previous) is { SaysFinding: false } label)
                return RecommendationAddressees.SaysWhatShouldBeDone(label.Rest);
        }
        return false;
    }

    // "Committee response" on a line of its own between "Recommendation 1" and "Recommendation 2" labels the response
    // to the recommendation above; the same heading after the last recommendation may start a section of responses.
    private bool AnotherRecommendationFollows(int heading)
    {
        for (var i = heading + 1; i < blocks.Count && i <= heading + 8; i++)
        {
            // A label of a recommendation not read yet: the list goes on. One already read is a response naming it.
            if (ItemLabel.TryRead(blocks[i].Text) is { SaysRecommendation: true } next)
                return RecommendationOf(_current)?.Number is { } current && Follows(current, next.Number)
                    && !draft.Units.Any(u => u.Kind == UnitKind.Recommendation && u.Number is not null && ProseReferences.SameNumber(next.Number, u.Number));
            if (ReportHeading.TryRead(blocks[i]) is { } heading2 && (heading2.Kind != SectionKind.Other || heading2.IsGeneral)) return false;
        }
        return false;
    }

    // "2" then "3", "3a" then "3b" or "4", "B" then "C", "R1" then "R2": the next label of the same list.
    private static bool Follows(string current, string next)
    {
        static (string Prefix, int Number, char Letter) Parts(string label)
        {
            var m = Regex.Match(label.Trim().TrimStart('(').TrimEnd(')', '.'), @"^(?<p>[A-Za-z]*?)(?<n>\d+)(?<l>[a-z]?)$");
            if (m.Success) return (m.Groups["p"].Value.ToUpperInvariant(), int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups["l"].Value is [var l] ? l : ' ');
            return label.Trim().Length == 1 && char.IsLetter(label.Trim()[0]) ? ("", char.ToUpperInvariant(label.Trim()[0]) - 'A' + 1, ' ') : ("?", -1, ' ');
        }
        var (cp, cn, cl) = Parts(current);
        var (np, nn, nl) = Parts(next);
        if (cn < 0 || nn < 0 || cp != np) return false;
        return nn == cn + 1 || (nn == cn && cl != ' ' && nl == cl + 1);
    }

    // The recommendations a response's own sentence says it answers ("This responds to recommendations (a) and (b)"):
    // lettered ones restart under each agency, so a letter is the responding agency's recommendation of that letter.
    private List<DraftUnit> SaysWhatItAnswers(string text, string? agency)
    {
        if (AnswersSentence().Match(text) is not { Success: true } m) return [];
        var recommendations = draft.Units.Where(u => u.Kind == UnitKind.Recommendation && u.HasText && u.Number is not null).ToList();
        var found = new List<DraftUnit>();
        foreach (var reference in SentenceReference().Matches(m.Groups["refs"].Value).Select(r => r.Groups["n"].Value))
        {
            var same = recommendations.Where(r => ProseReferences.SameNumber(reference, r.Number!)).ToList();
            var chosen = same.Count > 1 && agency is not null
                ? same.FirstOrDefault(r => r.Agencies.Any(a => ResponseTarget.SameAgency(a, agency)))
                : same.Count == 1 ? same[0] : null;
            if (chosen is null) return [];
            if (!found.Contains(chosen)) found.Add(chosen);
        }
        return found;
    }

    [GeneratedRegex(@"\b(?:this|these|it|which)\s+(?:responds?|answers?|address(?:es)?|meets?|covers?)\s+(?:to\s+)?(?:the\s+)?(?:(?:local|regional|agency|partnership)\s+)?recommendations?\s+(?<refs>[^.;:]{1,60})", RegexOptions.IgnoreCase)]
    private static partial Regex AnswersSentence();

    [GeneratedRegex(@"(?<![\w(])\(?(?<n>R?\d{1,2}(?:\.\d{1,2})?[a-z]?|[a-z])\)?(?=\s*(?:,|and\b|&|$|\s+for\b|\s+(?:of|in)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex SentenceReference();

    // The recommendations already read that a heading names ("Response to Recommendation 1", "Recommendations 3 and 4").
    private List<DraftUnit> NamedRecommendations(string title)
    {
        if (!title.Contains("recommendation", StringComparison.OrdinalIgnoreCase) && !title.Contains("strateg", StringComparison.OrdinalIgnoreCase) && !title.StartsWith('R')) return [];
        return Named(ResponseLine.NamedIn(title), draft.Units);
    }

    private (IReadOnlyList<DraftUnit> Recommendations, string Text)? ResponseToNamed(string text)
    {
        var m = NamedResponse().Match(text);
        if (!m.Success) return null;
        var found = ActionPlanTable.RecommendationReference.EveryOneRead(m.Groups["n"].Captures.Select(c => c.Value), draft);
        if (found.Count == 0) return null;
        var rest = m.Groups["text"].Value.Trim();
        // A summary repeating the recommendation is not a response to it.
        if (found.Any(r => InlineText.Words(r.Text).Take(8).SequenceEqual(InlineText.Words(rest).Take(8)))) return null;
        return (found, rest);
    }

    // "Lead: Glenmurrin Council" under a recommendation says whom it is for, more surely than its wording does.
    private void Lead(DraftUnit recommendation, string lead, Block block)
    {
        draft.MarkStructure(block);
        // "Lead: Head of Service, Children in Need" names a post, not who the recommendation is for: the agency stays
        // the one its words or its heading name, and the post is kept beside it.
        if (!ActionFields.NamesOrganisation(lead, draft.Agencies) && recommendation.Agencies.Count > 0)
        {
            recommendation.AddDetail("Lead", lead, block.Line);
            return;
        }
        var named = RecommendationAddressees.Of(lead + " should", draft.Agencies);
        var agencies = named.Count > 0 ? named : [draft.Agencies.Normalise(lead)];
        _leads[recommendation] = agencies[0];
        recommendation.Agencies.Clear();
        foreach (var agency in agencies) recommendation.AddAgency(agency);
    }

    // "Response from partners: ..." answers every recommendation since the finding above it: one action on each.
    private void Answer(Block block, string label, string text, bool introducesList = false)
    {
        _answers.Clear();
        // "Response to R2 and R3:" answers those two, whatever came before them.
        var numbers = ResponseLine.NamedIn(label);
        // "Progress: A same-day pathway was commissioned ... (A)": the reference closing the response says what it answers.
        if (numbers.Count == 0 && ClosingReference().Match(text) is { Success: true } closing) numbers = [closing.Groups["n"].Value];
        var named = Named(numbers, _awaiting);
        // "CPC response to 3(c):" after the response to 3(a) and 3(b): 3(c) is still among those this group answers.
        if (named.Count < numbers.Count) named = Named(numbers, draft.Units);
        if (numbers.Count == 0 && OpeningSubject().Match(text) is { Success: true } opening)
        {
            // "Response from the Council: R1 and R2 have both been met ..." answers the two its first words name, not R3.
            var inText = ResponseLine.NamedIn(opening.Groups["who"].Value);
            var namedInText = Named(inText, _awaiting);
            if (namedInText.Count > 0 && namedInText.Count == inText.Count) named = namedInText;
        }
        if (named.Count > 0)
        {
            _awaiting.Clear();
            _awaiting.AddRange(named);
        }
        if (introducesList)
        {
            // "CPC response: Accepted, with the following actions by partner agencies:" only introduces the bullets,
            // each an agency's action on what the response answers, as "Agency actions:" does.
            draft.MarkStructure(block);
            _actionsFor.Clear();
            _actionsFor.AddRange(_awaiting);
            _actionsOf = _current = _awaiting[^1];
            _answered = true;
            _currentIsItem = _listOpen = _titleOnly = false;
            return;
        }
        // Who does the work is the organisation the response names; else the respondent its label names ("CPC response:").
        // Under a recommendation with a "Lead:" line, the lead reports each update unless the update opens with another.
        var agency = (_awaiting.Count == 1 && _leads.TryGetValue(_awaiting[0], out var lead) ? AgencyActionLine.AgencyOf(text, draft.Agencies) ?? lead : null)
            ?? draft.Agencies.LeadAgency(text, within: 80)
            ?? (ResponseLine.Respondent(label) is { } respondent ? draft.Agencies.Normalise(respondent) : null)
            ?? (label.Length > 0 ? draft.Agencies.LeadAgency(label, within: 80) : null)
            // "Both recommendations are accepted" under two recommendations for the police: the police's response.
            ?? (_awaiting.Select(r => r.Agencies.FirstOrDefault()).Distinct().ToList() is [{ } shared] ? shared : null);
        _answers.AddRange(AddActions(_awaiting, block, text, agency));
        _answered = true;
        _currentIsItem = true;
    }

    // The recommendations a heading says the paragraphs under it answer: "Recommendations 2 and 3: progress update" (read
    // from the plan's table, when the table lists them; the layout links them once it is read), or a plan's priority
    // citing them all ("2. Getting the front door right (Ofsted recommendations 3 and 4)"); none for any other line.
    private List<DraftUnit> AnsweredUnderHeading(Block block)
    {
        var among = draft.Units.Concat(listedElsewhere ?? []);
        if (ResponseLine.IsUpdateHeading(block.Text)) return Named(ResponseLine.NamedIn(block.Text), among);
        if (block.IsBullet || ResponseLine.CitedByTitle(block.Text) is not { Count: > 0 } cited) return [];
        var planned = Named(cited, among);
        return planned.Count == cited.Count ? planned : [];
    }

    private List<DraftUnit> RecommendationsAfter(DraftUnit finding) =>
        _recommendationsAfter.TryGetValue(finding, out var list) ? list : _recommendationsAfter[finding] = [];

    // The recommendations (or questions for the board) of the findings numbered: those each finding closed with, or
    // else those that cite it ("(Finding 2)").
    private List<DraftUnit> RecommendationsOf(IReadOnlyList<string> findings)
    {
        var found = new List<DraftUnit>();
        foreach (var number in findings)
        {
            var finding = draft.Units.FirstOrDefault(u => u.Kind == UnitKind.Finding && u.Number is not null && ProseReferences.SameNumber(number, u.Number));
            var own = finding is not null && _recommendationsAfter.TryGetValue(finding, out var after) && after.Count > 0
                ? after
                : draft.Units.Where(u => u.Kind == UnitKind.Recommendation && ProseReferences.FindingsNamed(u.Text).Contains(number)).ToList();
            found.AddRange(own.Where(r => !found.Contains(r)));
        }
        return found;
    }

    // "Response to Finding 1: The Partnership has adopted ..." answers each question the finding closed with; so do
    // the paragraphs and agencies' bullets under it, until the next response names others. The label stays in the
    // action's text: "Response to Findings 3 and 5" tells the reader why one action answers four questions.
    private void RespondToFindings(Block block, List<DraftUnit> answered, string text)
    {
        _kind = SectionKind.Responses;
        _headingTargets.Clear();
        _headingTargets.AddRange(answered);
        _agency = _agencyHeading = null;
        if (text.Length == 0)
        {
            draft.MarkStructure(block);
            Close();
            return;
        }
        AddActions(answered, block, text, AgencyActionLine.AgencyOf(text, draft.Agencies) ?? draft.Agencies.LeadAgency(text, within: 80));
    }

    // The recommendations among those given whose numbers are named, each once, in the order named.
    private static List<DraftUnit> Named(IEnumerable<string> numbers, IEnumerable<DraftUnit> among) =>
        numbers.Select(n => among.FirstOrDefault(r => r.Kind == UnitKind.Recommendation && r.Number is not null && ProseReferences.SameNumber(n, r.Number)))
            .OfType<DraftUnit>().Distinct().ToList();

    private void Unanswered()
    {
        _awaiting.Clear();
        _answers.Clear();
        _answered = false;
    }

    private bool NumbersItsItems(int heading)
    {
        ItemLabel? previous = null;
        for (var i = heading + 1; i < blocks.Count; i++)
        {
            var label = ItemLabel.TryRead(blocks[i].Text, previous);
            if (label is { SaysFinding: false }) return true;
            if (ReportHeading.TryRead(blocks[i]) is { } next && (next.Kind != SectionKind.Other || next.IsGeneral)) return false;
            previous = label ?? previous;
        }
        return false;
    }

    // "1. Early help" with "1.1 ..." under it: a title for the items that follow, not an item itself.
    private bool IsTheme(int i, ItemLabel label, ReportHeading? heading)
    {
        if (heading is null || i + 1 >= blocks.Count) return false;
        var next = ItemLabel.TryRead(blocks[i + 1].Text, label);
        return next is not null && !next.SameListAs(label) && !next.SaysFinding;
    }

    private void StartTheme(ItemLabel label, Block block)
    {
        draft.MarkStructure(block);
        _theme = label.Rest.TrimEnd(':').Trim();
        _top = null;
        _lastLabel = label;
        _openFinding = null;
        Close();
    }

    private void StartAgency(ReportHeading heading, Block block)
    {
        _headingTargets.Clear();
        draft.MarkStructure(block);
        _agencyHeading = heading.Title;
        _agency = AgencyOf(heading.Title);
        _respondentAbove = null;
        Responses.NewAgency();
        Close();
    }

    // "Health – Kestrelford Integrated Care Board", "Police: Northmoor Constabulary": the sector, then the agency
    // whose recommendations follow; the agency is the organisation named after the sector.
    private string AgencyOf(string heading)
    {
        // "Brackenford Safeguarding Adults Board response", "Joint response of the SAB and SCP": who responds.
        var who = RespondentHeading().Match(heading) is { Success: true } m ? m.Groups["who"].Value.Trim() : heading;
        return NamedOrganisation(who) ?? draft.Agencies.Normalise(who);
    }

    [GeneratedRegex(@"^(?:(?:joint\s+)?responses?\s+(?:of|from|by)\s+(?:the\s+)?(?<who>.{2,80})|(?<who>.{2,80}?)(?:'s|\u2019s)?\s+(?:responses?|updates?))$", RegexOptions.IgnoreCase)]
    private static partial Regex RespondentHeading();

    // "Police: Northmoor Constabulary": the organisation a sector's heading names, or null when it names only a sector.
    private string? NamedOrganisation(string heading)
    {
        var m = SectorThenAgency().Match(heading);
        return m.Success && ActionFields.NamesOrganisation(m.Groups["agency"].Value, draft.Agencies) ? draft.Agencies.Normalise(m.Groups["agency"].Value) : null;
    }

    private void Address(IReadOnlyList<string> agencies, Block block)
    {
        draft.MarkStructure(block);
        _addressedByLabel = false;
        _addressees = agencies;
        _organisation = NamedOrganisation(block.Text);
        _top = null;
        Close();
    }

    private void Close()
    {
        _current = _partsOf = _stem = null;
        _currentIsItem = _listOpen = _titleOnly = false;
    }

    private void Item(ItemLabel label, Block block, string text)
    {
        if (_kind == SectionKind.Responses) { Respond(block, text); return; }
        var subItem = _top is { Depth: > 0 } && !label.SameListAs(_top) && _current is not null && (_currentIsItem || _listOpen);
        if (subItem && PartOf(label) is { } parent)
        {
            StartPart(parent, label, block);
            return;
        }
        if (subItem && StemOf(label) is { } stem)
        {
            // "2. Agencies should improve ...:" then "2.1. Health boards should ..." and "2.2. ...": the stem is a
            // recommendation and so is each sub-part, cited by its own number ("2.1", "3a") as the responses cite it.
            var number = label.Style == LabelStyle.Numbered ? label.Number : stem.Number + label.Number;
            StartItem(UnitKind.Recommendation, label with { Number = number }, block);
            // A part continues the stem's sentence in lower case ("(b) schools should ..."): its subject is still whom it addresses.
            if (_current is { Agencies.Count: 0 } part && label.Rest is [var first, .. var others] && char.IsLower(first))
                AddressTo(part, char.ToUpperInvariant(first) + others);
            _stem = stem;
            return;
        }
        // "3. The review found that:" then a) to c): the letters are 3's; "4." after them is the next item, not a fourth letter.
        var listedInProse = _kind == SectionKind.Other && _listOpen && _current is not null && !(_top is not null && _currentIsItem && label.SameListAs(_top));
        if (subItem || listedInProse)
        {
            _current!.AddParagraph(text, block.Line);
            _lastLabel = label;
            _titleOnly = false;
            return;
        }
        // "The review asked the partnership to take forward three recommendations:" then "A. ...", "B. ...": recommendations,
        // whatever the section they sit in.
        var listed = (_recommendationList || _boardQuestions) && label.Style != LabelStyle.FindingWord;
        if (_kind == SectionKind.Recommendations && !listed && IntroducesRecommendations(label.Rest))
        {
            // "6.1 This chapter sets out the Panel's recommendations ...": a numbered paragraph about the recommendations
            // asks nothing itself; it is the section's prose.
            StartItem(UnitKind.Finding, label, block);
            return;
        }
        StartItem((_kind == SectionKind.Recommendations || listed) && !(_areas && !PhrasedAsRecommendation(label.Rest)) ? UnitKind.Recommendation : UnitKind.Finding, label, block);
    }

    // "Who is invited": a short title, not yet a finding's words.
    private static bool IsTitle(string? paragraph) =>
        paragraph is { Length: > 0 } p && p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 10 && !CutText.EndsFinished(p);

    private static bool IntroducesRecommendations(string text) =>
        !RecommendationAddressees.SaysWhatShouldBeDone(text) && SpeaksOfTheRecommendations().IsMatch(text);

    [GeneratedRegex(@"^(?:this|these|the following|in this|here|we)\b[^.]{0,120}\b(?:recommendations|chapter|section)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpeaksOfTheRecommendations();

    // "(b)" after "Recommendation 4: The Department ... should:" and its "(a)": a part of recommendation 4, cited as 4(b).
    private DraftUnit? PartOf(ItemLabel label)
    {
        if (label.Style is not (LabelStyle.LowerLetter or LabelStyle.LowerRoman)) return null;
        var parent = _partsOf ?? _current;
        if (parent is not { Kind: UnitKind.Recommendation, Number: not null } || !_currentIsItem) return null;
        return parent.Parts.Count > 0 || PartsFollow().IsMatch(parent.LastParagraph) || CitedParts.Contains(parent.Number) ? parent : null;
    }

    // The recommendations whose lettered parts the document cites on their own ("accepts Recommendations 5(c) and 6"):
    // their parts are recommendations, however the lead-in reads.
    private HashSet<string> CitedParts => _citedParts ??= blocks
        .SelectMany(b => PartCitation().Matches(b.Text).Select(m => m.Groups["n"].Value))
        .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\b(?:recommendations?\s+|R)(?:\d{1,2}[a-z]?(?:\([a-z]\))?\s*(?:,|and|&)\s*)*(?<n>\d{1,2})\s?\([a-z]\)", RegexOptions.IgnoreCase)]
    private static partial Regex PartCitation();

    [GeneratedRegex(@"^(?<who>(?:(?:recommendations?|R)\s*\d{1,2}(?:\.\d{1,2})?[a-z]?(?:\s*(?:,|and|&)\s*)?){1,6})\s+(?:have|has|are|is|were|was)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningSubject();

    [GeneratedRegex(@"\b(?:ask|require|invite|expect|direct|request)\s*:$", RegexOptions.IgnoreCase)]
    private static partial Regex AskedToAct();

    [GeneratedRegex(@"^[\w'\u2019 ]{2,40}?\s*(?::|\s[\u2013\u2014-])\s+(?<agency>\S.{2,})$")]
    private static partial Regex SectorThenAgency();

    // "... should:" leaves each part to say what is to be done, so each is a recommendation; "... should strengthen
    // the duty so that:" has said it, and its lettered points are conditions of the one recommendation.
    // So "should:", "must ensure that:", "should ask:" (the agencies named in the parts then do the work) and "is asked to:".
    [GeneratedRegex(@"\b(?:(?:should|must|will)(?:\s+(?:ask|require|ensure(?:\s+that)?|invite|expect|direct|request))?|is asked to|are asked to|needs? to|to)\s*:$", RegexOptions.IgnoreCase)]
    private static partial Regex PartsFollow();

    // A numbered or lettered sub-item that says in its own words who should do what ("(b) schools should hold ..."),
    // under a recommendation whose own sentence introduced it with a colon ("... In particular:").
    private DraftUnit? StemOf(ItemLabel label)
    {
        if (_kind != SectionKind.Recommendations || _areas || !RecommendationAddressees.SaysWhatShouldBeDone(label.Rest)) return null;
        var stem = _stem ?? (_current is { Kind: UnitKind.Recommendation, Number.Length: > 0, HasText: true } && _currentIsItem && _listOpen ? _current : null);
        if (stem?.Number is null) return null;
        return label.Style switch
        {
            LabelStyle.Numbered => label.Depth >= 2 && label.Number.StartsWith(stem.Number + ".", StringComparison.Ordinal) ? stem : null,
            LabelStyle.LowerLetter or LabelStyle.LowerRoman => stem,
            _ => null,
        };
    }

    private void StartPart(DraftUnit parent, ItemLabel label, Block block)
    {
        var part = draft.AddRecommendation(parent.Number + label.Number, block.Line);
        part.Heading = parent.Heading;
        // The lead-in says who and what; the part alone ("publish national minimum standards ...") does not.
        part.AddParagraph($"{parent.Text} ({label.Number}) {label.Rest}", block.Line);
        // "The Board should ask: (a) the Health Board to review ...": the part is for the agency it names first.
        var asked = AskedToAct().IsMatch(parent.Text) ? AgencyActionLine.AgencyOf(label.Rest, draft.Agencies) : null;
        if (asked is not null) part.AddAgency(asked);
        else foreach (var agency in parent.Agencies) part.AddAgency(agency);
        parent.Parts.Add(part);
        _partsOf = parent;
        _current = part;
        _lastLabel = label;
        _listOpen = _titleOnly = false;
    }

    // An inspection's "area for improvement" is a recommendation when its own clause says what should be done ("Leaders
    // should ...", "Improve the timeliness of ..."), and a finding when it names what is not yet good enough: "The
    // specificity of plans, so that parents understand what needs to change" names an area; its "needs to" is the parents'.
    private static bool PhrasedAsRecommendation(string text) =>
        RecommendationAddressees.SaysWhatShouldBeDone(SubordinateClause().Split(text, 2)[0]) || Imperative().IsMatch(text.StartsWith("- ", StringComparison.Ordinal) ? text[2..] : text);

    [GeneratedRegex(@",?\s+(?:so that|in order that|so as to|what|which|who|whose|when|where)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex SubordinateClause();

    private void StartItem(UnitKind kind, ItemLabel label, Block block)
    {
        _actionsOf = null;
        _partsOf = _stem = null;
        _lastLabel = label;
        if (_top is not { Depth: > 0 } || label.SameListAs(_top) || label.SaysRecommendation || label.SaysFinding) _top = label;
        var rest = label.Rest;
        if (IsRepeat(kind, label.Number, rest))
        {
            // A summary at the end repeats the recommendations already read: one unit each, not two.
            draft.MarkStructure(block);
            Close();
            return;
        }

        if (kind == UnitKind.Recommendation && (rest.Length == 0 || PartsNamed().IsMatch(rest)) && ActionsFollow(block)
            && draft.Units.FirstOrDefault(u => u.Kind == UnitKind.Recommendation && u.HasText && u.Number is not null && ProseReferences.SameNumber(label.Number, u.Number)) is { } planned)
        {
            // "Recommendation 1" (or "Recommendation 3(i) and 3(ii)") again in the action plan, over its "SMART action:"
            // paragraphs: a heading for the actions on the recommendation already read, not a second recommendation 1.
            draft.MarkStructure(block);
            Close();
            _actionsFor.Clear();
            _actionsFor.Add(planned);
            _actionsOf = _current = planned;
            return;
        }
        var unit = kind == UnitKind.Recommendation ? draft.AddRecommendation(label.Number, block.Line) : draft.AddFinding(label.Number, block.Line);
        unit.Heading = _theme ?? _section;
        if (rest.Length > 0) unit.AddParagraph(rest, block.Line);
        else draft.MarkStructure(block);
        if (kind == UnitKind.Recommendation)
        {
            if (_answered) Unanswered();
            _awaiting.Add(unit);
            // "Recommendation 3 (for Severnside Police):" says whom it is for before the sentence does.
            AddressTo(unit, label.Addressee is { } addressee ? addressee + " should" : rest);
            if (label.Number.Length > 0) _openFinding?.CitedNumbers.Add(label.Number);
            if (_openFinding is not null) RecommendationsAfter(_openFinding).Add(unit);
        }
        else
        {
            _openFinding = unit;
            _boardQuestions = false;
            Unanswered();
        }
        _current = unit;
        _currentIsItem = true;
        _listOpen = rest.EndsWith(':');
        _titleOnly = rest.Length > 0 && !CutText.EndsFinished(rest);
    }

    private void AddressTo(DraftUnit recommendation, string text)
    {
        // The recommendation's own subject ("The Department of Health should ...") over the group heading ("Regional"),
        // except under a heading naming the organisation itself ("Police: Northmoor Constabulary"), where "The Public
        // Protection Unit should" and "The force should" name its parts.
        var own = _addressedByLabel ? _addressees
            : _organisation is { } organisation && _addressees.Count == 0 ? [organisation] : RecommendationAddressees.Of(text, draft.Agencies);
        // "The Trust should ..." under "Northmoor Community Health NHS Trust": the heading names which trust.
        if (own.Count == 1 && _addressees.Count == 1 && _addressees[0].Length > own[0].Length && _addressees[0].Contains(own[0], StringComparison.OrdinalIgnoreCase))
            own = _addressees;
        var addressees = own.Count > 0 ? own : _addressees;
        foreach (var agency in addressees) recommendation.AddAgency(agency);
        if (addressees.Count == 0) recommendation.AddAgency(draft.Agencies.LeadAgency(text, within: 60));
        // "The Partnership should ...", "The LSCB should ...": the review's own partnership, by its name.
        if (recommendation.Agencies.Count == 0 && draft.Partnership is { } partnership && OwnPartnership().IsMatch(text))
            recommendation.AddAgency(partnership);
    }

    // A labelled recommendation among responses that says what should be done, and is not one already read (responses
    // quote them), starts the recommendations of another review.
    private bool StartsAnotherReviewsRecommendations(ItemLabel label) =>
        RecommendationAddressees.SaysWhatShouldBeDone(label.Rest)
        && !draft.Units.Any(u => u.Kind == UnitKind.Recommendation && u.Number is not null && ProseReferences.SameNumber(label.Number, u.Number));

    private bool IsRepeat(UnitKind kind, string number, string rest)
    {
        if (rest.Length < 20) return false;
        var start = Start(rest);
        return draft.Units.Concat(listedElsewhere ?? []).Any(u => u.Kind == kind && u.Number is not null && number.Length > 0
            && ProseReferences.SameNumber(number, u.Number) && Start(u.Text) == start);
    }

    private static string Start(string text)
    {
        var words = string.Join(' ', InlineText.Words(text));
        return words[..Math.Min(60, words.Length)];
    }

    private void Paragraph(Block block, string text)
    {
        if (block.IsBullet && _kind != SectionKind.Responses && (_boardQuestions || QuestionsForTheBoard.Asks(text)))
        {
            // "- Is the Board satisfied that ...?" after a finding's evidence: one of its questions for the board.
            StartItem(UnitKind.Recommendation, new ItemLabel(LabelStyle.Numbered, 0, "", WithoutBullet(text)), block);
            return;
        }
        if (!block.IsBullet) _boardQuestions = false;
        if (_answers.Count > 0 && _current == _answers[0] && !block.IsBullet && ReportHeading.TryRead(block) is null && !IsUnnumberedRecommendation(block, text))
        {
            // A response's second paragraph is still the response, on every recommendation it answers.
            foreach (var answer in _answers) answer.AddParagraph(text, block.Line);
            return;
        }
        // Under "The review made three recommendations:", "- Harbrook Community Health should ensure ..." is the next
        // recommendation, addressed to that agency, not an action on the one before.
        var listedRecommendation = _recommendationList && block.IsBullet && RecommendationAddressees.SaysWhatShouldBeDone(text);
        if (block.IsBullet && _kind != SectionKind.Responses && !listedRecommendation && RecommendationOf(_current) is { } recommendation
            && !IsUnnumberedRecommendation(block, text) && AgencyActionLine.AgencyOf(text, draft.Agencies) is { } agency)
        {
            AddActions(_actionsOf is not null ? _actionsFor : [recommendation], block, text, agency);
            return;
        }
        if (!block.IsBullet) _recommendationList = false;
        if (_recommendationList)
        {
            StartItem(UnitKind.Recommendation, new ItemLabel(LabelStyle.Numbered, 0, "", WithoutBullet(text)), block);
            return;
        }
        // Only the sentence that ends in the colon introduces the list: "The partners accept recommendations 1a and 1b.
        // The following actions have been agreed:" lists actions.
        if (!block.IsBullet && text.EndsWith(':') && _kind != SectionKind.Recommendations && RecommendationListIntro().IsMatch(LastSentence(text))
            && !LearningListIntro().IsMatch(LastSentence(text)))
        {
            // Outside a recommendations section, "The review made two recommendations, which ...:" lists recommendations.
            draft.MarkStructure(block);
            _recommendationList = true;
            Close();
            return;
        }
        if (_actionsOf is not null && (block.IsBullet || _current == _actionsOf))
        {
            AddActions(_actionsFor, block, text, draft.Agencies.LeadAgency(text, within: 80));
            return;
        }
        if (IsUnnumberedRecommendation(block, text))
        {
            StartItem(UnitKind.Recommendation, new ItemLabel(LabelStyle.Numbered, 0, "", WithoutBullet(text)), block);
            return;
        }
        if (_current is not null && !block.IsBullet && CutText.Continues(_current.LastParagraph, text, longProse: !_titleOnly))
        {
            _current.JoinToLastParagraph(text, block.Line);
            _titleOnly = false;
            return;
        }
        // Learning points written as bullets are one finding each, even under "The review identified this learning:";
        // elsewhere a bullet list belongs to the prose above it.
        var listsFindings = _kind == SectionKind.Findings || (_areas && !PhrasedAsRecommendation(text));
        var joins = _current is not null && (block.IsBullet
            ? _currentIsItem || !listsFindings
            : _currentIsItem);
        if (joins)
        {
            // "Recommendation 1" on a line of its own: the paragraph under it is the recommendation, and says whom it is for.
            if (_current is { Kind: UnitKind.Recommendation, HasText: false }) AddressTo(_current, text);
            _current!.AddParagraph(text, block.Line);
            if (!block.IsBullet) _listOpen = text.EndsWith(':');
            _titleOnly = false;
            return;
        }
        var finding = draft.AddFinding(null, block.Line).AddParagraph(WithoutBullet(text), block.Line);
        finding.Heading = _theme ?? _section;
        finding.AddAgency(draft.Agencies.LeadAgency(text, within: 60));
        _current = finding;
        _currentIsItem = _titleOnly = false;
        _listOpen = text.EndsWith(':');
    }

    // Under an agency's heading each paragraph or bullet is one of its actions (on the recommendation
    // ResponseTarget chooses); a line that only states a status or a date completes the action above it.
    private void Respond(Block block, string text)
    {
        if (_current is { Kind: UnitKind.Action } && block.IsBullet && _listOpen && _lastActions.Count > 0
            && AgencyActionLine.AgencyOf(text, draft.Agencies) is { } bulletAgency)
        {
            // "... supported by the following agency actions:" then "- Eastvale Community Health has changed ...": each
            // bullet is that agency's own action, on the recommendations the paragraph above answers.
            var answered = _lastActions.Select(a => a.Recommendation).ToList();
            var lead = _lastActions;
            AddActions(answered, block, text, bulletAgency);
            _lastActions = lead;
            _listOpen = true;
            return;
        }
        if (_current is { Kind: UnitKind.Action } && (StatusLine().IsMatch(block.Text) || (block.IsBullet && _listOpen)
            || (!block.IsBullet && CutText.Continues(_current.LastParagraph, text, longProse: true))))
        {
            _current.AddParagraph(text, block.Line);
            _current.Status ??= StatusWords.Find(block.Text);
            foreach (var date in DateExpressions.Find(text)) _current.AddDate(date);
            return;
        }

        // "Department for Education (Recommendations 2 and 3): The Department will ...": the label says who answers and what.
        if (ResponseLine.ByRespondent(text) is { } given && Named(given.Numbers, draft.Units) is { Count: > 0 } cited && cited.Count == given.Numbers.Count)
        {
            AddActions(cited, block, given.Text, draft.Agencies.Normalise(given.Respondent));
            return;
        }
        // "Response to R2 and R3: Ashcombe County Council has agreed ...": its label says what it answers, its words are the action.
        if (ResponseLine.Read(text) is { } labelled && Named(ResponseLine.NamedIn(labelled.Label), draft.Units) is { Count: > 0 } namedInLabel)
        {
            AddActions(namedInLabel, block, labelled.Text, _agency ?? AgencyActionLine.AfterDecision(labelled.Text, draft.Agencies) ?? draft.Agencies.LeadAgency(labelled.Text, within: 80));
            return;
        }
        // "- Harbrook Council Early Help: The Graded Care Profile ...", "2. Corrow Bay Council Education Safeguarding Team will
        // issue ...": the response names who acts at its start, known agency or not.
        var agency = _agency ?? AgencyActionLine.AgencyOf(ItemLabel.TryRead(text, null)?.Rest ?? text, draft.Agencies) ?? draft.Agencies.LeadAgency(text, within: 80)
            ?? AgencyActionLine.TeamOf(text) ?? _respondentAbove;
        if (_headingTargets.Count == 0 && AcceptsAll().IsMatch(text) && draft.Units.Where(u => u.Kind == UnitKind.Recommendation && u.HasText).ToList() is { Count: > 1 } all)
        {
            // "The Chief Officers Group accepts the key learning and all six suggested strategies": one answer to each.
            AddActions(all, block, text, agency);
            return;
        }
        if (_headingTargets.Count > 0)
        {
            AddActions(_headingTargets, block, text, agency);
            return;
        }
        // "In relation to strategies 6.5 and 6.6, ...": a response that opens by naming several answers each of them.
        var opening = text.Length > 120 ? text[..120] : text;
        if (NamedRecommendations(opening) is { Count: > 1 } several)
        {
            AddActions(several, block, text, agency);
            return;
        }
        // "... This responds to local recommendations (a) and (b) for the Trust.": a sentence saying what the response
        // answers names each, wherever it stands in the response.
        // "- Linwood Academy has trained its attendance officers ... (R3, R4).": the references closing it name each it answers.
        if (ClosingReferences().Match(text) is { Success: true } closes && Named(closes.Groups["n"].Captures.Select(c => c.Value).ToList(), draft.Units) is { Count: > 1 } closed)
        {
            AddActions(closed, block, text, agency);
            return;
        }
        if (SaysWhatItAnswers(text, agency) is { Count: > 0 } said)
        {
            AddActions(said, block, text, agency);
            return;
        }
        var answers = Responses.Answered(block, agency);
        if (answers.Count > 1)
        {
            AddActions(answers, block, text, agency);
            return;
        }
        var recommendation = answers.FirstOrDefault();
        if (recommendation is null && agency is not null && !draft.Units.Any(u => u.Kind == UnitKind.Recommendation))
        {
            // "Immediate actions already taken" before the review has made any recommendation: each agency's action
            // stands on its own, answering none.
            AddActions([null], block, text, agency);
            return;
        }
        if (recommendation is null && !block.IsBullet && text.EndsWith(':') && ResponseListFollows(block))
        {
            // "Agencies took the following actions before the meeting:" introduces them and is not a finding.
            draft.MarkStructure(block);
            Close();
            return;
        }
        if (recommendation is null)
        {
            Paragraph(block, text);
            return;
        }

        var action = draft.AddAction(recommendation, null, block.Line).AddParagraph(WithoutBullet(text), block.Line);
        action.Heading = _agencyHeading ?? _section;
        action.AddAgency(agency);
        action.Status = StatusWords.Find(block.Text);
        foreach (var date in DateExpressions.Find(text)) action.AddDate(date);
        _current = action;
        _lastActions = [action];
        _currentIsItem = _titleOnly = false;
        _listOpen = text.EndsWith(':');
    }

    private bool ActionsFollow(Block block)
    {
        var at = blocks.ToList().FindIndex(b => b.Line == block.Line);
        return at >= 0 && at + 1 < blocks.Count && LabelledAction().IsMatch(blocks[at + 1].Text);
    }

    // The fields an action plan writes under each action: its lead agency is its agency, its RAG its status, its
    // timescale its date; the others are kept as its details.
    private void Field(DraftUnit action, string label, string value, Block block)
    {
        draft.MarkStructure(block);
        var key = label.ToLowerInvariant();
        if (key is "lead agency" or "lead organisation" or "agency")
        {
            action.Agencies.Clear();
            action.AddAgency(draft.Agencies.Normalise(value));
        }
        else if (key.Contains("rag", StringComparison.Ordinal) || key == "status") action.Status = StatusWords.Read(value) ?? action.Status;
        else if (key is "timescale" or "target date" or "by when") action.AddDate(value);
        else if (key.StartsWith("completed", StringComparison.Ordinal) || key is "outcome" or "progress") action.Status ??= StatusWords.Find(value);
        if (!key.Contains("rag", StringComparison.Ordinal) && key != "status") action.AddDetail(label, value, block.Line);
    }

    private bool ResponseListFollows(Block block)
    {
        var at = blocks.ToList().FindIndex(b => b.Line == block.Line);
        return at >= 0 && at + 1 < blocks.Count && blocks[at + 1].IsBullet;
    }

    // A recommendations section that does not number its recommendations lists them as bullets under a sentence
    // such as "The review recommends that:", or writes each as a paragraph saying what someone should do. Once a
    // numbered list has begun, unnumbered text is the item's own; a bullet under "... should ensure that:" is part
    // of that recommendation.
    private bool IsUnnumberedRecommendation(Block block, string text)
    {
        if (_kind != SectionKind.Recommendations || _sectionIsNumbered) return false;
        if (_areas && !PhrasedAsRecommendation(text)) return false;
        if (_current is { Kind: UnitKind.Recommendation } && _listOpen && block.IsBullet) return false;
        if (block.IsBullet) return true;
        return !text.EndsWith(':') && RecommendationAddressees.SaysWhatShouldBeDone(text);
    }

    // "R1 ... (paragraph 3.1)": the finding numbered 3.1 cites R1, as a finding followed by its recommendation does.
    private void LinkFindingsCitedByRecommendations()
    {
        foreach (var recommendation in draft.Units.Where(u => u.Kind == UnitKind.Recommendation && u.Number is not null).ToList())
            foreach (var number in ProseReferences.FindingsNamed(recommendation.Text))
            {
                var finding = draft.Units.FirstOrDefault(u => u.Kind == UnitKind.Finding && string.Equals(u.Number, number, StringComparison.OrdinalIgnoreCase));
                if (finding is not null && !finding.CitedNumbers.Contains(recommendation.Number!)) finding.CitedNumbers.Add(recommendation.Number!);
            }
    }

    // One action on each recommendation the line answers; the first is the unit later lines continue.
    private List<DraftUnit> AddActions(IReadOnlyList<DraftUnit?> recommendations, Block block, string text, string? agency)
    {
        var actions = new List<DraftUnit>();
        // "... (Owner: ED Matron; completed)": the owner it closes with answers for it, an organisation or a post as printed.
        if (ActionFields.OwnerInBrackets(text) is { } owner)
            agency = ActionFields.NamesOrganisation(owner, draft.Agencies) ? draft.Agencies.Normalise(owner) : owner;
        foreach (var recommendation in recommendations)
        {
            var action = draft.AddAction(recommendation, null, block.Line).AddParagraph(WithoutBullet(text), block.Line);
            action.Heading = _theme ?? _section;
            action.AddAgency(agency);
            action.Status = StatusWords.Find(text);
            foreach (var date in DateExpressions.Find(text)) action.AddDate(date);
            actions.Add(action);
        }
        _current = actions.FirstOrDefault();
        _lastActions = actions;
        _currentIsItem = _titleOnly = false;
        _listOpen = text.EndsWith(':');
        return actions;
    }

    // The recommendation an agency's bullet would be an action on: the current recommendation, or the recommendation
    // of the agency's bullet just before.
    private static DraftUnit? RecommendationOf(DraftUnit? current) => current switch
    {
        { Kind: UnitKind.Recommendation, HasText: true } => current,
        { Kind: UnitKind.Action, Recommendation: { } r } => r,
        _ => null,
    };

    private static string LastSentence(string text)
    {
        var end = text.LastIndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text : text[(end + 2)..];
    }

    private static string WithoutBullet(string text) => text.StartsWith("- ", StringComparison.Ordinal) ? text[2..].TrimStart() : text;

    [GeneratedRegex(@"^(?:ensure|improve|review|develop|strengthen|establish|make sure|increase|introduce|provide|put in place|embed|raise|reduce|agree|consider|promote|monitor|audit|update|revise|extend|implement|deliver|undertake|set up|create|share|seek|commission|publish|evaluate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Imperative();

    [GeneratedRegex(@"^(?:-\s+)?(?:that\s+)?the\s+(?:(?:local\s+)?safeguarding\s+(?:children\s+)?(?:partnership|board)|partnership|board|lscb|lscp|scp|cpc|child protection committee|regional safeguarding board)\b(?:'s)?\s+(?:should|must|will|is asked|needs?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnPartnership();

    [GeneratedRegex(@"\((?:recommendations?\s+|recs?\.?\s+)?(?<n>R?\d{1,2}[a-z]?)(?:\s*(?:,|and|&)\s*(?<n>R?\d{1,2}[a-z]?))+\)\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingReferences();

    [GeneratedRegex(@"\((?:recommendations?\s+)?(?<n>[A-Z]|R?\d{1,2}(?:\.\d{1,2})?[a-z]?)\)\s*\.?$")]
    private static partial Regex ClosingReference();

    // "Beyond the recommendations above, the reviewers ask the Board to note the following wider learning:" lists learning.
    [GeneratedRegex(@"\bthe following\s+(?:[\w-]+\s+){0,2}(?:learning|lessons?|findings|themes|points of learning)\b[^:]*:$", RegexOptions.IgnoreCase)]
    private static partial Regex LearningListIntro();

    [GeneratedRegex(@"\b(?:recommendations?|recommends?|recommended)\b[^:]*:$", RegexOptions.IgnoreCase)]
    private static partial Regex RecommendationListIntro();

    [GeneratedRegex(@"^(?:(?:the\s+)?(?:agency|agencies'?|partner|partners'?|partnership|multi-agency|single[- ]agency)\s+)?(?:actions?|responses?)\b[^:]{0,80}:$", RegexOptions.IgnoreCase)]
    private static partial Regex ActionsIntro();

    [GeneratedRegex(@"^(?:-\s+)?recommendations?\s+\(?(?<n>[A-Za-z]{1,3}\d{0,2}(?:\.\d{1,2})*|\d{1,2}(?:\.\d{1,2})*[a-z]?)\)?(?:\s*(?:,|and|&)\s*\(?(?<n>[A-Za-z]{1,3}\d{0,2}(?:\.\d{1,2})*|\d{1,2}(?:\.\d{1,2})*[a-z]?)\)?)*\s*[:\u2013\u2014-]\s*(?<text>\S.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex NamedResponse();

    [GeneratedRegex(@"\baccept(?:s|ed|ing)?\b[^.]{0,60}?\b(?:all|each|every one)\b(?:\s+(?:of\s+)?(?:the|its|their|our|\w+))?(?:\s+(?:of\s+the\s+)?(?:suggested\s+|review's\s+|review\u2019s\s+)?)?\s*(?:recommendations|strategies)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AcceptsAll();

    [GeneratedRegex(@"^\([a-z]{1,4}\)(?:\s*(?:,|and|&)\s*\d{0,2}\([a-z]{1,4}\))*$")]
    private static partial Regex PartsNamed();

    [GeneratedRegex(@"^(?:smart|agreed|planned)\s+actions?\s*\d{0,2}\s*:\s*(?<text>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledAction();

    [GeneratedRegex(@"^(?<label>lead agency|lead organisation|lead officer|timescale|target date|by when|evidence of impact|impact measure|success measure|rag status|rag rating)\s*:\s*(?<value>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ActionField();

    private static bool CaseDetailsHeader(Block row) =>
        row.Cells.Length == 2 && row.Cells.All(c => KeyValueColumn().IsMatch(InlineText.OneLine(c)));

    [GeneratedRegex(@"^(?:field|fields|item|items|detail|details|value|information|description|heading)$", RegexOptions.IgnoreCase)]
    private static partial Regex KeyValueColumn();

    [GeneratedRegex(@"^(?:the\s+)?(?:partnership\s+|safeguarding\s+)?(?:board|executive|committee|members|group|sub-?group|chief officers)\s+(?:is|are)\s+(?:asked|invited|requested|recommended)\s+to\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex BoardAsked();

    [GeneratedRegex(@"^(?:status|rag(?:\s+rating)?|progress|target date|date|timescale|deadline|completion date)\s*[:\-\u2013]", RegexOptions.IgnoreCase)]
    private static partial Regex StatusLine();
}
