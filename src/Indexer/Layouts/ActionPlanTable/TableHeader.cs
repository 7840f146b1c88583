using LearningSearch.Indexer.Cleaning;

namespace LearningSearch.Indexer.Layouts.ActionPlanTable;

/// <summary>
/// An action-plan table's header row: the columns and what each holds. Published plans name their columns in
/// many ways ("No.", "Recommendation &amp; Question for the Board", "Action taken", "Further action and/or
/// completion date", "By Whom", "Timescale", "RAG", "Evidence of impact"); the role is read from the words.
/// </summary>
public sealed partial class TableHeader
{
    private TableHeader(IReadOnlyList<string> labels, IReadOnlyList<ColumnRole> roles)
    {
        Labels = labels;
        Roles = roles;
    }

    public IReadOnlyList<string> Labels { get; }

    public IReadOnlyList<ColumnRole> Roles { get; }

    public int IndexOf(ColumnRole role)
    {
        for (var i = 0; i < Roles.Count; i++)
            if (Roles[i] == role) return i;
        return -1;
    }

    /// <summary>Reads a table row as a header, or returns null when the row is not one.</summary>
    public static TableHeader? TryRead(Block block)
    {
        if (!block.IsTableRow) return null;
        var cells = block.Cells.Select(InlineText.OneLine).ToArray();
        var named = cells.Count(c => c.Length > 0);
        // A header names its columns; a row whose cell is a sentence ("Add return home interview outcomes to the hub
        // agenda.") is a data row, whatever words it happens to use.
        if (named < 2 || cells.Any(c => c.Length > 110 || IsSentence(c))) return null;
        // "3 | Learning review | Closed", "1.3 | Include ...", "4.1 / 5.1 | ...": a cell that is only a number is a row's
        // reference, and a header names its columns.
        if (cells.Any(c => c.Length > 0 && c.Any(char.IsDigit) && c.All(ch => char.IsDigit(ch) || ch is '.' or '/' or ' ' or ','))) return null;
        var roles = cells.Select((c, i) => RoleOf(c, i)).ToArray();
        var known = roles.Count(r => r is not ColumnRole.Other and not ColumnRole.Number and not ColumnRole.ActionReference);
        // A table of what was learned and done, with no recommendation column, reads its learning as findings; beside a
        // recommendation column, "Learning" names the recommendation's finding, as it always has.
        if (roles.Contains(ColumnRole.Learning) && (roles.Contains(ColumnRole.Recommendation) || !roles.Contains(ColumnRole.Action)))
            roles = roles.Select(r => r == ColumnRole.Learning ? ColumnRole.Recommendation : r).ToArray();
        var hasSubject = roles.Contains(ColumnRole.Recommendation) || roles.Contains(ColumnRole.Action);
        // Two columns are a header only as "Recommendation | Response": any two-cell row could name two other things.
        if (named == 2 && !(roles.Contains(ColumnRole.Recommendation) && roles.Contains(ColumnRole.Action))) return null;
        return known >= 2 && hasSubject ? new TableHeader(cells.Select(ShortLabel).ToArray(), roles) : null;
    }

    /// <summary>The role a header cell names; order matters ("Further action and/or completion date" is a date).</summary>
    public static ColumnRole RoleOf(string header, int index)
    {
        var role = RoleOfWords(header, index);
        // A PDF's narrow column breaks a long name across lines without a hyphen ("Recommend" over "ation"): the
        // pieces joined name the column.
        var pieces = header.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return role == ColumnRole.Other && pieces.Length is 2 or 3 ? RoleOfWords(string.Concat(pieces), index) : role;
    }

    private static ColumnRole RoleOfWords(string header, int index)
    {
        var h = header.Trim().ToLowerInvariant();
        if (h.Length == 0) return index == 0 ? ColumnRole.Number : ColumnRole.Other;
        if (h.Contains("linked", StringComparison.Ordinal) || h.Contains("relates to", StringComparison.Ordinal) || h.Contains("link to", StringComparison.Ordinal)
            || (index > 0 && (h.Contains("rec ref", StringComparison.Ordinal) || h.Contains("recommendation ref", StringComparison.Ordinal))))
            return ColumnRole.RecommendationLink;
        if (h is "no" or "no." or "ref" or "ref." or "#" or "number" or "rec" or "rec." or "rec no" or "rec no." or "item")
            return ColumnRole.Number;
        // "Action no.", "Action ref": the row's own reference, not its text.
        if (RowReference().IsMatch(h))
            return ColumnRole.ActionReference;
        if (Has(h, "rag") || h.Contains("status", StringComparison.Ordinal) || h.Contains("progress", StringComparison.Ordinal) || h.Contains("rating", StringComparison.Ordinal))
            return ColumnRole.Status;
        if (Has(h, "date") || h.Contains("timescale", StringComparison.Ordinal) || h.Contains("deadline", StringComparison.Ordinal)
            || h.Contains("by when", StringComparison.Ordinal) || Has(h, "target") || h.Contains("completion", StringComparison.Ordinal) || Has(h, "when"))
            return ColumnRole.Date;
        // "Agency response" and "Partner actions" hold what was done, not who did it.
        if ((h.Contains("response", StringComparison.Ordinal) || Has(h, "action") || Has(h, "actions") || Has(h, "update") || Has(h, "updates"))
            && !Has(h, "owner") && !Has(h, "lead") && !h.Contains("by whom", StringComparison.Ordinal))
            return ColumnRole.Action;
        if (h.Contains("agency", StringComparison.Ordinal) || h.Contains("organisation", StringComparison.Ordinal) || h.Contains("partner", StringComparison.Ordinal))
            return ColumnRole.Agency;
        if (h.Contains("by whom", StringComparison.Ordinal) || Has(h, "lead") || h.Contains("responsib", StringComparison.Ordinal) || Has(h, "owner") || Has(h, "who"))
            return ColumnRole.Lead;
        if (h.Contains("impact", StringComparison.Ordinal) || h.Contains("evidence", StringComparison.Ordinal) || h.Contains("audit", StringComparison.Ordinal)
            || h.Contains("monitor", StringComparison.Ordinal) || h.Contains("measure", StringComparison.Ordinal))
            return ColumnRole.Evidence;
        if (h.Contains("outcome", StringComparison.Ordinal) || h.Contains("objective", StringComparison.Ordinal))
            return ColumnRole.Outcome;
        // Scottish learning reviews make "suggested strategies" where others make recommendations.
        if (h.Contains("recommendation", StringComparison.Ordinal) || h.Contains("strateg", StringComparison.Ordinal))
            return ColumnRole.Recommendation;
        if (h.Contains("learning", StringComparison.Ordinal) || h.Contains("finding", StringComparison.Ordinal))
            return ColumnRole.Learning;
        if (h.Contains("action", StringComparison.Ordinal) || h.Contains("response", StringComparison.Ordinal) || h.Contains("progress", StringComparison.Ordinal))
            return ColumnRole.Action;
        return ColumnRole.Other;
    }

    private static bool IsSentence(string cell) => cell.TrimEnd().EndsWith('.') && cell.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 5;

    /// <summary>
    /// True for a row of short column names that is not an action plan's header ("Name | Role | Date" of a sign-off
    /// table): the start of a table the plan's header does not govern.
    /// </summary>
    public static bool IsOtherTablesHeader(Block block, TableHeader governing)
    {
        if (!block.IsTableRow || TryRead(block) is not null) return false;
        var cells = block.Cells.Select(InlineText.OneLine).ToArray();
        return cells.Length != governing.Roles.Count && cells.All(c => c.Length > 0 && c.Split(' ').Length <= 4 && !CutText.EndsFinished(c) && !c.Any(char.IsDigit));
    }

    private static bool Has(string header, string word) =>
        header.Split([' ', '/', '(', ')', '-', '&', ','], StringSplitOptions.RemoveEmptyEntries).Contains(word);

    // "Audit of implementation (include method of audit)" is shown as "Audit of implementation".
    private static string ShortLabel(string header)
    {
        var paren = header.IndexOf('(', StringComparison.Ordinal);
        return (paren > 0 ? header[..paren] : header).Trim();
    }

    /// <summary>True when two header rows name the same columns (a header repeated at a page break).</summary>
    public bool SameColumnsAs(TableHeader other) =>
        Roles.Where(r => r != ColumnRole.Number).SequenceEqual(other.Roles.Where(r => r != ColumnRole.Number));

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:action|item|row|line)\s*(?:no\.?|number|ref\.?|reference|#)$")]
    private static partial System.Text.RegularExpressions.Regex RowReference();
}
