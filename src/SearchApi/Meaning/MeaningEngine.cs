using LearningSearch.Meaning;
using LearningSearch.SearchApi.Hosting;

namespace LearningSearch.SearchApi.Meaning;

/// <summary>
/// The sentence model of one host, loaded once in the background as the host starts (a few seconds and about 100 MB),
/// or the reason there is none. Nothing waits for it: searches use words alone until it has loaded, and a model that
/// cannot load leaves the service searching by words, with the reason on /health.
/// </summary>
public sealed class MeaningEngine : IDisposable
{
    private readonly object _gate = new();
    private readonly Task<SentenceEncoder?> _loading;
    private MeaningModel? _model;
    private string? _offBecause;
    private bool _disposed;

    public MeaningEngine(LearningSearchOptions options)
    {
        SwitchedOn = options.UseMeaning;
        if (!options.UseMeaning)
        {
            _offBecause = "it is switched off in the configuration (Search:Meaning=false)";
            _loading = Task.FromResult<SentenceEncoder?>(null);
            return;
        }
        var modelOptions = options.MeaningModelFile is { } file ? new MeaningOptions { ModelFile = file } : new MeaningOptions();
        _loading = Task.Run(() => Load(modelOptions));
    }

    /// <summary>Whether the configuration asks for search by meaning (it may still be off for want of a model).</summary>
    public bool SwitchedOn { get; }

    /// <summary>The encoder once the model has loaded; null while it loads, or when there is none.</summary>
    public SentenceEncoder? Encoder => _loading.IsCompletedSuccessfully ? _loading.Result : null;

    /// <summary>Completes with the encoder when the model has loaded, or with null when it cannot.</summary>
    public Task<SentenceEncoder?> Loaded => _loading;

    /// <summary>Why there is no search by meaning, in words fit to follow "search by meaning is off: "; null while it loads or once loaded.</summary>
    public string? OffBecause => Volatile.Read(ref _offBecause);

    private SentenceEncoder? Load(MeaningOptions modelOptions)
    {
        var load = MeaningModel.TryLoad(modelOptions);
        if (load.Model is not { } model)
        {
            // /health is public: the reason names the model's file, not the server's folders.
            var reason = (load.Reason ?? "the meaning model could not be loaded").Replace(modelOptions.ModelFile, Path.GetFileName(modelOptions.ModelFile), StringComparison.Ordinal);
            Volatile.Write(ref _offBecause, reason);
            return null;
        }
        lock (_gate)
        {
            if (_disposed)
            {
                model.Dispose();
                return null;
            }
            _model = model;
        }
        return new SentenceEncoder(model);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _model?.Dispose();
            _model = null;
        }
    }
}
