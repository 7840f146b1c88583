using LearningSearch.Meaning;

namespace LearningSearch.Themes.Tests.Model;

/// <summary>The meaning model the service runs, loaded once for the theme model's tests.</summary>
public sealed class SentenceModel : IDisposable
{
    private readonly MeaningModel _model;

    public SentenceModel()
    {
        var load = MeaningModel.TryLoad();
        _model = load.Model ?? throw new InvalidOperationException(load.Reason);
        Encoder = new SentenceEncoder(_model);
    }

    public SentenceEncoder Encoder { get; }

    public float[] Vector(string text) => Encoder.Encode([text])[0].Vector;

    public void Dispose() => _model.Dispose();
}
