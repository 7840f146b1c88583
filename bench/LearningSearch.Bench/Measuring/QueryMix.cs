namespace LearningSearch.Bench.Measuring;

/// <summary>The kinds of question the benchmark asks, each timed on its own.</summary>
public enum QueryClass
{
    /// <summary>One everyday word: "supervision".</summary>
    Word,

    /// <summary>A quoted phrase: "think family".</summary>
    Phrase,

    /// <summary>A practitioner's question that the taxonomy expands with synonyms: children not brought to appointments.</summary>
    Question,

    /// <summary>Words narrowed to a theme, with facet counts: q=health&amp;theme=was-not-brought.</summary>
    ThemeFacets,
}

/// <summary>One search of the mix: the words as typed and the theme filter, if any.</summary>
public sealed record BenchQuery(QueryClass Class, string Q, string? Theme = null)
{
    public string Url => "/api/search?q=" + Uri.EscapeDataString(Q) + (Theme is null ? "" : "&theme=" + Uri.EscapeDataString(Theme)) + "&pageSize=20";
}

/// <summary>
/// The fixed mix of searches, the same for every corpus size, for LearningSearch and for SQLite FTS5 alike.
/// The words are those of the sample reviews, so every size finds something.
/// </summary>
public static class QueryMix
{
    public static IReadOnlyList<BenchQuery> All { get; } =
    [
        new(QueryClass.Word, "supervision"),
        new(QueryClass.Word, "neglect"),
        new(QueryClass.Word, "housing"),
        new(QueryClass.Word, "midwives"),
        new(QueryClass.Word, "escalation"),
        new(QueryClass.Word, "chronology"),
        new(QueryClass.Word, "genograms"),
        new(QueryClass.Word, "CAMHS"),

        new(QueryClass.Phrase, "\"think family\""),
        new(QueryClass.Phrase, "\"information sharing\""),
        new(QueryClass.Phrase, "\"child protection plan\""),
        new(QueryClass.Phrase, "\"domestic violence\""),
        new(QueryClass.Phrase, "\"management oversight\""),
        new(QueryClass.Phrase, "\"early help assessment\""),
        new(QueryClass.Phrase, "\"substance misuse\""),
        new(QueryClass.Phrase, "\"voice of the child\""),

        new(QueryClass.Question, "children not brought to appointments"),
        new(QueryClass.Question, "hidden men"),
        new(QueryClass.Question, "fathers left out of assessments"),
        new(QueryClass.Question, "missed health appointments"),
        new(QueryClass.Question, "sharing information between agencies"),
        new(QueryClass.Question, "disguised compliance"),
        new(QueryClass.Question, "young carers and hidden harm"),
        new(QueryClass.Question, "reflective supervision for health visitors"),

        new(QueryClass.ThemeFacets, "health", "was-not-brought"),
        new(QueryClass.ThemeFacets, "appointments", "was-not-brought"),
        new(QueryClass.ThemeFacets, "training", "supervision"),
        new(QueryClass.ThemeFacets, "midwife", "domestic-abuse"),
        new(QueryClass.ThemeFacets, "adult mental health", "think-family"),
        new(QueryClass.ThemeFacets, "toolkit", "neglect"),
        new(QueryClass.ThemeFacets, "police", "information-sharing"),
        new(QueryClass.ThemeFacets, "assessment", "fathers-hidden-men"),
    ];

    public static IEnumerable<QueryClass> Classes => Enum.GetValues<QueryClass>();

    public static IReadOnlyList<BenchQuery> Of(QueryClass queryClass) => All.Where(q => q.Class == queryClass).ToList();
}
