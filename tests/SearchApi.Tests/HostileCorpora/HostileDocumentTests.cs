using System.Net;
using System.Text.Json;

namespace LearningSearch.SearchApi.Tests.HostileCorpora;

/// <summary>Review text with script, event handlers and odd Unicode is stored as text and always shown escaped.</summary>
public sealed class HostileDocumentTests : IClassFixture<HostileDocumentTests.HostileCorpusHost>
{
    private readonly HostileCorpusHost _host;

    public HostileDocumentTests(HostileCorpusHost host) => _host = host;

    public sealed class HostileCorpusHost() : LearningSearchHost(MakeCorpus());

    private static string MakeCorpus()
    {
        var folder = Directory.CreateTempSubdirectory("ls-hostile-").FullName;
        File.WriteAllText(Path.Combine(folder, "hostile-review.txt"), """
            Hostile Safeguarding Children Partnership

            Recommendation A

            Supervision must be recorded &lt;script&gt;alert('x')&lt;/script&gt; in every case, with "quotes" & ampersands.

            Hostile County Council added <img src=x onerror=alert(1)> supervision prompts and a <a href="javascript:alert(2)">link</a>.

            Recommendation B

            Supervision of staff working with families who speak Arabic \u202Egnihtemos\u202C and zero\u200Bwidth joiners, emoji 🙂 and e\u0301 accents.

            =HYPERLINK("http://evil.example","click") supervision spreadsheet formula.
            """);
        return folder;
    }

    [Fact]
    public async Task SnippetsOfHostileText_ShouldBeEscapedWithOnlyMarkLeftAsMarkup()
    {
        var result = await _host.GetJson("/api/search?q=supervision&pageSize=20");
        var snippets = result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("snippet").GetString()!).ToList();
        Assert.NotEmpty(snippets);
        var joined = string.Join("\n", snippets);
        Assert.Contains("&lt;script&gt;", joined, StringComparison.Ordinal);
        var withoutMarks = joined.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);
        Assert.DoesNotContain("<", withoutMarks, StringComparison.Ordinal);
        Assert.DoesNotContain(">", withoutMarks, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileText_ShouldBeKeptAsTextNotMarkup()
    {
        var result = await _host.GetJson("/api/search?q=supervision&pageSize=20");
        var texts = result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("text").GetString()!).ToList();
        Assert.Contains(texts, t => t.Contains("<script>alert('x')</script>", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("🙂", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACsvExportOfAFormula_ShouldNotRunInASpreadsheet()
    {
        using var response = await _host.CreateClient().GetAsync("/api/export?q=spreadsheet");
        var csv = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"'=HYPERLINK", csv, StringComparison.Ordinal);
    }
}
