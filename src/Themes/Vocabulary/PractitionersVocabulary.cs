using LearningSearch.Themes.Loading;

namespace LearningSearch.Themes.Vocabulary;

/// <summary>
/// The words practitioners, trainers and board chairs use for what reviews write in the profession's words, as a
/// training lead keeps them in <c>vocabulary.json</c> beside the taxonomy: abbreviations both ways ("CAMHS"),
/// everyday speech ("mum's boyfriend", "didn't turn up"), verbs and their nouns that the stemmer leaves apart
/// ("refer", "referral"), and professional concepts said in other words. Loading checks the whole file and refuses
/// it with a <see cref="TaxonomyException"/> naming the file, the entry and the problem.
/// </summary>
public sealed class PractitionersVocabulary
{
    /// <summary>The file name looked for beside the assembly.</summary>
    public const string FileName = "vocabulary.json";

    /// <summary>The copy built into the assembly, used when no file sits beside it.</summary>
    public const string ResourceName = "LearningSearch.Themes.vocabulary.json";

    private PractitionersVocabulary(string sourceName, IReadOnlyList<VocabularyEntry> entries)
    {
        SourceName = sourceName;
        Entries = entries;
    }

    /// <summary>The entries in file order.</summary>
    public IReadOnlyList<VocabularyEntry> Entries { get; }

    /// <summary>Where the vocabulary was read from, for messages.</summary>
    public string SourceName { get; }

    /// <summary>No entries: searches use the question's own words and the taxonomy only.</summary>
    public static PractitionersVocabulary Empty { get; } = new("(none)", []);

    /// <summary><c>vocabulary.json</c> beside the assembly when present (a deployment's edited copy), else the embedded copy.</summary>
    public static PractitionersVocabulary LoadDefault()
    {
        var (json, sourceName) = ShippedFile.Read(FileName, ResourceName, "vocabulary");
        return Parse(json, sourceName);
    }

    public static PractitionersVocabulary Load(string path) => Parse(ShippedFile.ReadFile(path), path);

    /// <param name="json">The file's text.</param>
    /// <param name="sourceName">The file name to put in messages.</param>
    public static PractitionersVocabulary Parse(string json, string sourceName)
    {
        var problems = new List<string>();
        var entries = VocabularyJsonReader.Read(json, problems);
        if (problems.Count > 0) throw new TaxonomyException(sourceName, problems.Select(p => $"{sourceName}: {p}").ToArray());
        return new PractitionersVocabulary(sourceName, entries);
    }
}
