namespace LearningSearch.Themes.Tests;

/// <summary>The five sample reviews in the repository's <c>corpus/</c> folder, cut into paragraphs.</summary>
internal static class SampleReviews
{
    private static readonly Lazy<IReadOnlyList<string>> LazyParagraphs = new(ReadParagraphs);

    /// <summary>
    /// Paragraphs as a reader would meet them: blank lines, table cells (tabs) and HTML paragraphs end a
    /// paragraph. Rough on purpose: the tagger must cope with text cut less carefully than the indexer will.
    /// </summary>
    public static IReadOnlyList<string> Paragraphs => LazyParagraphs.Value;

    public static string CorpusFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "LearningSearch.sln")))
            {
                return Path.Combine(folder.FullName, "corpus");
            }
        }

        throw new DirectoryNotFoundException("LearningSearch.sln not found above " + AppContext.BaseDirectory);
    }

    private static IReadOnlyList<string> ReadParagraphs() =>
        Directory.GetFiles(CorpusFolder(), "*.txt")
            .Order(StringComparer.Ordinal)
            .SelectMany(file => File.ReadAllText(file).Split(["\r\n\r\n", "\n\n", "\t", "</p>", "</li>"], StringSplitOptions.None))
            .Select(p => p.Trim())
            .Where(p => p.Length >= 20)
            .ToArray();
}
