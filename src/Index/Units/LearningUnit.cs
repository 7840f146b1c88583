using LearningSearch.Themes;

namespace LearningSearch.Index.Units;

/// <summary>
/// One recommendation, action or finding of a review, with everything needed to cite it:
/// review, number as printed, agency, status, dates, heading and source lines.
/// </summary>
public sealed record LearningUnit
{
    /// <summary>Stable, readable id such as <c>ads14/rec-8/action-2</c>.</summary>
    public required string Id { get; init; }

    public required string ReviewId { get; init; }

    public required UnitKind Kind { get; init; }

    /// <summary>The number or letter as printed (<c>8</c>, <c>B</c>, <c>4.6</c>, <c>1.2.1</c>); null where the document numbers nothing.</summary>
    public string? Number { get; init; }

    /// <summary>Order of the unit among its review's units of the same kind (1-based), for unnumbered recommendations.</summary>
    public int Sequence { get; init; }

    /// <summary>For an action, its recommendation; for a finding, the first recommendation it cites.</summary>
    public string? RecommendationId { get; init; }

    /// <summary>For a finding, every recommendation it cites.</summary>
    public IReadOnlyList<string> Cites { get; init; } = [];

    /// <summary>Normalised names of the agencies the unit belongs to or is addressed to.</summary>
    public IReadOnlyList<string> Agencies { get; init; } = [];

    /// <summary>Status as stated (RAG colour, Completed, Confirmed, On track), normalised in spelling.</summary>
    public string? Status { get; init; }

    /// <summary>Dates and timescales as printed ("Completed October 2016", "By 31/12/09").</summary>
    public IReadOnlyList<string> Dates { get; init; } = [];

    /// <summary>The section heading the unit sits under.</summary>
    public string? Heading { get; init; }

    /// <summary>Clean text: no HTML, no page furniture; paragraphs separated by a blank line, bullets as "- ".</summary>
    public required string Text { get; init; }

    public IReadOnlyList<UnitDetail> Details { get; init; } = [];

    public required LineRange Lines { get; init; }

    /// <summary>Themes of the unit's own text.</summary>
    public IReadOnlyList<ThemeTag> Themes { get; init; } = [];

    /// <summary>For a recommendation, the themes of its actions, kept apart from its own.</summary>
    public IReadOnlyList<ThemeTag> ActionThemes { get; init; } = [];

    /// <summary>The agencies joined for display ("DCHS and Derby City Council"); null where none is named.</summary>
    public string? Agency => Agencies.Count == 0 ? null : string.Join(" and ", Agencies);

    /// <summary>The text with its details, as the tagger and the index read it.</summary>
    public string FullText => Details.Count == 0
        ? Text
        : Text + "\n\n" + string.Join("\n\n", Details.Select(d => $"{d.Label}: {d.Text}"));
}
