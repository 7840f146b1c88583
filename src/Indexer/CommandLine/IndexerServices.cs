using LearningSearch.Indexer.Extraction;

namespace LearningSearch.Indexer.CommandLine;

/// <summary>The extractor as the product runs it: every layout, the agency directory and the theme tagger.</summary>
public static class IndexerServices
{
    public static ReviewExtractor CreateExtractor() => new();
}
