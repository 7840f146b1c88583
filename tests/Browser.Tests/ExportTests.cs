using System.Text;
using static Microsoft.Playwright.Assertions;

namespace LearningSearch.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ExportTests(BrowserFixture browser)
{
    [Fact]
    public async Task ExportCsv_ShouldDownloadTheSameHitsAsTheSearch()
    {
        await using var tab = await browser.OpenPageAsync();
        var page = tab.Page;
        await page.GotoAsync("/?q=" + Uri.EscapeDataString(PageQueries.EverydayQuestion));
        var total = await page.TotalAsync();
        var shownIds = new List<string>();
        foreach (var card in await page.Cards().AllAsync())
        {
            shownIds.Add((await card.GetAttributeAsync("data-unit-id"))!);
        }

        var downloading = page.WaitForDownloadAsync();
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Export CSV" }).ClickAsync();
        var download = await downloading;

        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.OrdinalIgnoreCase);
        var path = await download.PathAsync();
        var csv = await File.ReadAllTextAsync(path, Encoding.UTF8);
        var rows = Csv.Parse(csv);
        Assert.Equal(total, rows.Count - 1);
        foreach (var id in shownIds)
        {
            Assert.Contains(rows.Skip(1), row => row.Contains(id));
        }

        await Expect(page.Cards()).ToHaveCountAsync(shownIds.Count);
        tab.ShouldHaveRunCleanly();
    }
}

/// <summary>Just enough RFC 4180 to count rows whose fields may hold quotes, commas and line breaks.</summary>
internal static class Csv
{
    public static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { i++; }
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else if (c != '\uFEFF' || i != 0) { field.Append(c); }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }
}
