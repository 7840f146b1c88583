using System.Text.RegularExpressions;
using LearningSearch.Index.Units;
using LearningSearch.Indexer.Agencies;
using LearningSearch.Indexer.Corpus;
using LearningSearch.Indexer.Layouts;
using LearningSearch.Indexer.Layouts.ActionPlanTable;
using LearningSearch.Indexer.Layouts.LearnedBlocks;
using LearningSearch.Indexer.Layouts.SectionedReport;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;
using LearningSearch.Themes;

namespace LearningSearch.Indexer.Extraction;

/// <summary>
/// Turns one document into a review and its units: recognises the layout by its features, reads the units (with the
/// learned reader instead where the rules missed most of them: <see cref="LearnedReaderChoice"/>), completes the metadata
/// (the manifest wins over the document), tags themes and measures coverage.
/// </summary>
public sealed partial class ReviewExtractor
{
    private readonly IReadOnlyList<IReviewLayout> _layouts;
    private readonly AgencyDirectory _agencies;
    private readonly Func<string, IReadOnlyList<ThemeTag>>? _tag;
    private readonly LearnedBlockLayout? _learnedReader;

    /// <param name="tag">The theme tagger; null leaves units untagged.</param>
    /// <param name="rulesOnly">Read with the layouts' rules alone, never with the learned reader (see
    /// <see cref="LearnedReaderChoice"/>): to measure the rules, or to index as before the learned reader was added.</param>
    public ReviewExtractor(Func<string, IReadOnlyList<ThemeTag>>? tag = null, IReadOnlyList<IReviewLayout>? layouts = null, AgencyDirectory? agencies = null, bool rulesOnly = false)
    {
        _tag = tag;
        _layouts = layouts ?? DefaultLayouts;
        _agencies = agencies ?? AgencyDirectory.Default;
        _learnedReader = rulesOnly ? null : new LearnedBlockLayout(BlockModel.Default);
    }

    /// <summary>Every layout the product recognises, most specific first; the paragraph fallback last.</summary>
    public static IReadOnlyList<IReviewLayout> DefaultLayouts { get; } =
    [
        new ActionPlanTableLayout(),
        new InspectionReportLayout(),
        new NumberedResponsePlanLayout(),
        new RecommendationHeadingLayout(),
        new SectionedReportLayout(),
        new ParagraphFallbackLayout(),
    ];

    public ExtractedReview Extract(DocumentText document, ManifestEntry? entry = null)
    {
        var prepared = new PreparedDocument(document);
        var warnings = new List<string>(document.Notes);
        var found = DocumentMetadata.Read(document);
        var review = BuildReview(document.SourceFile, entry, found, warnings);

        var (layout, draft, units, layoutWarnings) = ReadByRules(prepared, review);
        if (_learnedReader is not null)
        {
            // Read twice: the rules say nothing about a layout they do not know, so the learned reader's count of units
            // is the only sign that they missed most of it.
            var (learnedDraft, learnedUnits) = ReadWith(_learnedReader, prepared, review);
            if (LearnedReaderChoice.PrefersLearned(units.Count, learnedUnits.Count))
            {
                layoutWarnings = [LearnedReaderChoice.Warning(document.SourceFile, layout.Name, units.Count, learnedUnits.Count)];
                (layout, draft, units) = (_learnedReader, learnedDraft, learnedUnits);
            }
        }
        review = review with { Layout = layout.Name };
        warnings.AddRange(layoutWarnings);
        warnings.AddRange(draft.Warnings);
        if (units.Count == 0)
            warnings.Add($"{document.SourceFile}: no recommendation, action or finding could be read (only headings, or no body text).");
        warnings.AddRange(MisreadSignals.Find(prepared, units, _agencies));

        if (_tag is not null) units = Tag(units);
        var coverage = CoverageMeter.Measure(prepared, draft, units);
        if (coverage.Fraction < 0.98 && coverage.BodyWords > 0)
            warnings.Add($"{document.SourceFile}: units hold {coverage.Fraction:P1} of the body text; not held: {string.Join("; ", coverage.Uncovered.Take(3))}");
        return new ExtractedReview(review, units, warnings, coverage);
    }

    /// <summary>Reads with the layout that recognises the document best, or with one that reads more of the recommendations it labels.</summary>
    private (IReviewLayout Layout, ReviewDraft Draft, IReadOnlyList<LearningUnit> Units, List<string> Warnings) ReadByRules(PreparedDocument prepared, Review review)
    {
        var warnings = new List<string>();
        var candidates = _layouts
            .Select(l => (Layout: l, Match: l.Recognise(prepared)))
            .OrderByDescending(x => x.Match.Score)
            .ToList();
        var (layout, match) = candidates[0];
        if (match.Score < 0.5)
        {
            var fallback = _layouts.OfType<ParagraphFallbackLayout>().FirstOrDefault() ?? new ParagraphFallbackLayout();
            warnings.Add($"{prepared.SourceFile}: no known layout recognised (best: {layout.Name}, {match.Evidence}); read paragraph by paragraph as findings. Check the units, or add a layout for documents like this.");
            layout = fallback;
        }

        var (draft, units) = ReadWith(layout, prepared, review);
        var unread = MisreadSignals.LabelledButNotRead(prepared, units);
        if (unread > 0)
        {
            // The layout that recognised the document best left recommendations it labels unread: a layout that also
            // recognises it and reads more of them reads it better (a briefing numbering its sections like an inspection report).
            foreach (var (other, otherMatch) in candidates.Skip(1).Where(c => c.Match.Score >= 0.5 && c.Layout != layout))
            {
                var (otherDraft, otherUnits) = ReadWith(other, prepared, review);
                var otherUnread = MisreadSignals.LabelledButNotRead(prepared, otherUnits);
                if (otherUnread >= unread) continue;
                warnings.Add($"{prepared.SourceFile}: read as {other.Name} ({otherMatch.Evidence}) rather than {layout.Name}, which left {unread} labelled recommendation(s) unread.");
                (layout, draft, units, unread) = (other, otherDraft, otherUnits, otherUnread);
            }
        }
        return (layout, draft, units, warnings);
    }

    private (ReviewDraft Draft, IReadOnlyList<LearningUnit> Units) ReadWith(IReviewLayout layout, PreparedDocument prepared, Review review)
    {
        var draft = new ReviewDraft(review.Id, _agencies) { Partnership = review.Partnership };
        layout.Read(prepared, draft);
        return (draft, draft.Build());
    }

    private IReadOnlyList<LearningUnit> Tag(IReadOnlyList<LearningUnit> units)
    {
        var tagged = units.Select(u => u with { Themes = _tag!(u.FullText) }).ToList();
        var actionsByRecommendation = tagged.Where(u => u.Kind == UnitKind.Action && u.RecommendationId is not null).ToLookup(u => u.RecommendationId!);
        return tagged.Select(u => u.Kind != UnitKind.Recommendation ? u : u with
        {
            ActionThemes = actionsByRecommendation[u.Id]
                .SelectMany(a => a.Themes)
                .GroupBy(t => t.ThemeId)
                .Select(g => g.First() with { Score = g.Max(t => t.Score), Evidence = g.SelectMany(t => t.Evidence).Take(6).ToList() })
                .ToList(),
        }).ToList();
    }

    private static Review BuildReview(string sourceFile, ManifestEntry? entry, DocumentMetadata.Found found, List<string> warnings)
    {
        var sources = new Dictionary<string, string>();
        string? Pick<T>(string field, string? fromManifest, DocumentMetadata.Value<T>? fromDocument, Func<T, string> show)
        {
            if (!string.IsNullOrWhiteSpace(fromManifest)) { sources[field] = "manifest"; return fromManifest; }
            if (fromDocument is null) return null;
            sources[field] = fromDocument.Line > 0 ? $"document line {fromDocument.Line}" : "document (latest year in the text)";
            return show(fromDocument.Content);
        }

        if (entry is null)
            warnings.Add($"{sourceFile}: no manifest entry; title, partnership, year and type are read from the document. Add an entry to corpus/manifest.json to correct them.");

        var id = entry?.Id;
        if (id is not null) sources["id"] = "manifest";
        else if (found.Code is not null) { id = found.Code.Content.ToLowerInvariant(); sources["id"] = $"document line {found.Code.Line}"; }
        else { id = Slug(Path.GetFileNameWithoutExtension(sourceFile)); sources["id"] = "file name"; }

        var title = Pick("title", entry?.Title, found.Title, t => t);
        if (title is null) { title = Path.GetFileNameWithoutExtension(sourceFile); sources["title"] = "file name"; }
        var yearText = Pick("year", entry?.Year?.ToString(), found.Year, y => y.ToString());
        var address = WebAddress.Checked(entry?.Url);
        if (address is not null) sources["url"] = "manifest";
        else if (!string.IsNullOrWhiteSpace(entry?.Url))
            warnings.Add($"{sourceFile}: the manifest's url '{entry.Url}' is not a web address (http or https); no link to the published review is shown.");
        return new Review
        {
            Id = id,
            Title = title,
            Partnership = Pick("partnership", entry?.Partnership, found.Partnership, p => p),
            Area = entry?.Area,
            ReviewType = Pick("type", entry?.Type, found.Type, t => t),
            Year = int.TryParse(yearText, out var y) ? y : null,
            SourceFile = sourceFile,
            PublishedAddress = address,
            Layout = "",
            MetadataSources = sources,
        };
    }

    public static string Slug(string text)
    {
        var slug = NonSlug().Replace(text.ToLowerInvariant(), "-").Trim('-');
        return slug.Length == 0 ? "review" : slug.Length > 60 ? slug[..60].TrimEnd('-') : slug;
    }

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NonSlug();
}
