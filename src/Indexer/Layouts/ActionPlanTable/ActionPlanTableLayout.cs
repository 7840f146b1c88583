using System.Text.RegularExpressions;
using LearningSearch.Indexer.Cleaning;
using static LearningSearch.Indexer.Layouts.ActionPlanTable.TableRowReader;

namespace LearningSearch.Indexer.Layouts.ActionPlanTable;

/// <summary>
/// An action plan published as a table: a header row naming columns such as No., Recommendation, Outcome,
/// Action, By whom, Timescale, RAG and Impact; one row per agency response; later rows of a recommendation
/// leaving its cell empty; heading rows naming the agency of the rows under them.
/// </summary>
public sealed partial class ActionPlanTableLayout : IReviewLayout
{
    public string Name => nameof(ActionPlanTableLayout);

    public LayoutMatch Recognise(PreparedDocument document)
    {
        var headers = document.Blocks.Count(b => TableHeader.TryRead(b) is not null);
        if (headers == 0) return LayoutMatch.None("no table header naming recommendation or action columns");
        var rows = document.Blocks.Count(b => b.IsTableRow);
        return rows - headers >= 2
            ? new LayoutMatch(0.9, $"{headers} action-plan header row(s) and {rows - headers} table rows")
            : new LayoutMatch(0.3, "an action-plan header but almost no rows");
    }

    public void Read(PreparedDocument document, ReviewDraft draft)
    {
        var blocks = document.Blocks;
        var start = 0;
        while (start < blocks.Count && TableHeader.TryRead(blocks[start]) is null)
            draft.MarkFrontMatter(blocks[start++]);

        // "Children's Social Care" on its own line right above the table (an IMR appendix by agency): the agency of its rows.
        string? agency = start > 0 && start < blocks.Count && !blocks[start - 1].IsTableRow && IsHeading(blocks[start - 1].Text)
            && draft.Agencies.FindMentions(blocks[start - 1].Text) is [{ Start: 0 }, ..]
            ? draft.Agencies.Normalise(blocks[start - 1].Text)
            : null;
        string? heading = null;
        string? outcome = null;
        DraftUnit? recommendation = null;
        IReadOnlyList<DraftUnit> answered = []; // the report's recommendations a row only refers to ("(c) and (d)")
        DraftUnit? last = null;
        string? agencyAbove = null; // a lead agency cell merged down the rows of one recommendation is read once, on its first row
        string? leadAbove = null; // a tracker's blank owner cell means the owner of the row above

        foreach (var entry in TableRowReader.Read(blocks, start, draft))
        {
            switch (entry)
            {
                case HeadingEntry h:
                    var named = draft.Agencies.FindMentions(h.Text).FirstOrDefault();
                    if (named is not null || !SectionWords().IsMatch(h.Text))
                        agency = named?.Name ?? draft.Agencies.Normalise(h.Text);
                    else
                        agency = null;
                    heading = h.Text;
                    break;
                case NoteEntry n when ProgressOn(n.Text, draft) is { } discussed:
                    // Commentary under the plan ("The sub-group closed Recommendation 1 at its September meeting ...")
                    // reports progress on the recommendation it names.
                    last = draft.AddAction(discussed, null, n.Line).AddParagraph(n.Text, n.Line);
                    last.Heading = heading;
                    break;
                case NoteEntry n when last is not null:
                    last.AddDetail("Note", n.Text, n.Line);
                    break;
                case NoteEntry n:
                    draft.MarkFrontMatter(new Block(n.Line, n.Text));
                    break;
                case RowEntry r when r.Row.Header.Roles.Contains(ColumnRole.Learning):
                    last = ReadLearningRow(draft, r.Row, agency, agencyAbove, heading) ?? last;
                    agencyAbove = NonEmpty(r.Row.Get(ColumnRole.Agency)) ?? agencyAbove;
                    break;
                case RowEntry r:
                    var row = r.Row;
                    var recommendationText = row.Get(ColumnRole.Recommendation);
                    var rowOutcome = row.Get(ColumnRole.Outcome);
                    var number = CleanNumber(row.Get(ColumnRole.Number));
                    var link = NonEmpty(row.Get(ColumnRole.RecommendationLink));
                    if (RecommendationReference.Resolve(link ?? (recommendationText.Length > 0 ? recommendationText : number), draft) is { Count: > 0 } referred)
                    {
                        // A response table after a report: its first column only names the recommendations it answers.
                        answered = referred;
                        recommendation = referred[0];
                        last = AddActionsOnEach(draft, row, recommendation, referred.Skip(1), agency, null, heading) ?? last;
                        // Its lead cell, left empty on the rows after it for the same recommendation, is theirs too.
                        agencyAbove = NonEmpty(row.Get(ColumnRole.Agency));
                        continue;
                    }
                    if (recommendationText.Length == 0 && link is null && row.Get(ColumnRole.Action).Length > 0 && ActionsOfRecommendations(NonEmpty(row.Get(ColumnRole.Number))?.Trim(), draft) is { Count: > 0 } owners)
                    {
                        // "1.1", "4.1 / 5.1" in the No. column of an improvement plan after the report: the actions of the
                        // recommendations the report made, numbered under theirs.
                        // A blank agency cell under an action of the same recommendation is the agency above (a merged cell).
                        var above = recommendation == owners[0] ? agencyAbove : null;
                        answered = owners;
                        recommendation = owners[0];
                        last = AddActionsOnEach(draft, row, recommendation, owners.Skip(1), agency, above, heading) ?? last;
                        agencyAbove = NonEmpty(row.Get(ColumnRole.Agency)) ?? above;
                        continue;
                    }
                    if (recommendation?.Number is { } parentNumber && number is not null && BreaksDown(number, parentNumber)
                        && recommendationText.Length > 0 && row.Get(ColumnRole.Action).Length == 0)
                    {
                        // "1.1", "3.2a" under recommendation 1 or 3 of a tracker: the recommendation broken down into
                        // actions, the row's text one of them.
                        last = AddBrokenDownAction(draft, row, recommendation, recommendationText, leadAbove, heading);
                        leadAbove = NonEmpty(row.Get(ColumnRole.Lead)) ?? leadAbove;
                        continue;
                    }
                    if (recommendationText.Length > 0 || number is not null || (rowOutcome.Length > 0 && row.Get(ColumnRole.Action).Length == 0))
                    {
                        answered = [];
                        if (rowOutcome.Length > 0) outcome = rowOutcome;
                        recommendation = StartRecommendation(draft, row, number, recommendationText.Length > 0 ? recommendationText : rowOutcome, outcome, agency, heading);
                        last = recommendation;
                        agencyAbove = null;
                        leadAbove = NonEmpty(row.Get(ColumnRole.Lead));
                    }
                    else if (rowOutcome.Length > 0)
                    {
                        outcome = rowOutcome;
                    }

                    if (recommendation is null && !NamesRecommendations(row.Header))
                    {
                        // "Agency | Action already taken | Date": a table of actions alone, taken before the review made
                        // any recommendation; each row is an agency's action answering none.
                        last = AddActions(draft, row, null, agency, agencyAbove, heading) ?? last;
                        agencyAbove = NonEmpty(row.Get(ColumnRole.Agency)) ?? agencyAbove;
                        continue;
                    }
                    if (recommendation is null)
                    {
                        draft.Warnings.Add($"line {row.FirstLine}: an action row comes before any recommendation; kept as a finding.");
                        recommendation = draft.AddFinding(null, row.FirstLine).AddParagraph(row.Get(ColumnRole.Action), row.FirstLine);
                        recommendation.Heading = heading;
                        last = recommendation;
                        continue;
                    }
                    last = AddActionsOnEach(draft, row, recommendation, answered.Skip(1), agency, agencyAbove, heading) ?? last;
                    agencyAbove = NonEmpty(row.Get(ColumnRole.Agency)) ?? agencyAbove;
                    break;
            }
        }
    }

    private static DraftUnit StartRecommendation(ReviewDraft draft, TableRow row, string? number, string text, string? outcome, string? agency, string? heading)
    {
        var leading = LeadingNumber().Match(text);
        if (number is null && leading.Success)
        {
            number = leading.Groups[1].Value;
            text = text[leading.Length..];
        }
        var unit = draft.AddRecommendation(number, row.FirstLine);
        unit.Heading = heading;
        unit.AddParagraph(text, row.FirstLine);
        unit.Lines = unit.Lines.Extend(row.LastLine);
        if (outcome is not null && outcome != text) unit.AddDetail("Outcome", outcome, row.FirstLine);
        // The agency column, else the heading the table sits under, else whom the recommendation's own words address
        // ("Health partners should ..."), else the agency it names first.
        if (NonEmpty(row.Get(ColumnRole.Agency)) is { } column) unit.AddAgency(draft.Agencies.Normalise(column));
        else if (agency is not null) unit.AddAgency(agency);
        else if (SectionedReport.RecommendationAddressees.Of(text, draft.Agencies) is { Count: > 0 } addressees) foreach (var addressee in addressees) unit.AddAgency(addressee);
        // "The Trust will ...": the sentence's subject. An imperative recommendation ("Ensure that ...") names none:
        // its Owner cell says who answers for it.
        else if (draft.Agencies.LeadAgency(text, within: 4) is { } subject) unit.AddAgency(subject);
        else if (WhoLeads(row.Get(ColumnRole.Lead), draft) is { } lead) unit.AddAgency(lead);
        else unit.AddAgency(draft.Agencies.LeadAgency(text, within: 60));
        unit.Status = StatusWords.Read(row.Get(ColumnRole.Status));
        return unit;
    }

    // A row answering several recommendations gives each the same actions: the others' first, then the first's, whose
    // last action the row ends on.
    private static DraftUnit? AddActionsOnEach(ReviewDraft draft, TableRow row, DraftUnit first, IEnumerable<DraftUnit> others, string? agency, string? agencyAbove, string? heading)
    {
        foreach (var other in others) AddActions(draft, row, other, agency, agencyAbove, heading);
        return AddActions(draft, row, first, agency, agencyAbove, heading);
    }

    // One action per paragraph of the action cell (plans put each agency's response in its own paragraph);
    // the date, lead and evidence cells pair with them paragraph by paragraph where the counts agree.
    private static DraftUnit? AddActions(ReviewDraft draft, TableRow row, DraftUnit? recommendation, string? agency, string? agencyAbove, string? heading)
    {
        var status = StatusWords.Read(row.Get(ColumnRole.Status));
        if (status is not null && recommendation is not null) recommendation.Status ??= status;
        // "2" in an "Actions" column counts actions (a summary of progress); an action has words.
        var paragraphs = Paragraphs(row.Get(ColumnRole.Action)).Where(p => p.Any(char.IsLetter)).ToList();
        if (paragraphs.Count == 0)
        {
            foreach (var (label, cell) in OtherCells(row)) recommendation?.AddDetail(label, cell, row.FirstLine);
            return null;
        }

        var actions = new List<DraftUnit>();
        foreach (var paragraph in paragraphs)
        {
            var action = draft.AddAction(recommendation, null, row.FirstLine);
            action.Heading = heading;
            action.AddParagraph(paragraph, row.FirstLine);
            action.Lines = action.Lines.Extend(row.LastLine);
            var agencyColumn = NonEmpty(row.Get(ColumnRole.Agency));
            action.AddAgency(agencyColumn is not null
                ? draft.Agencies.Normalise(agencyColumn)
                : OrganisationIn(row.Get(ColumnRole.Lead), draft) ?? draft.Agencies.LeadAgency(paragraph)
                    ?? (agencyAbove is not null ? draft.Agencies.Normalise(agencyAbove) : null)
                    ?? agency
                    // "CPC Practice Improvement Subgroup": a lead naming no organisation is still who answers for the action.
                    ?? WhoLeads(row.Get(ColumnRole.Lead), draft));
            action.Status = status;
            actions.Add(action);
        }

        var dates = Paragraphs(row.Get(ColumnRole.Date));
        for (var i = 0; i < dates.Count; i++)
        {
            var target = dates.Count == actions.Count ? actions[i] : actions[0];
            target.AddDate(dates[i]);
            target.Status ??= StatusWords.Read(dates[i]);
        }
        if (dates.Count == 1)
            foreach (var action in actions.Skip(1)) { action.AddDate(dates[0]); action.Status ??= StatusWords.Read(dates[0]); }

        foreach (var (label, cell) in OtherCells(row))
        {
            var parts = Paragraphs(cell);
            if (parts.Count == actions.Count && parts.Count > 1)
                for (var i = 0; i < parts.Count; i++) actions[i].AddDetail(label, parts[i], row.FirstLine);
            else
                actions[0].AddDetail(label, cell, row.FirstLine);
        }
        return actions[^1];
    }

    // A sub-row of a tracker: its text sits in the recommendation column, its owner (blank: the owner above) in the lead column.
    private static DraftUnit AddBrokenDownAction(ReviewDraft draft, TableRow row, DraftUnit recommendation, string text, string? leadAbove, string? heading)
    {
        var action = draft.AddAction(recommendation, null, row.FirstLine);
        action.Heading = heading;
        action.AddParagraph(text, row.FirstLine);
        action.Lines = action.Lines.Extend(row.LastLine);
        action.AddAgency(NonEmpty(row.Get(ColumnRole.Agency)) is { } column
            ? draft.Agencies.Normalise(column)
            : WhoLeads(NonEmpty(row.Get(ColumnRole.Lead)) ?? leadAbove ?? "", draft) ?? draft.Agencies.LeadAgency(text) ?? recommendation.Agencies.FirstOrDefault());
        action.Status = StatusWords.Read(row.Get(ColumnRole.Status));
        action.AddDate(NonEmpty(row.Get(ColumnRole.Date)));
        foreach (var (label, cell) in OtherCells(row)) action.AddDetail(label, cell, row.FirstLine);
        return action;
    }

    // The recommendations an action's own number places it under ("1.1" under 1, "4.1 / 5.1" under 4 and 5), when the
    // report has already set them out; empty otherwise.
    private static IReadOnlyList<DraftUnit> ActionsOfRecommendations(string? number, ReviewDraft draft)
    {
        if (number is null || !SubNumbers().IsMatch(number)) return [];
        var parents = number.Split(['/', ',', '&'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(n => n.Split('.')[0]).Distinct().ToList();
        return RecommendationReference.EveryOneRead(parents, draft);
    }

    [GeneratedRegex(@"^\d{1,2}\.\d{1,2}[a-z]?(?:\s*[/,&]\s*\d{1,2}\.\d{1,2}[a-z]?)*$")]
    private static partial Regex SubNumbers();

    // "3.2a" breaks down "3" (and "1.1" breaks down "1"); "2" does not break down "1", nor "10" "1".
    private static bool BreaksDown(string number, string parent) =>
        number.Length > parent.Length + 1 && number.StartsWith(parent + ".", StringComparison.OrdinalIgnoreCase)
        && number[(parent.Length + 1)..].All(char.IsLetterOrDigit) && char.IsDigit(number[parent.Length + 1]);

    // A paragraph after the table, in sentences, that names one recommendation the plan has read.
    private static DraftUnit? ProgressOn(string text, ReviewDraft draft) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 8 && CutText.EndsFinished(text)
        && SectionedReport.ProseReferences.RecommendationNamed(text) is { } named
        && RecommendationReference.EveryOneRead([named], draft) is [var discussed]
            ? discussed
            : null;

    // Who answers for a row: the organisation its owner cell names, else the post as printed ("Partnership Business
    // Manager", "Named GP for Safeguarding Children"), since a post with no organisation is still whom a board asks.
    private static string? WhoLeads(string cell, ReviewDraft draft)
    {
        if (OrganisationIn(cell, draft) is { } organisation) return organisation;
        var post = InlineText.OneLine(cell).Trim();
        return post.Length is > 2 and <= 90 && post.Split(' ').Length <= 12 && !post.Any(char.IsDigit) && !CutText.EndsFinished(post) ? post : null;
    }

    // "Agency | Learning identified | Immediate action taken | Further action | Timescale": each agency's learning is a
    // finding and every action cell an action of that agency answering no recommendation (the review has made none
    // yet). A blank agency cell continues the agency above (a merged cell flattened); "No learning identified" is no unit.
    private static DraftUnit? ReadLearningRow(ReviewDraft draft, TableRow row, string? agency, string? agencyAbove, string? heading)
    {
        var who = NonEmpty(row.Get(ColumnRole.Agency)) ?? agencyAbove;
        var rowAgency = who is not null ? draft.Agencies.Normalise(who) : agency;
        DraftUnit? last = null;
        if (NonEmpty(row.Get(ColumnRole.Learning)) is { } learning && !NothingToReport().IsMatch(learning))
        {
            last = draft.AddFinding(null, row.FirstLine).AddParagraph(learning, row.FirstLine);
            last.Lines = last.Lines.Extend(row.LastLine);
            last.Heading = heading;
            last.AddAgency(rowAgency);
        }
        var date = NonEmpty(row.Get(ColumnRole.Date));
        for (var c = 0; c < row.Cells.Length; c++)
        {
            if (row.Header.Roles[c] != ColumnRole.Action || NonEmpty(row.Cells[c]) is not { } cell || NothingToReport().IsMatch(cell)) continue;
            foreach (var paragraph in Paragraphs(cell))
            {
                var action = draft.AddAction(null, null, row.FirstLine).AddParagraph(paragraph, row.FirstLine);
                action.Lines = action.Lines.Extend(row.LastLine);
                action.Heading = heading;
                // "The Education Safeguarding Service to agree ..." in the police's row names who will act.
                action.AddAgency(SectionedReport.AgencyActionLine.AgencyOf(paragraph, draft.Agencies) ?? rowAgency);
                // The timescale is the further action's: what was done already is done.
                if (date is not null && c > row.Header.IndexOf(ColumnRole.Action)) action.AddDate(date);
                last = action;
            }
        }
        return last;
    }

    [GeneratedRegex(@"^(?:no\s+(?:further\s+|new\s+|specific\s+)?(?:learning|actions?|concerns?)\b|none\b|nil\b|n/?a\b|not applicable\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NothingToReport();

    // A "Lead" or "Owner" cell names a person's role ("Head of Service") or an organisation ("Caldermoor Council");
    // only an organisation is the action's agency (the cell is kept as a detail either way).
    private static string? OrganisationIn(string cell, ReviewDraft draft)
    {
        if (NonEmpty(cell) is not { } lead) return null;
        var mention = draft.Agencies.FindMentions(lead).FirstOrDefault();
        if (mention is { Start: <= 4 }) return mention.Name;
        // "Brackenford Children's Social Care": the whole cell is the organisation's name.
        if (mention is not null && SectionedReport.AgencyActionLine.IsProperName(lead)) return draft.Agencies.Normalise(lead);
        // "Head of Quality Assurance, Oxenhithe Children's Services", "Designated Doctor, Oxenhithe ICB": a post, then
        // the organisation it belongs to.
        var parts = lead.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts.Skip(1))
            if (draft.Agencies.FindMentions(part).Count > 0 && SectionedReport.AgencyActionLine.IsProperName(part))
                return draft.Agencies.Normalise(part);
        // "Oxenhithe Children's Services Principal Social Worker": the organisation, then the post.
        var words = parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var post = Array.FindIndex(words, w => PostWord().IsMatch(w));
        if (post >= 2 && string.Join(' ', words[..post]) is var organisation && (draft.Agencies.FindMentions(organisation).Count > 0 || OrganisationWord().IsMatch(words[post - 1]))
            && SectionedReport.AgencyActionLine.IsProperName(organisation))
            return draft.Agencies.Normalise(organisation);
        return null;
    }

    [GeneratedRegex(@"^(?:head|principal|senior|chief|named|designated|deputy|assistant|lead|manager|director|officer|nurse|doctor|worker|practitioner|headteacher|coordinator|co-ordinator|adviser|advisor)$", RegexOptions.IgnoreCase)]
    private static partial Regex PostWord();

    [GeneratedRegex(@"^(?:services?|council|trust|school|academy|college|board|partnership|police|constabulary|team|unit|hospitals?|practice|ICB|CCG)$", RegexOptions.IgnoreCase)]
    private static partial Regex OrganisationWord();

    // A "Progress update" cell says how far the work has got in sentences ("Field live since May; audit planned"):
    // its status is read from it, and its words are kept, as the progress the plan reports. A "RAG" cell is only a status.
    private static IEnumerable<(string Label, string Cell)> OtherCells(TableRow row)
    {
        for (var c = 0; c < row.Cells.Length; c++)
        {
            var role = row.Header.Roles[c];
            var progress = role == ColumnRole.Status && row.Cells[c].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 3;
            if ((role is ColumnRole.Lead or ColumnRole.Evidence or ColumnRole.Other || progress) && row.Cells[c].Length > 0)
                yield return (row.Header.Labels[c].Length > 0 ? row.Header.Labels[c] : "Note", row.Cells[c]);
        }
    }

    // A bullet list belongs to the paragraph that introduces it.
    private static List<string> Paragraphs(string cell)
    {
        var result = new List<string>();
        foreach (var p in cell.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (result.Count > 0 && p.StartsWith("- ", StringComparison.Ordinal)) result[^1] += "\n" + p;
            else result.Add(p);
        }
        return result;
    }

    private static string? CleanNumber(string cell)
    {
        var t = cell.Trim().TrimEnd('.', ')', ':').TrimStart('(');
        return t.Length is > 0 and <= 8 ? t : null;
    }

    private static bool NamesRecommendations(TableHeader header) =>
        header.Roles.Any(r => r is ColumnRole.Recommendation or ColumnRole.Number or ColumnRole.RecommendationLink or ColumnRole.Outcome);

    private static string? NonEmpty(string s) => string.IsNullOrWhiteSpace(s) ? null : s;

    [GeneratedRegex(@"\b(report|recommendations?|section|part|summary|overview|theme|learning|appendix)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SectionWords();

    // "3.", "R2)", "SA1." (a single-agency list's own letters): the number a recommendation cell starts with.
    [GeneratedRegex(@"^\s*(?:recommendation\s+)?((?:R|(?-i:[A-Z]{1,3}))?\d{1,2}(?:\.\d{1,2})*[a-z]?)\s*[.):]\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingNumber();
}
