using System.Net;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace LearningSearch.SearchApi.Tests.Apis;

/// <summary>
/// Anything a caller can send gets a 200 or a 4xx problem, never a 500, and always valid JSON: 10,000
/// generated searches (words, operators, broken syntax, odd Unicode, out-of-range and malformed parameters)
/// go through the real host.
/// </summary>
[Collection(SampleCorpusCollection.Name)]
public sealed class GeneratedRequestTests(SampleCorpusHost host)
{
    private static readonly string[] Words =
    [
        "supervision", "children", "not", "brought", "DNA", "hidden", "men", "fathers", "neglect", "was", "the", "and", "of",
        "écoles", "Ω", "🙂", "\u202Ereversed", "zero\u200Bwidth", "e\u0301", "'", "\"", "(", ")", "[", "]", "{", "}", "*", "?", "~",
        "~2", "^3", ":", "\\", "/", "/a.*b/", "AND", "OR", "NOT", "&&", "||", "+", "-", "!", "theme:", "theme:was-not-brought",
        "year:2017", "year:[2010 TO 2020]", "year:abc", "year:{* TO 2015}", "kind:action", "agency:police", "review:ads14",
        "number:8", "id:ads14/rec-8", "<script>alert(1)</script>", "%", "%00", "\t", "supervis*", "sup*", "s*", "?ision",
        "a~", "fathers~1", "\"was not brought\"~3", "text:", ":foo", "field:value:more", "null", "0", "-1",
    ];

    public sealed record Call(string Path, IReadOnlyList<(string Name, string Value)> Parameters)
    {
        public string Url => Path + (Parameters.Count == 0 ? "" : "?" + string.Join("&", Parameters.Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}")));

        public override string ToString() => Url;
    }

    private static Gen<string> Query() => Gen.Frequency(
        (12, Gen.Elements(Words).ListOf().Select(ws => string.Join(" ", ws.Take(12)))),
        (3, Gen.Elements(Words).ListOf().Select(ws => string.Concat(ws.Take(8)))),
        (1, Gen.Choose(450, 700).Select(n => new string('a', n))),
        (1, Gen.Choose(1, 40).Select(n => string.Concat(Enumerable.Range(0, n).Select(i => (char)('\u0001' + (i * 7919 % 0x2FF)))))));

    private static Gen<string> Number() => Gen.Elements("-5", "0", "1", "2", "3", "7", "50", "101", "1000", "100000", "abc", "1.5", "", "2147483648", "١");

    private static Gen<string> Year() => Gen.Elements("1000", "1989", "1990", "2010", "2015", "2100", "3000", "x", "-1", "");

    private static Gen<(string, string)?> Optional(string name, Gen<string> values) =>
        Gen.Frequency((3, Gen.Constant<(string, string)?>(null)), (1, values.Select(v => ((string, string)?)(name, v))));

    private static Gen<Call> Calls() =>
        from path in Gen.Frequency((30, Gen.Constant("/api/search")), (1, Gen.Constant("/api/export")))
        from q in Optional("q", Query())
        from page in Optional("page", Number())
        from pageSize in Optional("pageSize", Number())
        from theme in Optional("theme", Gen.Elements("was-not-brought", "supervision", "nope", "", "../../etc", "WAS-NOT-BROUGHT"))
        from theme2 in Optional("theme", Gen.Elements("neglect", "think-family", "x y"))
        from review in Optional("review", Gen.Elements("ads14", "an09", "nope", "", "../x", "ADS14", new string('r', 90)))
        from kind in Optional("kind", Gen.Elements("action", "recommendation", "finding", "ACTION", "bogus", ""))
        from agency in Optional("agency", Gen.Elements("Derbyshire Health United", "police", "", new string('x', 300)))
        from status in Optional("status", Gen.Elements("Completed", "green", "", "🙂"))
        from yearFrom in Optional("yearFrom", Year())
        from yearTo in Optional("yearTo", Year())
        select new Call(path, new[] { q, page, pageSize, theme, theme2, review, kind, agency, status, yearFrom, yearTo }.OfType<(string, string)>().ToList());

    [Fact]
    public void TenThousandGeneratedRequests_ShouldNeverGetA500AndAlwaysValidJson()
    {
        var client = host.CreateClient();
        var statuses = new Dictionary<int, int>();
        var property = Prop.ForAll(Arb.From(Calls()), call =>
        {
            using var response = client.GetAsync(call.Url).GetAwaiter().GetResult();
            var status = (int)response.StatusCode;
            lock (statuses) statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (status >= 500) return false;
            var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            if (response.StatusCode == HttpStatusCode.OK && call.Path == "/api/export") return body.StartsWith("\uFEFF\"Citation\"", StringComparison.Ordinal) || body.StartsWith("\"Citation\"", StringComparison.Ordinal);
            try
            {
                using var json = JsonDocument.Parse(body);
                return status == 200 ? json.RootElement.TryGetProperty("hits", out _) : json.RootElement.TryGetProperty("detail", out _);
            }
            catch (JsonException)
            {
                return false;
            }
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(10_000), property);
        Assert.Equal(10_000, statuses.Values.Sum());
        Assert.True(statuses.GetValueOrDefault(200) > 1000 && statuses.GetValueOrDefault(400) > 1000, string.Join(", ", statuses.Select(s => $"{s.Key}: {s.Value}")));
    }
}
