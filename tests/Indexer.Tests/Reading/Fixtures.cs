using System.Net;
using System.Text.RegularExpressions;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.Tests.Reading;

/// <summary>The sample reviews as text (the corpus) and as the formats they are published in (tests/fixtures/make-fixtures.sh).</summary>
internal static partial class Fixtures
{
    public const string Ads14 = "derbyshire-scr-ads14-action-plan-2017.txt";
    public const string Rds20 = "derby-derbyshire-lcspr-rds20-action-plan.txt";
    public const string FamilyY = "children-of-family-y-scr-response-plan.txt";
    public const string An09 = "nottinghamshire-scr-an09-imr-recommendations-2009.txt";

    public static string Format(string file) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "formats", file);

    public static DocumentText Read(string file) => DocumentReaders.Default.Read(Format(file), file);

    public static DocumentText Text(string corpusFile) =>
        new PlainTextReader().Read(Path.Combine(AppContext.BaseDirectory, "Fixtures", "corpus", corpusFile), corpusFile);

    /// <summary>A reader's exception for a file, for the hostile fixtures.</summary>
    public static UnreadableDocumentException Unreadable(string file) =>
        Assert.Throws<UnreadableDocumentException>(() => Read(file));

    /// <summary>Writes <paramref name="content"/> to a temporary file with the given extension and reads it.</summary>
    public static DocumentText ReadString(string extension, string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"learningsearch-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, content);
        try
        {
            return DocumentReaders.Default.Read(path, "sample" + extension);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The table rows of a document, each cell text-normalised.</summary>
    public static List<string[]> TableRows(DocumentText document) =>
        document.Lines.Where(l => l.Contains('\t', StringComparison.Ordinal))
            .Select(l => l.Split('\t').Select(Normalise).ToArray())
            .Select(TrimEmptyEnd)
            .ToList();

    /// <summary>
    /// Cell text as a reader sees it, whatever the format: markup from the sample texts (&lt;p&gt;,
    /// &amp;amp;, **bold**) gone, bullets and white space evened out, and a hyphen with a space after
    /// it (as a hyphen at a line's end comes out) joined.
    /// </summary>
    public static string Normalise(string cell)
    {
        var text = WebUtility.HtmlDecode(InlineTags().Replace(BlockTags().Replace(cell, " "), ""));
        text = text.Replace("*", "", StringComparison.Ordinal).Replace("•", " ", StringComparison.Ordinal).Replace('\u00A0', ' ');
        text = Spaces().Replace(text, " ").Trim();
        return text.Replace("- ", "-", StringComparison.Ordinal);
    }

    /// <summary>The fraction of the text's table rows that the other document has with the same cells.</summary>
    public static double RowsFound(DocumentText expected, DocumentText actual)
    {
        var expectedRows = TableRows(expected).Select(r => string.Join(" | ", r)).ToList();
        var actualRows = TableRows(actual).Select(r => string.Join(" | ", r)).ToHashSet();
        return expectedRows.Count(actualRows.Contains) / (double)expectedRows.Count;
    }

    private static string[] TrimEmptyEnd(string[] cells)
    {
        var length = cells.Length;
        while (length > 1 && cells[length - 1].Length == 0)
            length--;
        return cells[..length];
    }

    [GeneratedRegex(@"</?(p|br|li|ul|ol|div)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTags();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex InlineTags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
