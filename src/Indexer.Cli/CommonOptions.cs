using System.CommandLine;

namespace LearningSearch.Indexer.CommandLine;

/// <summary>The options more than one command takes, with the same name, default and description in each.</summary>
internal static class CommonOptions
{
    public static Option<string> Corpus() => new("--corpus")
    {
        Description = "The folder that holds the reviews and their manifest.json.",
        HelpName = "folder",
        DefaultValueFactory = _ => "corpus",
    };

    public static Option<string> Index() => new("--index")
    {
        Description = "The folder of the search index, the one the search service reads.",
        HelpName = "folder",
        DefaultValueFactory = _ => ".index",
    };

    public static Option<bool> NoMeaning() => new("--no-meaning")
    {
        Description = "Tag themes by their phrases alone and make no meaning vectors (faster; the service makes the vectors itself).",
    };

    public static Option<bool> RulesOnly() => new("--rules-only")
    {
        Description = "Read every document with the layouts' rules alone, never with the learned reader (which otherwise reads a document whose layout the rules miss).",
    };
}
