using DocumentFormat.OpenXml.Wordprocessing;

namespace LearningSearch.Indexer.Reading.Word;

/// <summary>
/// The document's paragraph styles, followed through their "based on" chain, for what a paragraph takes
/// from its style rather than carrying itself: Word's "List Number" and numbered heading styles put the
/// list numbering on the style.
/// </summary>
internal sealed class WordStyles
{
    private readonly Dictionary<string, Style> _byId = new(StringComparer.Ordinal);

    public WordStyles(Styles? styles)
    {
        foreach (var style in styles?.Elements<Style>() ?? [])
            if (style.StyleId?.Value is { } id)
                _byId.TryAdd(id, style);
    }

    /// <summary>The numbering a style gives its paragraphs (numId, level), nearest first along the chain.</summary>
    public (int? NumberingId, int? Level) NumberingOf(string? styleId)
    {
        int? numberingId = null, level = null;
        foreach (var style in Chain(styleId))
        {
            var numbering = style.StyleParagraphProperties?.NumberingProperties;
            numberingId ??= numbering?.NumberingId?.Val?.Value;
            level ??= numbering?.NumberingLevelReference?.Val?.Value;
        }
        return (numberingId, level);
    }

    private IEnumerable<Style> Chain(string? styleId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (styleId is not null && seen.Add(styleId) && _byId.TryGetValue(styleId, out var style))
        {
            yield return style;
            styleId = style.BasedOn?.Val?.Value;
        }
    }
}
