using LearningSearch.Index;
using LearningSearch.Index.Live;
using LearningSearch.Indexer.Indexing;
using LearningSearch.SearchApi.Hosting;
using LearningSearch.SearchApi.Search;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSearch.SearchApi.Tests.Hosting;

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

        var maintenance = host.Services.GetRequiredService<IndexMaintenance>();
        var served = host.Services.GetRequiredService<LiveIndex>().Folder;
        File.WriteAllText(Path.Combine(corpus, "westshire.txt"), "Westshire Safeguarding Children Partnership\n\nRecommendation A\n\nWestshire agencies should include fathers in every assessment.\n");
        IndexerServices.CreateBuilder().Build(corpus, new IndexLocation(host.IndexFolder));

        // The service looks for a published generation every two seconds.
        await maintenance.Until(() => host.Services.GetRequiredService<LiveIndex>().Folder != served, TimeSpan.FromSeconds(30), "the service to serve the generation the command line published");
        var found = (await host.GetJson("/api/search?q=westshire&pageSize=1")).GetProperty("total").GetInt32();
        Assert.Equal(1, found);
    }
}
