using LearningSearch.Index.Units;
using LearningSearch.Indexer.Layouts.ActionPlanTable;
using LearningSearch.Indexer.Model;

namespace LearningSearch.Indexer.Layouts.SectionedReport;

/// <summary>
/// A review written as a report in sections: introduction and analysis in prose; findings or learning points;
/// recommendations listed under a heading ("Recommendations", "What needs to change", "Areas for improvement")
/// and numbered in any of the ways reviews number them (<c>1</c>, <c>1.1</c>, <c>A.</c>, <c>(a)</c>, <c>ii.</c>,
/// <c>R1</c>, <c>Recommendation 1:</c>), or each following the finding it comes from ("Finding 1" then
/// "Recommendation 1a"); and sometimes the partnership's response, agency by agency, or an action-plan table at the
/// end. Recognised by those sections, so the next report a user adds is read without a layout of its own.
/// </summary>
public sealed class SectionedReportLayout : IReviewLayout
{
    private readonly ActionPlanTableLayout _table = new();

    public string Name => nameof(SectionedReportLayout);

    // Scores sit below the layouts made for one kind of document (tables 0.9, inspection reports 0.9, response
    // plans 0.85) and above "Recommendation X" headings with prose actions (0.8) only when sections or findings
    // show that the paragraphs after a recommendation are not its actions. A report whose action plan is a table
    // at the end scores above the table layout, which would otherwise take the whole report before the table for
    // its title page.
    public LayoutMatch Recognise(PreparedDocument document)
    {
        var tables = TableStretches(document.Blocks);
        var tableAt = tables.Count == 0 ? -1 : tables[0].Start;
        var goesOn = tables.Any(t => t.End < document.Blocks.Count - 1);
        var report = OutsideTables(document.Blocks, tables);
        var outline = ReportOutline.Of(report);
        if (tableAt >= 0)
        {
            // A tracker that sets out the review's recommendations before its table of actions, and goes on to the
            // agencies' responses after it, is a report around its table: the table alone would lose the recommendations.
            var before = !goesOn ? outline : ReportOutline.Of(document.Blocks.Take(tableAt).ToList());
            var rows = document.Blocks.Skip(tableAt + 1).Count(b => b.IsTableRow);
            var reportBefore = rows >= 2 && before.Sections >= 2 && document.Blocks.Take(tableAt).Sum(b => b.Text.Length) >= 600;
            // ... as is one with findings before its table of recommendations and sections of its own after it (a
            // footer between the pages once hid that the report goes on).
            if (reportBefore && (!goesOn || before.ListedRecommendations >= 2 || before.FindingLabels >= 2 || before.LearningOrResponseSections > 0))
                return new LayoutMatch(0.92, $"{before.Sections} sections of prose before an action-plan table of {rows} rows");
            // Sections of the report between or after its tables with recommendations of their own (an IMR appendix:
            // each agency's learning, its table or numbered paragraphs of recommendations, its update) make it a report
            // around its tables, however its first part is set out.
            if (goesOn && outline.Sections >= 3 && (outline.ListedRecommendations + outline.RecommendationLabels >= 2 || outline.LearningOrResponseSections > 0 && (tables.Count >= 2 || ProgressAfter(report))))
                return new LayoutMatch(0.92, $"{outline.Sections} sections of the report between {tables.Count} tables");
            // A report that goes on after its table is otherwise recognised by all its sections, as a report without a table is.
            if (!goesOn) return LayoutMatch.None("an action-plan table without a report before it");
        }
        if (outline.FindingLabels >= 2 && outline.RecommendationLabels >= 1)
            return new LayoutMatch(0.86, $"{outline.FindingLabels} 'Finding N' paragraphs followed by {outline.RecommendationLabels} recommendations");
        if (outline.ListedRecommendations >= 2)
            return new LayoutMatch(outline.Sections >= 3 || outline.LearningOrResponseSections > 0 ? 0.82 : 0.7,
                $"{outline.ListedRecommendations} recommendations under a recommendations heading, {outline.Sections} section headings, {outline.LearningOrResponseSections} learning or response sections");
        // An annual report's learning section: each review a numbered section of its own with several "Recommendation 1:"
        // paragraphs inside it, then what has changed; the sections, not the labels, say where each part ends.
        if (outline.MostRecommendationLabelsInASection >= 3 && outline.Sections >= 4)
            return new LayoutMatch(0.82, $"{outline.RecommendationLabels} labelled recommendations inside {outline.Sections} sections");
        if (outline.LearningOrResponseSections > 0 && outline.Sections >= 3)
            return new LayoutMatch(0.6, $"learning or response sections among {outline.Sections} section headings");
        return LayoutMatch.None("no recommendations, findings or responses sections");
    }

    public void Read(PreparedDocument document, ReviewDraft draft)
    {
        var tables = TableStretches(document.Blocks);
        if (tables.Count == 0)
        {
            new SectionedReportReader(document.Blocks, draft).Read();
            return;
        }

        // The report is read around its tables, the tables by the table layout. Recommendations the report lists and
        // a table repeats are read once, from the table, where their actions are. A report that goes on after a table
        // with sections of its own (a rapid review's "Actions already taken" table, then its recommendations and the
        // partners' responses; an IMR appendix with each agency's table between its learning and its update) is read
        // on as report; the table layout gets the tables alone.
        var table = TableOnly(document, tables);
        var listedInTable = new ReviewDraft(draft.ReviewId, draft.Agencies);
        _table.Read(table, listedInTable);
        var report = OutsideTables(document.Blocks, tables);
        new SectionedReportReader(report, draft, listedInTable.Units.Where(u => u.Kind == UnitKind.Recommendation).ToList()).Read();
        var ofTheReport = draft.Units.ToList();
        _table.Read(table, draft);
        var ofTheTables = draft.Units.Skip(ofTheReport.Count).ToList();
        AnswerAsTheTablesReadThem(ofTheReport, listedInTable, ofTheTables);
        AnswerTheRecommendationsAbove(document, tables, ofTheReport, ofTheTables.Where(u => u is { Kind: UnitKind.Action, Recommendation: null }).ToList(), draft);
    }

    // The report's progress updates on recommendations its table lists ("Recommendation 1: progress update" after the
    // plan) were linked to the table's first reading; they answer the recommendations as the table has read them.
    private static void AnswerAsTheTablesReadThem(IReadOnlyList<DraftUnit> ofTheReport, ReviewDraft listedInTable, IReadOnlyList<DraftUnit> ofTheTables)
    {
        var recommendations = ofTheTables.Where(u => u.Kind == UnitKind.Recommendation).ToList();
        foreach (var update in ofTheReport.Where(u => u.Kind == UnitKind.Action && u.Recommendation is { } r && listedInTable.Units.Contains(r)))
            update.Recommendation = recommendations.FirstOrDefault(r => r.Number is not null && r.Number == update.Recommendation!.Number) ?? update.Recommendation;
    }

    // A response plan quotes each recommendation, then its table of actions with no recommendation column: the rows answer
    // the recommendation(s) set out just above the table (those quoted together, with only their own responses between
    // them); a row numbered "3.1" or "PA1.2" answers the one its number starts with.
    private static void AnswerTheRecommendationsAbove(PreparedDocument document, IReadOnlyList<(int Start, int End)> tables, IReadOnlyList<DraftUnit> report, IReadOnlyList<DraftUnit> actions, ReviewDraft draft)
    {
        var blocks = document.Blocks;
        foreach (var action in actions)
        {
            var at = tables.Select((t, i) => (t, i)).FirstOrDefault(x => action.Lines.First >= blocks[x.t.Start].Line && action.Lines.First <= blocks[x.t.End].Line);
            if (at.t == default) continue;
            var header = TableHeader.TryRead(blocks[at.t.Start]);
            // An agency table of learning and actions taken answers no recommendation: the review makes its own after it.
            if (header is not null && header.Roles.Contains(ColumnRole.Learning)) continue;
            var from = at.i == 0 ? 0 : blocks[tables[at.i - 1].End].Line;
            var above = QuotedTogether(report.Where(u => u.HasText && u.Lines.First > from && u.Lines.First < blocks[at.t.Start].Line).OrderBy(u => u.Lines.First).ToList());
            if (above.Count == 0) continue;
            var line = document.Document.Lines[action.Lines.First - 1];
            var reference = line.Split('\t')[0].Trim();
            var numbered = above.Where(r => r.Number is { Length: > 0 } n && reference.StartsWith(n + ".", StringComparison.OrdinalIgnoreCase)).ToList();
            var answered = numbered.Count > 0 ? numbered : above;
            action.Recommendation = answered[0];
            // A table with no agency or lead column ("Quarter | Update | RAG") reports for the recommendation's lead, unless
            // the row opens by naming who acted.
            if (header is not null && !header.Roles.Any(r => r is ColumnRole.Agency or ColumnRole.Lead)
                && answered[0].Agencies.FirstOrDefault() is { } lead)
            {
                var opening = AgencyActionLine.AgencyOf(action.Text, draft.Agencies);
                action.Agencies.Clear();
                action.AddAgency(opening ?? lead);
            }
            foreach (var other in answered.Skip(1))
            {
                var copy = draft.AddAction(other, action.Number, action.Lines.First).AddParagraph(action.Text, action.Lines.First);
                copy.Lines = action.Lines;
                copy.Heading = action.Heading;
                copy.Status = action.Status;
                foreach (var agency in action.Agencies) copy.AddAgency(agency);
                foreach (var date in action.Dates) copy.AddDate(date);
            }
        }
    }

    // "Recommendation 1: progress update": the report after the plan's table says what became of its recommendations.
    private static bool ProgressAfter(IReadOnlyList<Block> report) => report.Any(b => ResponseLine.IsUpdateHeading(b.Text));

    // Walking up from a table: the nearest recommendation and those right before it, past their own responses; a finding,
    // or a response to another recommendation, ends them.
    private static List<DraftUnit> QuotedTogether(IReadOnlyList<DraftUnit> unitsAbove)
    {
        var run = new List<DraftUnit>();
        for (var i = unitsAbove.Count - 1; i >= 0; i--)
        {
            var unit = unitsAbove[i];
            if (unit.Kind == UnitKind.Recommendation) run.Insert(0, unit);
            else if (unit.Kind == UnitKind.Action && (run.Count == 0 || run.Contains(unit.Recommendation!))) continue;
            else break;
        }
        return run;
    }

    /// <summary>The stretches of blocks that are tables, from a header to its last row: each table's stretch ends where
    /// the report resumes with a section of its own, or runs to the end of the document when it never does (a
    /// sign-off or "summary of progress" after a plan's tables stays the table's).</summary>
    private static List<(int Start, int End)> TableStretches(IReadOnlyList<Block> blocks)
    {
        var stretches = new List<(int Start, int End)>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (TableHeader.TryRead(blocks[i]) is null) continue;
            var start = i;
            var resumes = ReportResumes(blocks, start);
            var end = resumes is null ? blocks.Count - 1 : resumes.Value - 1;
            stretches.Add((start, end));
            i = end;
        }
        return stretches;
    }

    // The report's own blocks: those in no table's stretch.
    private static List<Block> OutsideTables(IReadOnlyList<Block> blocks, IReadOnlyList<(int Start, int End)> tables) =>
        blocks.Where((_, i) => !tables.Any(t => i >= t.Start && i <= t.End)).ToList();

    // Where the report resumes after a table that starts at tableAt: the first block after its last row before a
    // recommendations, findings or responses section with prose of its own; null when the table runs to the end.
    private static int? ReportResumes(IReadOnlyList<Block> blocks, int tableAt)
    {
        var lastRow = tableAt;
        for (var i = tableAt + 1; i < blocks.Count; i++)
        {
            if (blocks[i].IsTableRow)
            {
                // A second table straight after the first, with no report section between them, is still the tables' part.
                lastRow = i;
                continue;
            }
            // A response plan sets each recommendation it answers above that one's table: the next one resumes the report.
            if (lastRow > tableAt && ItemLabel.TryRead(blocks[i].Text) is { SaysRecommendation: true }) return lastRow + 1;
            if (lastRow == tableAt || ReportHeading.TryRead(blocks[i]) is not { } heading) continue;
            if (heading.Kind == SectionKind.Other && !LabelledItemsFollow(blocks, i))
                continue;
            // Between tables, a section heading that only labels the next table ("Recommendations" over "No. | Recommendation")
            // does not end the tables: the report resumes only where the section has prose or items before any next row.
            var prose = 0;
            for (var j = i + 1; j < blocks.Count && !blocks[j].IsTableRow && TableHeader.TryRead(blocks[j]) is null; j++)
                if (ReportHeading.TryRead(blocks[j]) is null) prose++;
            var lastOfAll = !blocks.Skip(i + 1).Any(b => b.IsTableRow);
            if (lastOfAll || prose >= 2) return lastRow + 1;
        }
        return null;
    }

    // An agency's heading after a table ("Health – the ICB", then "H4 The ICB should ...") resumes the report when
    // labelled items, not a table's rows, follow it.
    private static bool LabelledItemsFollow(IReadOnlyList<Block> blocks, int heading)
    {
        var labelled = 0;
        for (var j = heading + 1; j < blocks.Count && j <= heading + 3 && !blocks[j].IsTableRow; j++)
            if (ItemLabel.TryRead(blocks[j].Text) is { Style: LabelStyle.PrefixedNumber or LabelStyle.RNumber or LabelStyle.RecommendationWord or LabelStyle.Numbered }) labelled++;
        return labelled > 0;
    }

    // The document with only its tables' lines: other lines blanked, so line numbers stay those of the file. Each
    // table keeps the agency heading right above it, which names whose rows they are.
    private static PreparedDocument TableOnly(PreparedDocument document, IReadOnlyList<(int Start, int End)> tables)
    {
        var blocks = document.Blocks;
        var kept = new List<(int From, int To)>();
        foreach (var (start, end) in tables)
        {
            var from = start > 0 && ReportHeading.TryRead(blocks[start - 1]) is { IsGeneral: false } ? blocks[start - 1].Line : blocks[start].Line;
            var to = end + 1 < blocks.Count ? blocks[end + 1].Line - 1 : int.MaxValue;
            kept.Add((from, to));
        }
        // Page furniture found in the whole document stays out: among the tables' lines alone a footer is seen once only.
        var lines = document.Document.Lines.Select((line, i) => !document.Furniture.Contains(i) && kept.Any(k => i + 1 >= k.From && i + 1 <= k.To) ? line : "").ToArray();
        return new PreparedDocument(document.Document with { Lines = lines });
    }
}
