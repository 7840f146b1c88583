using System.Security.Cryptography;
using LearningSearch.Index.Schema;
using LearningSearch.Indexer.Corpus;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Reading;
using LearningSearch.Themes;

namespace LearningSearch.Indexer.Indexing;

/// <summary>The extractor and index builder as the product runs them: every layout, the agency directory and the theme tagger.</summary>
public static class IndexerServices
{
    private static readonly Lazy<ThemeTagger> Tagger = new(() => new ThemeTagger(Taxonomy.LoadDefault()));

    public static ReviewExtractor CreateExtractor() => new(Tagger.Value.Tag);

    /// <param name="readingProgress">Told of slow steps inside one document (each scanned page read by OCR).</param>
    public static IndexBuilder CreateBuilder(Action<string>? readingProgress = null) =>
        new(new CorpusReader(CreateExtractor(), readingProgress is null ? null : DocumentReaders.Create(readingProgress)), Fingerprint());

    /// <summary>
    /// Changes when the code or the data that reads and tags documents, or the index contract that writes them,
    /// changes (the Indexer, Index and Themes assemblies, the taxonomy file), so such a change re-reads every document. The command line is an assembly
    /// of its own so that a change to it does not.
    /// </summary>
    public static string Fingerprint()
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var assembly in new[] { typeof(IndexerServices).Assembly, typeof(IndexFields).Assembly, typeof(Taxonomy).Assembly })
            sha.AppendData(File.ReadAllBytes(assembly.Location));
        var taxonomy = Path.Combine(AppContext.BaseDirectory, Taxonomy.FileName);
        if (File.Exists(taxonomy)) sha.AppendData(File.ReadAllBytes(taxonomy));
        return Convert.ToHexString(sha.GetHashAndReset())[..16];
    }
}
