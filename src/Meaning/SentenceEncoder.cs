namespace LearningSearch.Meaning;

/// <summary>
/// Turns units' texts and people's questions into meaning vectors with the MiniLM model. Texts are run in
/// batches of similar length (padding costs as much as text); questions are remembered, so asking again is
/// free. Safe for many concurrent searches.
/// </summary>
public sealed class SentenceEncoder : ISentenceEncoder
{
    private readonly MeaningModel model;
    private readonly RecentQuestions recent;

    public SentenceEncoder(MeaningModel model)
    {
        this.model = model;
        recent = new RecentQuestions(model.Options.RecentQuestions);
    }

    public string ModelName => model.Name;

    public int Dimensions => model.Dimensions;

    /// <summary>How many questions' vectors are remembered now.</summary>
    public int RememberedQuestions => recent.Count;

    /// <summary>The meaning of one question; a question asked lately is answered from memory.</summary>
    public EncodedText EncodeQuestion(string question)
    {
        question ??= string.Empty;
        if (recent.TryGet(question, out var known))
        {
            return known;
        }
        var meaning = Encode([question], 1)[0];
        recent.Remember(question, meaning);
        return meaning;
    }

    public IReadOnlyList<EncodedText> Encode(IReadOnlyList<string> texts) => Encode(texts, model.Options.BatchSize);

    /// <summary>One result per text, in the texts' order, run <paramref name="batchSize"/> at a time.</summary>
    public IReadOnlyList<EncodedText> Encode(IReadOnlyList<string> texts, int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var pieces = texts.Select(model.Tokenize).ToArray();
        // Longest first, so each batch pads to a length close to its own texts' and the biggest runs start early.
        var order = Enumerable.Range(0, pieces.Length).OrderByDescending(i => pieces[i].Ids.Length).ToArray();
        var results = new EncodedText[pieces.Length];
        foreach (var chunk in order.Chunk(batchSize))
        {
            var vectors = model.Run(chunk.Select(i => pieces[i]).ToArray());
            for (var j = 0; j < chunk.Length; j++)
            {
                var text = pieces[chunk[j]];
                results[chunk[j]] = new EncodedText(vectors[j], text.Tokens, text.WasCut);
            }
        }
        return results;
    }
}
