namespace LearningSearch.Meaning.Tests;

/// <summary>The packaged MiniLM model, loaded once for every test that reads meaning (loading takes a second or two).</summary>
public sealed class MiniLmFixture : IDisposable
{
    public MiniLmFixture()
    {
        var load = MeaningModel.TryLoad();
        Model = load.Model ?? throw new InvalidOperationException($"The packaged model should load: {load.Reason}");
        Encoder = new SentenceEncoder(Model);
        floatModel = new Lazy<MeaningModel>(() => MeaningModel.TryLoad(new MeaningOptions { EightBitWeights = false }).Model!);
    }

    private readonly Lazy<MeaningModel> floatModel;

    public MeaningModel Model { get; }

    public SentenceEncoder Encoder { get; }

    /// <summary>The same model with its float weights, as published.</summary>
    public MeaningModel FloatModel => floatModel.Value;

    public void Dispose()
    {
        Model.Dispose();
        if (floatModel.IsValueCreated)
        {
            floatModel.Value.Dispose();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class MiniLmCollection : ICollectionFixture<MiniLmFixture>
{
    public const string Name = "MiniLM model";
}
