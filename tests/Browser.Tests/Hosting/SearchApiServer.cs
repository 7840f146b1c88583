using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSearch.Browser.Tests.Hosting;

/// <summary>
/// The real SearchApi host on a loopback Kestrel port, reading the repository's corpus into a
/// fresh index. A browser cannot talk to TestServer's in-memory transport, hence Kestrel.
/// </summary>
public sealed class SearchApiServer : WebApplicationFactory<Program>
{
    private readonly string indexPath = System.IO.Path.Combine(
        System.IO.Path.GetTempPath(), "learningsearch-browser-tests-" + Guid.NewGuid().ToString("N"));

    public SearchApiServer()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Where the page is served, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public string CorpusPath { get; } = System.IO.Path.Combine(RepositoryRoot.Path, "corpus");

    /// <summary>Starts Kestrel and reads back the port the operating system gave it.</summary>
    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("The SearchApi host reports no server addresses.");
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The SearchApi host listens on no http address ({string.Join(", ", addresses)}).");
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(indexPath);
        // UseSetting, not ConfigureAppConfiguration: Program reads these while the builder is being made.
        builder.UseSetting("Corpus:Path", CorpusPath);
        builder.UseSetting("Index:Path", indexPath);
        // Words alone, so that results do not change order while the meaning vectors fill in mid-test.
        builder.UseSetting("Search:Meaning", "false");
        builder.UseEnvironment("Production");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(indexPath, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; failing the run over it would not be.
        }
    }
}
