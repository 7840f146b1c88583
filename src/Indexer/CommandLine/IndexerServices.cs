using System.Security.Cryptography;
using LearningSearch.Indexer.Corpus;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Indexer.Indexing;

namespace LearningSearch.Indexer.CommandLine;

/// <summary>The extractor and index builder as the product runs them: every layout, the agency directory and the theme tagger.</summary>
public static class IndexerServices
{
    public static ReviewExtractor CreateExtractor() => new();

    public static IndexBuilder CreateBuilder() => new(new CorpusReader(CreateExtractor()), Fingerprint());

    /// <summary>Changes when the code or the data that reads documents changes, so such a change re-reads every document.</summary>
    public static string Fingerprint()
    {
        var assembly = typeof(IndexerServices).Assembly;
        using var stream = File.OpenRead(assembly.Location);
        return Convert.ToHexString(SHA256.HashData(stream))[..16];
    }
}
