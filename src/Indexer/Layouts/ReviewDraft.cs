using System.Text.RegularExpressions;
using LearningSearch.Index.Units;
using LearningSearch.Indexer.Agencies;
using LearningSearch.Indexer.Model;

namespace LearningSearch.Indexer.Layouts;

/// <summary>
/// Collects the units a layout reads, in document order, and turns them into <see cref="LearningUnit"/>s with
/// stable ids (<c>ads14/rec-8/action-2</c>) once the whole review is read, when citations can be resolved.
/// </summary>
public sealed partial class ReviewDraft
{
    private readonly List<DraftUnit> _units = [];
    private readonly HashSet<int> _frontMatter = [];
    private readonly HashSet<int> _structure = [];

    public ReviewDraft(string reviewId, AgencyDirectory agencies)
    {
        ReviewId = reviewId;
        Agencies = agencies;
    }

    public string ReviewId { get; }

    public AgencyDirectory Agencies { get; }

    /// <summary>The partnership or board that published the review, when known: whom "the Partnership should ..." means.</summary>
    public string? Partnership { get; init; }

    public List<string> Warnings { get; } = [];

    public IReadOnlyList<DraftUnit> Units => _units;

    /// <summary>Lines that are the title page, contents list or metadata: not body text, so not counted in coverage.</summary>
    public IReadOnlySet<int> FrontMatterLines => _frontMatter;

    /// <summary>Lines that carry structure only (table header rows, numbered headings, "Response" labels).</summary>
    public IReadOnlySet<int> StructureLines => _structure;

    public void MarkFrontMatter(Block block) => _frontMatter.Add(block.Line);

    public void MarkStructure(Block block) => _structure.Add(block.Line);

    public DraftUnit AddRecommendation(string? number, int line) => Add(new DraftUnit(UnitKind.Recommendation, number, line));

    /// <summary>An action on the recommendation; null for one taken before any recommendation was made (a rapid review's immediate actions).</summary>
    public DraftUnit AddAction(DraftUnit? recommendation, string? number, int line) =>
        Add(new DraftUnit(UnitKind.Action, number, line) { Recommendation = recommendation });

    public DraftUnit AddFinding(string? number, int line) => Add(new DraftUnit(UnitKind.Finding, number, line));

    private DraftUnit Add(DraftUnit unit)
    {
        _units.Add(unit);
        return unit;
    }

    /// <summary>The units with ids, parents and citations resolved. Units without text are dropped.</summary>
    public IReadOnlyList<LearningUnit> Build()
    {
        var kept = AnswersNamedInText.Apply(_units)
            .Where(u => u.HasText && u.Parts.Count == 0)
            .SelectMany(u => u is { Kind: UnitKind.Action, Recommendation.Parts.Count: > 0 } ? u.Recommendation.Parts.Select(u.AnsweringInstead) : [u])
            .ToList();
        var ids = new Dictionary<DraftUnit, string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var recommendationByNumber = new Dictionary<string, DraftUnit>(StringComparer.OrdinalIgnoreCase);
        var sequence = new Dictionary<UnitKind, int>();
        var sequences = new Dictionary<DraftUnit, int>();

        foreach (var unit in kept)
        {
            sequences[unit] = sequence[unit.Kind] = sequence.GetValueOrDefault(unit.Kind) + 1;
            if (unit.Kind == UnitKind.Action) continue;
            var stem = unit.Kind == UnitKind.Recommendation ? "rec" : "finding";
            var id = Unique($"{ReviewId}/{stem}-{Slug(unit.Number) ?? (unit.Kind == UnitKind.Finding ? "p" : "") + sequences[unit]}", used);
            ids[unit] = id;
            if (unit.Kind == UnitKind.Recommendation && unit.Number is not null)
                recommendationByNumber.TryAdd(unit.Number, unit);
        }

        var actionCounts = new Dictionary<DraftUnit, int>();
        foreach (var unit in kept.Where(u => u.Kind == UnitKind.Action))
        {
            var parent = unit.Recommendation is not null && ids.ContainsKey(unit.Recommendation) ? unit.Recommendation : null;
            var k = actionCounts[parent ?? unit] = (parent is null ? 0 : actionCounts.GetValueOrDefault(parent)) + 1;
            ids[unit] = Unique(parent is null ? $"{ReviewId}/action-{sequences[unit]}" : $"{ids[parent]}/action-{k}", used);
        }

        var result = new List<LearningUnit>(kept.Count);
        foreach (var unit in kept)
        {
            var cites = new List<string>();
            foreach (var number in unit.CitedNumbers)
            {
                if (recommendationByNumber.TryGetValue(number, out var cited)) cites.Add(ids[cited]);
                else Warnings.Add($"{ids[unit]} cites recommendation {number}, which the review does not list.");
            }
            var parentId = unit.Kind == UnitKind.Action && unit.Recommendation is not null && ids.TryGetValue(unit.Recommendation, out var p)
                ? p
                : cites.FirstOrDefault();
            result.Add(new LearningUnit
            {
                Id = ids[unit],
                ReviewId = ReviewId,
                Kind = unit.Kind,
                Number = unit.Number,
                Sequence = sequences[unit],
                RecommendationId = parentId,
                Cites = cites.Distinct().ToList(),
                Agencies = unit.Agencies.ToList(),
                Status = unit.Status,
                Dates = unit.Dates.ToList(),
                Heading = unit.Heading,
                Text = unit.Text,
                Details = unit.Details.ToList(),
                Lines = unit.Lines,
            });
        }
        return result;
    }

    private static string Unique(string id, HashSet<string> used)
    {
        var candidate = id;
        for (var n = 2; !used.Add(candidate); n++) candidate = $"{id}-{n}";
        return candidate;
    }

    /// <summary>A number as it can stand in an id: "1.2.1" stays, "R1" becomes "r1", "(a)" becomes "a".</summary>
    public static string? Slug(string? number)
    {
        if (string.IsNullOrWhiteSpace(number)) return null;
        var slug = NotIdCharacter().Replace(number.Trim().ToLowerInvariant(), "-").Trim('-', '.');
        return slug.Length == 0 ? null : slug;
    }

    [GeneratedRegex(@"[^a-z0-9.]+")]
    private static partial Regex NotIdCharacter();
}
