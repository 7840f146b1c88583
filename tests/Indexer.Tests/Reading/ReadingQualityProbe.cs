namespace LearningSearch.Indexer.Tests.Reading;

public class ReadingQualityProbe
{
    [Theory]
    [InlineData("ads14-action-plan", Fixtures.Ads14)]
    [InlineData("an09-imr-recommendations", Fixtures.An09)]
    public void Probe(string name, string corpus)
    {
        var text = Fixtures.Text(corpus);
        foreach (var ext in new[] { ".html", ".md", ".docx", ".pdf" })
        {
            var doc = Fixtures.Read(name + ext);
            Console.WriteLine($"PROBE {name}{ext}: {Fixtures.RowsFound(text, doc):P1} of {Fixtures.TableRows(text).Count}");
            var have = Fixtures.TableRows(doc).Select(r => string.Join(" | ", r)).ToList();
            foreach (var row in Fixtures.TableRows(text).Select(r => string.Join(" | ", r)).Where(r => !have.Contains(r)))
            {
                var best = have.MaxBy(h => Enumerable.Range(0, Math.Min(h.Length, row.Length)).TakeWhile(i => h[i] == row[i]).Count()) ?? "";
                var common = Enumerable.Range(0, Math.Min(best.Length, row.Length)).TakeWhile(i => best[i] == row[i]).Count();
                Console.WriteLine($"PROBE   missing@{common}: {row[Math.Max(0, common - 30)..Math.Min(row.Length, common + 60)]}");
                Console.WriteLine($"PROBE   nearest    : {best[Math.Max(0, common - 30)..Math.Min(best.Length, common + 60)]}");
            }
        }
        if (name.StartsWith("ads14", StringComparison.Ordinal))
            Console.WriteLine($"PROBE no borders: {Fixtures.RowsFound(text, Fixtures.Read("ads14-action-plan-no-borders.pdf")):P1}");
    }
}
