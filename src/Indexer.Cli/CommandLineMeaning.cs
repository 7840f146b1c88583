using LearningSearch.Index.Schema;
using LearningSearch.Index.Units;
using LearningSearch.Indexer.Indexing;
using LearningSearch.Meaning;
using Lucene.Net.Index;

namespace LearningSearch.Indexer.CommandLine;

/// <summary>
/// The meaning model for a build from the command line: it lets the theme model tag beside the phrases, and makes the
/// new generation's vectors for search by meaning (with progress), so the service finds them ready instead of making
/// them. Without the model the build tags by phrases alone and says why.
/// </summary>
internal sealed class CommandLineMeaning
{
    // Loaded once a process (a few seconds and about 100 MB): an add runs a build, and tests run many commands in one process.
    private static readonly Lazy<MeaningModelLoad> Model = new(() => MeaningModel.TryLoad());

    private readonly SentenceEncoder _encoder;

    private CommandLineMeaning(MeaningModel model)
    {
        _encoder = new SentenceEncoder(model);
        Tagging = new SentenceVectors(_encoder.ModelName, text => _encoder.Encode([text])[0].Vector);
    }

    /// <summary>Sentence vectors for the theme model's tags.</summary>
    public SentenceVectors Tagging { get; }

    /// <summary>The model, or null with the reason written to <paramref name="output"/>.</summary>
    public static CommandLineMeaning? TryLoad(TextWriter output)
    {
        var load = Model.Value;
        if (load.Model is { } model) return new CommandLineMeaning(model);
        output.WriteLine($"warning: themes are tagged by their phrases alone and no meaning vectors are made: {load.Reason}.");
        return null;
    }

    /// <summary>
    /// Makes the vectors of the generation in <paramref name="folder"/>, reusing those of the previous generation beside
    /// it for every unit whose text is unchanged, and keeps them in the folder; progress is written every tenth.
    /// </summary>
    public void FillVectors(string folder, TextWriter output)
    {
        List<UnitText> units;
        // Read with plain file reads, not mapped: a mapped file stays locked until it is unmapped, and the index is the
        // command line's to change again straight after (a build over a damaged index, an add).
        using (var directory = new Lucene.Net.Store.SimpleFSDirectory(new DirectoryInfo(folder)))
        using (var reader = DirectoryReader.Open(directory))
            units = [.. MeaningText.OfEveryUnit(new Lucene.Net.Search.IndexSearcher(reader)).Select(u => new UnitText(u.UnitId, u.Text))];
        var previous = UnitVectorsFile.NewestBeside(folder, _encoder.ModelName);
        var shown = -1;
        var progress = new Progress(done =>
        {
            var tenth = units.Count == 0 ? 10 : (int)(10L * done / units.Count);
            if (tenth <= shown) return;
            shown = tenth;
            output.WriteLine($"  meaning vectors [{new string('#', tenth)}{new string('.', 10 - tenth)}] {10 * tenth} % ({done} of {units.Count} units)");
        });
        var built = UnitVectorsBuild.Build(units, _encoder, previous, slice: 64, progress: progress);
        UnitVectorsFile.Write(built.Vectors, Path.Combine(folder, UnitVectorsFile.InGeneration));
        output.WriteLine($"Meaning vectors: {built.Embedded} units embedded, {built.Reused} reused from the previous generation.");
    }

    // Reported on the thread that does the work (System.Progress would post to a thread pool and reorder the lines).
    private sealed class Progress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
