using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LearningSearch.Indexer.Reading.Word;

/// <summary>
/// Works out the number Word prints in front of a numbered paragraph ("1.1.", "b)", "iv.") from
/// numbering.xml, since the number is not in the document's text: a review's "Recommendation 1.1"
/// exists only as list numbering. Follows Word's rules: counters belong to the abstract list, so every
/// numbering instance of it continues one count; an instance with a start override restarts its level
/// the first time it is used; a level restarts when a higher level is used (unless lvlRestart says
/// otherwise); "%2" in the level text is level 2's counter in level 2's format (decimal when isLgl).
/// </summary>
internal sealed class WordListNumbering
{
    private const int Levels = 9;

    private readonly Dictionary<int, NumberingInstance> _instances = [];
    private readonly Dictionary<int, AbstractNum> _abstracts = [];
    private readonly WordStyles _styles;
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly HashSet<int> _instancesUsed = [];

    public WordListNumbering(Numbering? numbering, WordStyles styles)
    {
        _styles = styles;
        foreach (var instance in numbering?.Elements<NumberingInstance>() ?? [])
            if (instance.NumberID?.Value is { } id)
                _instances.TryAdd(id, instance);
        foreach (var abstractNum in numbering?.Elements<AbstractNum>() ?? [])
            if (abstractNum.AbstractNumberId?.Value is { } id)
                _abstracts.TryAdd(id, abstractNum);
    }

    /// <summary>
    /// The label for a paragraph, counting it: "1.1." for a numbered paragraph, "-" for a bullet, null
    /// when the paragraph is not in a list. Call once per paragraph, in document order.
    /// </summary>
    public string? LabelFor(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        var styleNumbering = _styles.NumberingOf(properties?.ParagraphStyleId?.Val?.Value);
        var numberingId = properties?.NumberingProperties?.NumberingId?.Val?.Value ?? styleNumbering.NumberingId;
        if (numberingId is not { } numId || numId == 0 || !_instances.TryGetValue(numId, out var instance))
            return null; // numId 0 is Word's way of switching a style's numbering off for one paragraph
        var abstractId = AbstractIdOf(instance);
        if (abstractId is not { } absId || !_abstracts.TryGetValue(absId, out var abstractNum))
            return null;
        var level = properties?.NumberingProperties?.NumberingLevelReference?.Val?.Value
            ?? styleNumbering.Level
            ?? LevelLinkedToStyle(abstractNum, properties?.ParagraphStyleId?.Val?.Value)
            ?? 0;
        level = Math.Clamp(level, 0, Levels - 1);

        var definitions = Definitions(abstractNum, instance);
        var counters = CountersOf(absId);
        if (_instancesUsed.Add(numId))
            foreach (var levelOverride in instance.Elements<LevelOverride>())
                if (levelOverride.StartOverrideNumberingValue?.Val?.Value is { } start && levelOverride.LevelIndex?.Value is { } overridden && overridden is >= 0 and < Levels)
                    counters[overridden] = start - 1;

        counters[level] = counters[level] is { } current ? current + 1 : StartOf(definitions[level]);
        for (var deeper = level + 1; deeper < Levels; deeper++)
        {
            var restartAfter = definitions[deeper]?.LevelRestart?.Val?.Value;
            if (restartAfter is null ? true : restartAfter != 0 && level <= restartAfter - 1)
                counters[deeper] = null;
        }
        return Label(definitions, counters, level);
    }

    private static string? Label(Level?[] definitions, int?[] counters, int level)
    {
        var definition = definitions[level];
        var format = definition?.NumberingFormat?.Val?.InnerText ?? "decimal";
        if (format == "bullet")
            return "-";
        if (format == "none")
            return null;
        var pattern = definition?.LevelText?.Val?.Value ?? $"%{level + 1}.";
        var legal = definition?.IsLegalNumberingStyle is { } isLgl && (isLgl.Val?.Value ?? true);
        var label = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '%' && i + 1 < pattern.Length && pattern[i + 1] is >= '1' and <= '9')
            {
                var referenced = pattern[i + 1] - '1';
                var value = counters[referenced] ?? StartOf(definitions[referenced]);
                var referencedFormat = legal ? "decimal" : definitions[referenced]?.NumberingFormat?.Val?.InnerText ?? "decimal";
                label.Append(Format(value, referencedFormat));
                i++;
            }
            else
                label.Append(pattern[i]);
        }
        var text = label.ToString().Trim();
        return text.Length == 0 ? null : text;
    }

    private static string Format(int value, string format) => format switch
    {
        "lowerLetter" => ListNumberFormat.Format(value, ListNumberStyle.LowerLetter),
        "upperLetter" => ListNumberFormat.Format(value, ListNumberStyle.UpperLetter),
        "lowerRoman" => ListNumberFormat.Format(value, ListNumberStyle.LowerRoman),
        "upperRoman" => ListNumberFormat.Format(value, ListNumberStyle.UpperRoman),
        "decimalZero" => value.ToString("00", System.Globalization.CultureInfo.InvariantCulture),
        _ => ListNumberFormat.Format(value, ListNumberStyle.Decimal),
    };

    private int?[] CountersOf(int abstractId)
    {
        if (!_counters.TryGetValue(abstractId, out var counters))
            _counters[abstractId] = counters = new int?[Levels];
        return counters;
    }

    private static int StartOf(Level? definition) => definition?.StartNumberingValue?.Val?.Value ?? 1;

    // An instance's own w:lvl inside w:lvlOverride replaces the abstract list's level outright.
    private static Level?[] Definitions(AbstractNum abstractNum, NumberingInstance instance)
    {
        var definitions = new Level?[Levels];
        foreach (var level in abstractNum.Elements<Level>())
            if (level.LevelIndex?.Value is { } index && index is >= 0 and < Levels)
                definitions[index] = level;
        foreach (var levelOverride in instance.Elements<LevelOverride>())
            if (levelOverride.GetFirstChild<Level>() is { } replacement && levelOverride.LevelIndex?.Value is { } index && index is >= 0 and < Levels)
                definitions[index] = replacement;
        return definitions;
    }

    // A list defined by a numbering style (numStyleLink) keeps its levels on the list the style points to.
    private int? AbstractIdOf(NumberingInstance instance)
    {
        var abstractId = instance.AbstractNumId?.Val?.Value;
        if (abstractId is { } id && _abstracts.TryGetValue(id, out var abstractNum)
            && abstractNum.GetFirstChild<NumberingStyleLink>()?.Val?.Value is { } styleLink
            && _styles.NumberingOf(styleLink).NumberingId is { } linkedNumId
            && _instances.TryGetValue(linkedNumId, out var linked)
            && linked.AbstractNumId?.Val?.Value is { } linkedAbstract)
            return linkedAbstract;
        return abstractId;
    }

    private static int? LevelLinkedToStyle(AbstractNum abstractNum, string? styleId) =>
        styleId is null
            ? null
            : abstractNum.Elements<Level>().FirstOrDefault(l => l.ParagraphStyleIdInLevel?.Val?.Value == styleId)?.LevelIndex?.Value;
}
