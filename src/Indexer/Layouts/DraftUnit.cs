using LearningSearch.Index.Units;
using LearningSearch.Indexer.Model;

namespace LearningSearch.Indexer.Layouts;

/// <summary>A unit while a layout is still reading it: text grows paragraph by paragraph as blocks are joined.</summary>
public sealed class DraftUnit
{
    private readonly List<string> _paragraphs = [];

    internal DraftUnit(UnitKind kind, string? number, int line)
    {
        Kind = kind;
        Number = string.IsNullOrWhiteSpace(number) ? null : number.Trim();
        Lines = new LineRange(line, line);
    }

    public UnitKind Kind { get; }

    public string? Number { get; set; }

    public DraftUnit? Recommendation { get; set; }

    /// <summary>Numbers of the recommendations a finding cites, resolved to ids when the review is complete.</summary>
    public List<string> CitedNumbers { get; } = [];

    public List<string> Agencies { get; } = [];

    public string? Status { get; set; }

    public List<string> Dates { get; } = [];

    public string? Heading { get; set; }

    public List<UnitDetail> Details { get; } = [];

    /// <summary>
    /// For a recommendation set out in parts ("should: (a) publish ...; (b) require ..."), the parts, each a
    /// recommendation a trainer cites on its own ("4(b)"); the recommendation itself is then only their lead-in and is
    /// not kept, and an action answering it answers every part.
    /// </summary>
    public List<DraftUnit> Parts { get; } = [];

    public LineRange Lines { get; set; }

    public bool HasText => _paragraphs.Count > 0;

    public string Text => string.Join("\n\n", _paragraphs);

    public string LastParagraph => _paragraphs.Count == 0 ? "" : _paragraphs[^1];

    /// <summary>Adds a paragraph (a bullet list stays with the paragraph that introduces it).</summary>
    public DraftUnit AddParagraph(string text, int line)
    {
        if (string.IsNullOrWhiteSpace(text)) return this;
        if (_paragraphs.Count > 0 && text.StartsWith("- ", StringComparison.Ordinal))
            _paragraphs[^1] += "\n" + text;
        else
            _paragraphs.Add(text.Trim());
        Lines = Lines.Extend(line);
        return this;
    }

    /// <summary>Joins text cut by a page break to the last paragraph, with a space.</summary>
    public DraftUnit JoinToLastParagraph(string text, int line)
    {
        if (_paragraphs.Count == 0) return AddParagraph(text, line);
        _paragraphs[^1] = _paragraphs[^1].TrimEnd() + " " + text.Trim();
        Lines = Lines.Extend(line);
        return this;
    }

    /// <summary>The same action answering another recommendation (one of the parts of the one it answers).</summary>
    internal DraftUnit AnsweringInstead(DraftUnit recommendation) => Copy(Kind, recommendation);

    /// <summary>This unit's words as an action answering the recommendation ("In response to R6, ..." read as a recommendation, or as an action on none).</summary>
    internal DraftUnit AsActionOn(DraftUnit recommendation) => Copy(UnitKind.Action, recommendation);

    private DraftUnit Copy(UnitKind kind, DraftUnit recommendation)
    {
        var copy = new DraftUnit(kind, kind == Kind ? Number : null, Lines.First) { Recommendation = recommendation, Status = Status, Heading = Heading, Lines = Lines };
        copy._paragraphs.AddRange(_paragraphs);
        copy.Agencies.AddRange(Agencies);
        copy.Dates.AddRange(Dates);
        copy.Details.AddRange(Details);
        copy.CitedNumbers.AddRange(CitedNumbers);
        return copy;
    }

    public DraftUnit AddAgency(string? agency)
    {
        if (!string.IsNullOrWhiteSpace(agency) && !Agencies.Contains(agency)) Agencies.Add(agency);
        return this;
    }

    public DraftUnit AddDetail(string label, string text, int line)
    {
        if (string.IsNullOrWhiteSpace(text)) return this;
        var existing = Details.FindIndex(d => d.Label == label);
        if (existing >= 0)
            Details[existing] = Details[existing] with { Text = Details[existing].Text + "\n\n" + text.Trim() };
        else
            Details.Add(new UnitDetail(label, text.Trim()));
        Lines = Lines.Extend(line);
        return this;
    }

    public DraftUnit AddDate(string? date)
    {
        if (!string.IsNullOrWhiteSpace(date) && !Dates.Contains(date.Trim())) Dates.Add(date.Trim());
        return this;
    }
}
