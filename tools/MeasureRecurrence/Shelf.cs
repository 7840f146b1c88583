using LearningSearch.Index.Units;
using LearningSearch.Indexer.Corpus;
using LearningSearch.Indexer.Indexing;
using LearningSearch.Meaning;

namespace LearningSearch.MeasureRecurrence;

/// <summary>A recommendation as the service holds it: its review, year, text, themes (ids, and the tags with their evidence) and meaning vector.</summary>
internal sealed record ShelfRecommendation(string Id, string ReviewId, int? Year, string Text, IReadOnlyList<string> Themes, IReadOnlyList<Themes.ThemeTag> Tags, float[] Vector);

/// <summary>
/// The recommendations of the layout library (Fixtures/library and Fixtures/unseen, their text versions) and the
/// bundled corpus, read by the product's own extractor, tagged as the service tags (phrases and the theme model over
/// each unit's sentence vector) and embedded by the service's sentence model, from the text the service embeds.
/// </summary>
internal static class Shelf
{
    public static IReadOnlyList<ShelfRecommendation> Read(string root, string cacheFile)
    {
        var load = MeaningModel.TryLoad();
        if (load.Model is null) throw new InvalidOperationException(load.Reason);
        using var model = load.Model;
        var encoder = new CachedEncoder(new SentenceEncoder(model), cacheFile);
        var reader = new CorpusReader(IndexerServices.CreateExtractor(new SentenceVectors(encoder.ModelName, encoder.Of)));

        var reviews = new List<Indexer.Model.ExtractedReview>();
        foreach (var shelf in new[] { "library", "unseen" })
        {
            foreach (var path in Directory.GetFiles(Path.Combine(root, "tests/Indexer.Tests/Fixtures", shelf), "*.txt").Order(StringComparer.Ordinal))
            {
                var (review, skipped) = reader.ReadOne(path, (ManifestEntry?)null);
                if (review is not null) reviews.Add(review);
                else Console.Error.WriteLine($"skipped {path}: {skipped?.Reason}");
            }
        }
        reviews.AddRange(reader.ReadAll(Path.Combine(root, "corpus")).Reviews);
        var duplicated = reviews.GroupBy(r => r.Review.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicated.Count > 0) throw new InvalidOperationException("Two documents read as one review id: " + string.Join(", ", duplicated));

        var recommendations = reviews
            .SelectMany(r => r.Units.Where(u => u.Kind == UnitKind.Recommendation).Select(u => (r.Review, Unit: u)))
            .Select(x => new ShelfRecommendation(x.Unit.Id, x.Review.Id, x.Review.Year, MeaningText.Of(x.Unit),
                x.Unit.Themes.Select(t => t.ThemeId).Distinct().Order(StringComparer.Ordinal).ToList(), x.Unit.Themes, encoder.Of(MeaningText.Of(x.Unit))))
            .ToList();
        encoder.Save();
        Console.Error.WriteLine($"{reviews.Count} reviews, {recommendations.Count} recommendations ({recommendations.Count(r => r.Themes.Count > 0)} with a theme); {encoder.Embedded} texts embedded, the rest from {cacheFile}");
        return recommendations;
    }

    /// <summary>The service's encoder, one text at a time as the service runs it, remembering vectors by the text's hash between runs.</summary>
    private sealed class CachedEncoder(SentenceEncoder encoder, string file)
    {
        private readonly UnitVectors _known = File.Exists(file) ? UnitVectorsFile.Read(file) : new UnitVectors(encoder.ModelName, encoder.Dimensions);
        private readonly Dictionary<string, float[]> _made = [];

        public string ModelName => encoder.ModelName;

        public int Embedded => _made.Count;

        public float[] Of(string text)
        {
            var key = TextHash.Of(text).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (_known.ModelName == encoder.ModelName && _known.Contains(key)) return _known.VectorOf(key).ToArray();
            if (_made.TryGetValue(key, out var made)) return made;
            return _made[key] = encoder.Encode([text])[0].Vector;
        }

        public void Save()
        {
            if (_made.Count == 0) return;
            var all = new UnitVectors(encoder.ModelName, encoder.Dimensions);
            if (_known.ModelName == encoder.ModelName)
                foreach (var id in _known.UnitIds) all.Add(id, ulong.Parse(id, System.Globalization.CultureInfo.InvariantCulture), _known.VectorOf(id));
            foreach (var (id, vector) in _made) if (!all.Contains(id)) all.Add(id, ulong.Parse(id, System.Globalization.CultureInfo.InvariantCulture), vector);
            UnitVectorsFile.Write(all, file);
        }
    }
}
