using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Text.Json;
using LearningSearch.Themes.Loading;

namespace LearningSearch.Themes.Model;

/// <summary>
/// A second signal beside the phrase rules: per theme, a logistic regression over a unit's sentence vector, trained on
/// units labelled by reading (tests/Themes.Tests/NewReviews and DevSet, the tuning reviews only) by tools/MeasureThemes,
/// which also chose the threshold on folds of those reviews. It finds a theme written in words the phrases do not
/// know; each tag it gives is explained by the nearest labelled units that carry the theme, with its probability.
/// <para>
/// Beside the vector it may read what the phrases said of every theme (<see cref="PhraseSignals"/>, the themes named in
/// the file's <c>phraseSignals</c>, in that order: each one's score, then each one's exclusion hit), so that a lone
/// weak word, a theme that usually comes with another, or an exclusion weighs in. It only adds tags beside the
/// phrases' (tools/MeasureThemes measured letting it overrule them: worse on the tuning folds).
/// </para>
/// </summary>
public sealed class ThemeModel
{
    public const string FileName = "theme-model.json";

    private readonly (string Id, float[] Weights, float Bias, double Threshold)[] _themes;
    private readonly (string Id, string Text, string[] Themes, float[] Vector)[] _examples;

    private readonly string[] _signalThemes;

    // Per theme, weights over the vector alone, for a text with no phrase evidence of a unit's kind (a question): the
    // model with phrase signals learned to doubt a vector whose phrases found nothing, so it misreads a question.
    private readonly (float[] Weights, float Bias)?[] _vectorAlone;

    private ThemeModel(string sentenceModel, double threshold, (string, float[], float, double)[] themes, (float[], float)?[] vectorAlone, (string, string, string[], float[])[] examples, string[] signalThemes, string fingerprint)
    {
        _signalThemes = signalThemes;
        _vectorAlone = vectorAlone;
        SentenceModel = sentenceModel;
        Threshold = threshold;
        _themes = themes;
        _examples = examples;
        Fingerprint = fingerprint;
    }

    /// <summary>The sentence model whose vectors it reads (its name and window); vectors of another model do not fit it.</summary>
    public string SentenceModel { get; }

    /// <summary>The probability at or above which it tags a theme that has no threshold of its own.</summary>
    public double Threshold { get; }

    /// <summary>
    /// The probability at or above which it tags the theme: the theme's own, where tools/MeasureThemes chose one on
    /// folds of the tuning reviews (themes with enough labels only, never under a floor), else the shared one.
    /// </summary>
    public double ThresholdOf(string themeId)
    {
        foreach (var theme in _themes)
            if (theme.Id == themeId) return theme.Threshold;
        return Threshold;
    }

    /// <summary>Changes when the model file changes, so an index built with another model is rebuilt.</summary>
    public string Fingerprint { get; }

    /// <summary>The length of the sentence vectors it reads.</summary>
    public int Dimensions => _themes.Length == 0 ? 0 : _themes[0].Weights.Length - (2 * _signalThemes.Length);

    /// <summary>The themes whose phrase signals it reads beside the vector, in the order of its weights; empty for the vector alone.</summary>
    public IReadOnlyList<string> SignalThemes => _signalThemes;

    /// <summary>The model shipped with the taxonomy (beside the assembly, else embedded).</summary>
    public static ThemeModel LoadDefault()
    {
        var (json, source) = ShippedFile.Read(FileName, "LearningSearch.Themes.theme-model.json", "theme model");
        return Parse(json, source);
    }

    public static ThemeModel Parse(string json, string source)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var threshold = root.GetProperty("threshold").GetDouble();
            var themes = root.GetProperty("themes").EnumerateArray()
                .Select(t => (t.GetProperty("id").GetString()!, Floats(t.GetProperty("weights").GetString()!), t.GetProperty("bias").GetSingle(),
                    t.TryGetProperty("threshold", out var own) ? own.GetDouble() : threshold))
                .ToArray();
            var vectorAlone = root.GetProperty("themes").EnumerateArray()
                .Select(t => t.TryGetProperty("vectorAloneWeights", out var w) ? ((float[], float)?)(Floats(w.GetString()!), t.GetProperty("vectorAloneBias").GetSingle()) : null)
                .ToArray();
            var examples = root.GetProperty("examples").EnumerateArray()
                .Select(e => (e.GetProperty("id").GetString()!, e.GetProperty("text").GetString()!, e.GetProperty("themes").EnumerateArray().Select(x => x.GetString()!).ToArray(), Floats(e.GetProperty("vector").GetString()!)))
                .ToArray();
            var signalThemes = root.TryGetProperty("phraseSignals", out var named) ? named.EnumerateArray().Select(x => x.GetString()!).ToArray() : [];
            if (themes.Any(t => t.Item2.Length != themes[0].Item2.Length) || (themes.Length > 0 && themes[0].Item2.Length <= 2 * signalThemes.Length))
                throw new FormatException("every theme needs one weight per vector number and two per theme of phraseSignals");
            if (vectorAlone.Any(v => v is { } alone && alone.Item1.Length != themes[0].Item2.Length - (2 * signalThemes.Length)))
                throw new FormatException("every theme's vectorAloneWeights need one weight per vector number");
            var fingerprint = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(json)))[..16];
            return new ThemeModel(root.GetProperty("sentenceModel").GetString()!, threshold, themes, vectorAlone, examples, signalThemes, fingerprint);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new TaxonomyException(source, [$"{source}: the theme model cannot be read: {e.Message}"], e);
        }
    }

    /// <summary>
    /// The themes it gives a unit's vector, each with its probability, strongest first. <paramref name="signals"/> gives,
    /// by theme id, what the phrases said of the text (its score, and whether an exclusion matched); a theme it does not
    /// name counts as no words found.
    /// </summary>
    public IReadOnlyList<(string ThemeId, double Probability)> Predict(ReadOnlySpan<float> vector, Func<string, (double Score, bool Excluded)>? signals = null)
    {
        if (vector.Length != Dimensions) return [];
        var features = new float[vector.Length + (2 * _signalThemes.Length)];
        vector.CopyTo(features);
        for (var s = 0; s < _signalThemes.Length && signals is not null; s++)
        {
            var (score, excluded) = signals(_signalThemes[s]);
            features[vector.Length + s] = (float)score;
            features[vector.Length + _signalThemes.Length + s] = excluded ? 1 : 0;
        }
        var tags = new List<(string, double)>();
        foreach (var (id, weights, bias, threshold) in _themes)
        {
            var probability = 1 / (1 + Math.Exp(-(TensorPrimitives.Dot(weights, features) + bias)));
            if (probability >= threshold) tags.Add((id, probability));
        }
        return tags.OrderByDescending(t => t.Item2).ToList();
    }

    /// <summary>
    /// The themes it reads in the vector alone of a text that is not a unit (a question), each with its probability,
    /// strongest first: by the file's vector-alone weights where a theme has them (a model with phrase signals), else as
    /// <see cref="Predict"/> with no words found.
    /// </summary>
    public IReadOnlyList<(string ThemeId, double Probability)> PredictFromVectorAlone(ReadOnlySpan<float> vector)
    {
        if (vector.Length != Dimensions) return [];
        if (_vectorAlone.All(v => v is null)) return Predict(vector);
        var tags = new List<(string, double)>();
        for (var t = 0; t < _themes.Length; t++)
        {
            if (_vectorAlone[t] is not { } alone) continue;
            var probability = 1 / (1 + Math.Exp(-(TensorPrimitives.Dot(alone.Weights, vector) + alone.Bias)));
            if (probability >= _themes[t].Threshold) tags.Add((_themes[t].Id, probability));
        }
        return tags.OrderByDescending(t => t.Item2).ToList();
    }

    /// <summary>The labelled units carrying the theme that are nearest the vector: why the model tagged it.</summary>
    public IReadOnlyList<LabelledExample> NearestExamples(ReadOnlySpan<float> vector, string themeId, int count = 3)
    {
        var near = new List<LabelledExample>();
        foreach (var (id, text, themes, example) in _examples)
        {
            if (Array.IndexOf(themes, themeId) < 0 || example.Length != vector.Length) continue;
            near.Add(new LabelledExample(id, text, Math.Round(TensorPrimitives.Dot(example, vector), 3)));
        }
        return near.OrderByDescending(e => e.Similarity).ThenBy(e => e.UnitId, StringComparer.Ordinal).Take(count).ToList();
    }

    private static float[] Floats(string base64) => MemoryMarshal.Cast<byte, float>(Convert.FromBase64String(base64)).ToArray();
}
