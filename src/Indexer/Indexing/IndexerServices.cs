using System.Security.Cryptography;
using LearningSearch.Index.Schema;
using LearningSearch.Indexer.Corpus;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Reading;
using LearningSearch.Themes;
using LearningSearch.Themes.Model;

namespace LearningSearch.Indexer.Indexing;

/// <summary>
/// The extractor and index builder as the product runs them: every layout, the learned reader where the rules miss most
/// of a document (unless rules only), the agency directory and the theme tagger.
/// </summary>
public static class IndexerServices
{
    private static readonly Lazy<ThemeTagger> Tagger = new(() => new ThemeTagger(Taxonomy.LoadDefault()));
    private static readonly Lazy<ThemeTagger> TaggerWithModel = new(() => new ThemeTagger(Taxonomy.LoadDefault(), ThemeModel.LoadDefault()));

    /// <param name="vectors">A unit's sentence vector, for the theme model's tags beside the phrases'; null (or vectors of
    /// a sentence model the theme model was not trained on) tags by the phrases alone.</param>
    /// <param name="rulesOnly">Never read with the learned reader (<see cref="LearnedReaderChoice"/>).</param>
    public static ReviewExtractor CreateExtractor(SentenceVectors? vectors = null, bool rulesOnly = false) =>
        WithModel(vectors) is { } of
            ? new(text => TaggerWithModel.Value.Tag(text, of(text)), rulesOnly: rulesOnly)
            : new(Tagger.Value.Tag, rulesOnly: rulesOnly);

    /// <param name="readingProgress">Told of slow steps inside one document (each scanned page read by OCR).</param>
    /// <param name="vectors">As for <see cref="CreateExtractor"/>.</param>
    /// <param name="rulesOnly">As for <see cref="CreateExtractor"/>.</param>
    public static IndexBuilder CreateBuilder(Action<string>? readingProgress = null, SentenceVectors? vectors = null, bool rulesOnly = false) =>
        new(new CorpusReader(CreateExtractor(vectors, rulesOnly), readingProgress is null ? null : DocumentReaders.Create(readingProgress)), Fingerprint(vectors, rulesOnly));

    private static Func<string, float[]>? WithModel(SentenceVectors? vectors) =>
        vectors is not null && vectors.ModelName == TaggerWithModel.Value.SentenceModel ? vectors.Of : null;

    /// <summary>
    /// Changes when the code or the data that reads and tags documents, or the index contract that writes them,
    /// changes (the Indexer, Index and Themes assemblies, the taxonomy file, whether the theme model tagged and whether the
    /// learned reader could read), so such a change re-reads every document. The command line is an assembly of its own so
    /// that a change to it does not.
    /// </summary>
    public static string Fingerprint(SentenceVectors? vectors = null, bool rulesOnly = false)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var assembly in new[] { typeof(IndexerServices).Assembly, typeof(IndexFields).Assembly, typeof(Taxonomy).Assembly })
            sha.AppendData(File.ReadAllBytes(assembly.Location));
        foreach (var file in new[] { Taxonomy.FileName, ThemeModel.FileName })
        {
            var path = Path.Combine(AppContext.BaseDirectory, file);
            if (File.Exists(path)) sha.AppendData(File.ReadAllBytes(path));
        }
        if (WithModel(vectors) is not null) sha.AppendData(System.Text.Encoding.UTF8.GetBytes("theme model: " + vectors!.ModelName));
        // The learned reader is in the Indexer assembly hashed above; an index read without it holds other units.
        if (rulesOnly) sha.AppendData("rules only"u8);
        return Convert.ToHexString(sha.GetHashAndReset())[..16];
    }
}

/// <summary>Sentence vectors of texts, by the named model (the service's meaning encoder), for the theme model.</summary>
public sealed record SentenceVectors(string ModelName, Func<string, float[]> Of);
