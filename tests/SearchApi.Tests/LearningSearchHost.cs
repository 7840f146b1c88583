using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LearningSearch.SearchApi.Tests;

/// <summary>The real SearchApi host on the bundled corpus, with its own index folder, shared by the API tests.</summary>
public class LearningSearchHost : WebApplicationFactory<Program>
{
    public LearningSearchHost(string corpus, IDictionary<string, string?>? settings = null)
    {
        Corpus = corpus;
        IndexFolder = Directory.CreateTempSubdirectory("ls-index-").FullName;
        Settings = settings ?? new Dictionary<string, string?>();
    }

    public string Corpus { get; }

    public string IndexFolder { get; }

    private IDictionary<string, string?> Settings { get; }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Corpus:Path", Corpus);
        builder.UseSetting("Index:Path", IndexFolder);
        builder.UseSetting("RateLimit:PermitsPerMinute", "0");
        // Words alone unless a test asks for meaning (MeaningHost): every host would otherwise load the model and
        // fill vectors, and answers would change order once they were ready.
        builder.UseSetting("Search:Meaning", "false");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    public async Task<JsonElement> GetJson(string url)
    {
        using var response = await CreateClient().GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async Task<T> Get<T>(string url) => (await CreateClient().GetFromJsonAsync<T>(url, Json))!;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(IndexFolder, recursive: true); }
        catch (IOException) { }
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LearningSearch.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("LearningSearch.sln not found above the test folder.");
    }
}

/// <summary>The host on the five sample reviews of <c>corpus/</c>.</summary>
public sealed class SampleCorpusHost() : LearningSearchHost(Path.Combine(RepositoryRoot(), "corpus"));

[CollectionDefinition(Name)]
public sealed class SampleCorpusCollection : ICollectionFixture<SampleCorpusHost>
{
    public const string Name = "the bundled corpus";
}
