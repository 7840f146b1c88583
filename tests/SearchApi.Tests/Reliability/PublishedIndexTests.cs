using LearningSearch.Index;
using LearningSearch.Indexer.Indexing;

namespace LearningSearch.SearchApi.Tests.Reliability;

/// <summary>A review added from the command line is searchable in the running service without a restart.</summary>
public sealed class PublishedIndexTests
{
    [Fact]
    public async Task AnIndexPublishedByAnotherBuild_ShouldBeSearchedWithinSeconds()
    {
        var corpus = Directory.CreateTempSubdirectory("ls-corpus-").FullName;
        File.Copy(Path.Combine(LearningSearchHost.RepositoryRoot(), "corpus", "derby-derbyshire-lcspr-rds20-action-plan.txt"), Path.Combine(corpus, "rds20.txt"));
        using var host = new LearningSearchHost(corpus);
        var before = await host.GetJson("/api/search?q=westshire&pageSize=1");
        Assert.Equal(0, before.GetProperty("total").GetInt32());

        File.WriteAllText(Path.Combine(corpus, "westshire.txt"), "Westshire Safeguarding Children Partnership\n\nRecommendation A\n\nWestshire agencies should include fathers in every assessment.\n");
        IndexerServices.CreateBuilder().Build(corpus, new IndexLocation(host.IndexFolder));

        var found = 0;
        for (var wait = 0; wait < 40 && found == 0; wait++)
        {
            await Task.Delay(250);
            found = (await host.GetJson("/api/search?q=westshire&pageSize=1")).GetProperty("total").GetInt32();
        }
        Assert.Equal(1, found);
    }
}
