using System.Text;
using System.Text.Json;
using LearningSearch.Indexer.Corpus;
using LearningSearch.Themes;

namespace LearningSearch.Bench.Generation;

/// <summary>What a generated corpus folder holds; saved beside the documents so a later run can reuse them.</summary>
public sealed record GeneratedCorpus(int Reviews, int Seed, int Version, long PlannedUnits, long Bytes, IReadOnlyDictionary<string, int> Layouts)
{
    public const string StampFile = ".bench-corpus.json";

    public static GeneratedCorpus? Read(string folder)
    {
        var path = Path.Combine(folder, StampFile);
        return File.Exists(path) ? JsonSerializer.Deserialize<GeneratedCorpus>(File.ReadAllText(path)) : null;
    }
}

/// <summary>
/// Writes N synthetic reviews in the five layouts of the sample reviews, as text documents that the real
/// extractor reads, plus the manifest. Deterministic: the same seed gives the same bytes, and review i is
/// the same whatever N is (each review draws from its own generator seeded by the seed and its number).
/// </summary>
public sealed class SyntheticCorpus
{
    /// <summary>Bump when the generator's output changes, so stale corpora are regenerated, not reused.</summary>
    public const int Version = 1;

    private readonly SampleUnits _samples;
    private readonly IReadOnlyList<IReviewWriter> _writers;

    public SyntheticCorpus(SampleUnits samples, Taxonomy taxonomy)
    {
        _samples = samples;
        _writers =
        [
            new ActionPlanTableWriter(),
            new RecommendationHeadingWriter(),
            new AgencyGroupedTableWriter(),
            new NumberedResponsePlanWriter(taxonomy),
            new InspectionReportWriter(),
        ];
    }

    /// <summary>Reuses the folder when it already holds this corpus; otherwise writes it afresh.</summary>
    public GeneratedCorpus Ensure(int reviews, int seed, string folder)
    {
        var existing = GeneratedCorpus.Read(folder);
        if (existing is not null && existing.Reviews == reviews && existing.Seed == seed && existing.Version == Version) return existing;
        return Generate(reviews, seed, folder);
    }

    public GeneratedCorpus Generate(int reviews, int seed, string folder)
    {
        if (reviews < 1) throw new ArgumentOutOfRangeException(nameof(reviews), "Generate at least one review.");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);

        var results = new (ManifestEntry Entry, int Units, long Bytes, string Layout)[reviews];
        Parallel.For(0, reviews, i => results[i] = WriteReview(i + 1, seed, folder));

        new Manifest(results.Select(r => r.Entry)).Save(folder);
        var corpus = new GeneratedCorpus(reviews, seed, Version, results.Sum(r => (long)r.Units), results.Sum(r => r.Bytes),
            results.GroupBy(r => r.Layout).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()));
        File.WriteAllText(Path.Combine(folder, GeneratedCorpus.StampFile), JsonSerializer.Serialize(corpus));
        return corpus;
    }

    private (ManifestEntry, int, long, string) WriteReview(int index, int seed, string folder)
    {
        var random = new Random(unchecked(seed * 1_000_003 + index * 7_919));
        var place = Place.All[random.Next(Place.All.Count)];
        var year = random.Next(2008, 2026);
        var writer = _writers[random.Next(_writers.Count)];
        var code = $"{place.Code}{index:D4}";
        var (type, title) = writer.Describe(code, place, year);
        var partnership = writer is InspectionReportWriter ? "Care Quality Commission"
            : year >= 2019 ? $"{place.Area} Safeguarding Children Partnership" : $"{place.Area} Safeguarding Children Board";
        var file = $"{index:D5}-{SlugOf(place.Area)}-{writer.Layout}-{year}.txt";
        var review = new SyntheticReview(index, code.ToLowerInvariant(), code, place, year, partnership, type, title, file, writer.Layout);

        var text = new StringWriter { NewLine = "\n" };
        var units = writer.Write(review, new UnitTexts(_samples, place, year, random), random.Next(60, 141), text);
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        File.WriteAllBytes(Path.Combine(folder, file), bytes);

        var entry = new ManifestEntry
        {
            File = file, Id = review.Id, Title = title, Partnership = partnership, Area = place.Area, Type = type, Year = year,
            Notes = $"Synthetic review for the benchmark (generator v{Version}, seed {seed}), recombined from the sample reviews.",
        };
        return (entry, units, bytes.Length, writer.Layout);
    }

    private static string SlugOf(string text) => string.Join("-", text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
