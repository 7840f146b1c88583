using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using LearningSearch.Indexer.Corpus;
using LearningSearch.Indexer.Extraction;
using LearningSearch.Themes;

namespace LearningSearch.Bench.Running;

/// <summary>
/// How fast the theme tagger reads a corpus's units, which units are slowest, and which themes make the
/// slowest unit slow (each theme compiled alone and timed on it): the Stopwatch profile of the build's
/// suspected hot spot.
/// </summary>
public static class TaggingProfile
{
    public static void Run(string corpus, int documents, TextWriter output)
    {
        var reader = new CorpusReader(new ReviewExtractor(tag: null));
        var manifest = Manifest.Load(corpus);
        var units = reader.Documents(corpus).Take(documents)
            .Select(p => reader.ReadOne(p, manifest).Review).OfType<LearningSearch.Indexer.Model.ExtractedReview>()
            .SelectMany(r => r.Units).Select(u => (u.Id, Text: u.FullText)).ToList();
        var tagger = new ThemeTagger(Taxonomy.LoadDefault());
        var timings = new List<(string Id, string Text, double Ms)>();
        var clock = Stopwatch.StartNew();
        foreach (var (id, text) in units)
        {
            var t = Stopwatch.GetTimestamp();
            try
            {
                tagger.Tag(text);
                timings.Add((id, text, Stopwatch.GetElapsedTime(t).TotalMilliseconds));
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
            {
                timings.Add((id, text, double.PositiveInfinity));
            }
        }
        var total = clock.Elapsed.TotalSeconds;
        var chars = units.Sum(u => (long)u.Text.Length);
        output.WriteLine($"{units.Count:N0} units, {chars / 1024.0:N0} KB of text tagged in {total:F1} s: {units.Count / total:N0} units/s, {chars / total / 1024:N0} KB/s");
        output.WriteLine($"timed out (over 2 s): {timings.Count(t => double.IsInfinity(t.Ms))}");
        foreach (var slow in timings.OrderByDescending(t => t.Ms).Take(5))
            output.WriteLine($"  {slow.Ms,9:F1} ms  {slow.Id} ({slow.Text.Length} chars)");

        var slowest = timings.OrderByDescending(t => t.Ms).First();
        output.WriteLine($"Themes on the slowest unit ({slowest.Id}), each compiled alone:");
        // The taxonomy file carries comments for its editors.
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, Taxonomy.FileName)), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
        foreach (var theme in json["themes"]!.AsArray())
        {
            var alone = JsonNode.Parse(json.ToJsonString())!;
            var copy = JsonNode.Parse(theme!.ToJsonString())!.AsObject();
            copy.Remove("excludeWhenTagged");
            alone["themes"] = new JsonArray(copy);
            var one = new ThemeTagger(Taxonomy.Parse(alone.ToJsonString(), "one theme"));
            var t = Stopwatch.GetTimestamp();
            string result;
            try
            {
                one.Tag(slowest.Text);
                result = $"{Stopwatch.GetElapsedTime(t).TotalMilliseconds:F1} ms";
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
            {
                result = "timed out";
            }
            output.WriteLine($"  {theme["id"],-28} {result}");
        }
        output.WriteLine("Text: " + slowest.Text);
    }
}
