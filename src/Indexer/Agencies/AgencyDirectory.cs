using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LearningSearch.Indexer.Agencies;

/// <summary>
/// Knows the agencies reviews name and normalises their many spellings to one name, so that "DCHS",
/// "Derbyshire Community Health Services NHS Foundation Trust" and "... NHS FT" are one agency in facets.
/// Agencies that the data file does not list are still recognised by their organisation words
/// ("... NHS Trust", "... Borough Council", "... Constabulary").
/// </summary>
public sealed partial class AgencyDirectory
{
    private readonly Regex _known;
    private readonly Dictionary<string, string> _canonicalByAlias;

    private AgencyDirectory(IReadOnlyList<(string Name, IReadOnlyList<string> Aliases)> agencies)
    {
        _canonicalByAlias = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, aliases) in agencies)
            foreach (var alias in aliases.Append(name))
                _canonicalByAlias.TryAdd(Key(alias), name);

        // Longest alias first, so "Derbyshire Community Health Services NHS Foundation Trust" wins over "Derbyshire Community Health Services".
        var pattern = string.Join("|", agencies
            .SelectMany(a => a.Aliases.Append(a.Name))
            .Select(a => LeadingThe().Replace(a.Trim(), "").ToLowerInvariant())
            .Distinct()
            .OrderByDescending(a => a.Length)
            .Select(AliasPattern));
        _known = new Regex($@"(?<![\w-])(?:{pattern})(?![\w-])", RegexOptions.Compiled | RegexOptions.CultureInvariant);
    }

    public static AgencyDirectory Default { get; } = Load();

    private static AgencyDirectory Load()
    {
        using var stream = typeof(AgencyDirectory).Assembly.GetManifestResourceStream("LearningSearch.Indexer.agencies.json")
            ?? throw new InvalidOperationException("The agencies.json resource is missing from the Indexer assembly.");
        using var doc = JsonDocument.Parse(stream);
        var list = doc.RootElement.GetProperty("agencies").EnumerateArray()
            .Select(a => (a.GetProperty("name").GetString()!,
                (IReadOnlyList<string>)a.GetProperty("aliases").EnumerateArray().Select(x => x.GetString()!).ToList())).ToList();
        return new AgencyDirectory(list);
    }

    /// <summary>The agencies a text names, in the order it names them, each once.</summary>
    public IReadOnlyList<AgencyMention> FindMentions(string text)
    {
        var mentions = new List<AgencyMention>();
        var folded = Fold(text);
        foreach (Match m in _known.Matches(folded))
        {
            // Case matters for short abbreviations: "CSC" is an agency, "csc" in a word is not.
            var original = text.Substring(m.Index, m.Length);
            if (m.Length <= 5 && !original.Any(char.IsUpper)) continue;
            if (_canonicalByAlias.TryGetValue(Key(m.Value), out var name))
                mentions.Add(new AgencyMention(name, m.Index, m.Length));
        }
        foreach (Match m in Organisation().Matches(text))
        {
            var (start, length) = WithoutLeadingSentenceWords(text, m.Index, m.Length);
            if (length == 0 || !text.AsSpan(start, length).ContainsAny(' ', '\u00A0')) continue;
            // "Westfell Primary Care Network" is a body of its own, not the "Primary Care" (GP practices) inside its name.
            if (text.AsSpan(start, length).EndsWith(" Primary Care Network", StringComparison.Ordinal))
                mentions.RemoveAll(x => x.Start > start && x.Start + x.Length <= start + length);
            if (mentions.Any(x => x.Start < start + length && start < x.Start + x.Length)) continue;
            mentions.Add(new AgencyMention(Canonical(text.Substring(start, length)), start, length));
        }
        return mentions.OrderBy(m => m.Start).DistinctBy(m => m.Name).ToList();
    }

    /// <summary>The agency a unit of text belongs to: the one it names first, where it names one near its start.</summary>
    public string? LeadAgency(string text, int within = 160)
    {
        var first = FindMentions(text).FirstOrDefault();
        return first is not null && first.Start <= within ? first.Name : null;
    }

    // "When Hollinbrook Council ..." starts a sentence with a capital that is not the agency's.
    private static (int Start, int Length) WithoutLeadingSentenceWords(string text, int start, int length)
    {
        while (true)
        {
            var space = text.IndexOf(' ', start, length);
            if (space < 0) return (start, length);
            var word = text[start..space];
            if (!SentenceWords.Contains(word)) return (start, length);
            length -= space + 1 - start;
            start = space + 1;
        }
    }

    private static readonly HashSet<string> SentenceWords = new(StringComparer.Ordinal)
    {
        "When", "If", "Where", "While", "After", "Before", "As", "At", "In", "On", "By", "For", "From", "With", "Within", "Since",
        "All", "Each", "Every", "Any", "Both", "That", "This", "These", "Those", "It", "Its", "Our", "Their", "A", "An",
        "Although", "Once", "Until", "Unless", "Because", "Following", "Through", "Across", "To", "Of", "And", "But", "Also",
        "Recommendation", "Response", "Progress", "Update", "Lead", "Action", "Agency", "Partners", "Finding",
    };

    private string Canonical(string name)
    {
        var trimmed = LeadingThe().Replace(name.Trim().TrimEnd('.', ':', ','), "");
        return _canonicalByAlias.TryGetValue(Key(trimmed), out var canonical) ? canonical : trimmed;
    }

    /// <summary>The standard name for an agency as a heading or cell writes it.</summary>
    public string Normalise(string name)
    {
        var trimmed = LeadingThe().Replace(name.Trim().TrimEnd('.', ':', ','), "");
        if (_canonicalByAlias.TryGetValue(Key(trimmed), out var canonical)) return canonical;
        var mention = FindMentions(trimmed).FirstOrDefault();
        return mention is not null && mention.Length >= trimmed.Length - 4 ? mention.Name : trimmed;
    }

    private static string Key(string alias) =>
        Regex.Replace(Regex.Replace(Fold(LeadingThe().Replace(alias.Trim(), "")), @"['\u2019]", ""), @"\s+", " ");

    // Documents drop and add apostrophes ("Childrens Services", "CCG's", "Chief Officers' Group"): each alias matches with or without them.
    private static string AliasPattern(string alias) => string.Join(@"\s+", alias.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word =>
    {
        var bare = word.Replace("'", "", StringComparison.Ordinal).Replace("\u2019", "", StringComparison.Ordinal);
        var escaped = Regex.Escape(bare);
        return bare.Length > 3 && bare.EndsWith('s') ? escaped[..^1] + "['\u2019]?s['\u2019]?" : escaped;
    }));

    // Lower case with the same length as the input, so match positions stay valid in the original text.
    private static string Fold(string text) => text.ToLowerInvariant().Replace('\u2019', '\'');

    [GeneratedRegex(@"^the\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingThe();

    // An organisation is named by capitalised words ending in a word that says what kind of body it is ("Hollinbrook
    // Council", "Glenmurrin Alcohol and Drug Recovery Service", "Taran Valley University Health Board"), by a department
    // or ministry "of"/"for" something, or by "NHS" and a place ("NHS Ardan"). "and"/"of"/"for" may join the words. A name
    // does not end where a capitalised word follows ("Derby City Council Children's Services" is one name).
    [GeneratedRegex(@"\b(?:(?:[A-Z][\w'\u2019&-]*|and|of|for)\s+){0,6}?(?:[A-Z][\w'\u2019&-]*\s+)(?:NHS Foundation Trust|NHS Trust|Foundation Trust|Trust|County Council|City Council|Borough Council|District Council|Council|Constabulary|Police(?: Service| Division| Force)?|Clinical Commissioning Group|CCG|Integrated Care Board|Primary Care Network|Community Health(?:care)?|University Health Board|Health Board|ICB|Safeguarding Children Board|Safeguarding Children Partnership|Safeguarding Partnership|Safeguarding Board|Partnership|Children's Services|Services?|Housing Association|Housing Trust|Committee|Authority|Hospitals?|Academy|School|College|Nursery|Medical Practice|Surgery|Office|Agency|Inspectorate)\b(?!\s+(?:[A-Z]\w*))|\b(?:Department|Ministry)\s+(?:for|of)\s+[A-Z][\w'\u2019]*(?:(?:\s+(?:and|&)\s+|,\s+|\s+)[A-Z][\w'\u2019]*){0,4}|\bNHS\s+[A-Z][a-z][\w'\u2019]*\b")]
    private static partial Regex Organisation();
}

/// <summary>Where a text names an agency.</summary>
public sealed record AgencyMention(string Name, int Start, int Length);
