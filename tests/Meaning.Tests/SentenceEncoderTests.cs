using System.Numerics.Tensors;

namespace LearningSearch.Meaning.Tests;

[Collection(MiniLmCollection.Name)]
public sealed class SentenceEncoderTests(MiniLmFixture miniLm)
{
    public static TheoryData<string, string> AwkwardQuestions => new()
    {
        { "nothing typed", "" },
        { "spaces only", "   \n\t " },
        { "emoji", "👶🛏️😴" },
        { "Welsh", "Dylid i ymarferwyr roi cyngor cysgu'n ddiogel i rieni babanod ym mhob cyswllt." },
        { "accents and symbols", "Naïve café → §12.3 «règle» ½ © ™" },
        { "Chinese", "婴儿安全睡眠" },
    };

    [Theory]
    [MemberData(nameof(AwkwardQuestions))]
    public void AnAwkwardQuestion_ShouldGiveAUnitLengthVector_AndNoException(string what, string question)
    {
        var meaning = miniLm.Encoder.EncodeQuestion(question);

        Assert.Equal(384, meaning.Vector.Length);
        Assert.True(Math.Abs(TensorPrimitives.Norm(meaning.Vector) - 1) < 1e-4, what);
        Assert.All(meaning.Vector, x => Assert.True(float.IsFinite(x), what));
        Assert.False(meaning.WasCut, what);
    }

    [Fact]
    public void AQuestionOfTenThousandCharacters_ShouldBeCutToTheWindow_AndSaySo()
    {
        var question = string.Concat(Enumerable.Repeat("the health visitor gave safer sleep advice ", 250))[..10_000];

        var meaning = miniLm.Encoder.EncodeQuestion(question);

        Assert.True(meaning.WasCut);
        Assert.True(meaning.Tokens > miniLm.Model.Window, $"{meaning.Tokens} word pieces");
        Assert.True(Math.Abs(TensorPrimitives.Norm(meaning.Vector) - 1) < 1e-4);
    }

    [Fact]
    public void AShortQuestion_ShouldNotBeCut()
    {
        var meaning = miniLm.Encoder.EncodeQuestion("co-sleeping advice");

        Assert.False(meaning.WasCut);
        Assert.Equal(6, meaning.Tokens); // [CLS] co - sleeping advice [SEP]
    }

    [Fact]
    public void UnitsEncodedInABatch_ShouldGetTheVectorsTheyGetOneAtATime_WithFloatWeights()
    {
        var encoder = new SentenceEncoder(miniLm.FloatModel);
        var texts = Recommendations.All.Select(u => u.Text).ToArray();

        var together = encoder.Encode(texts, batchSize: 16);
        var alone = texts.Select(t => encoder.Encode([t], batchSize: 1)[0]).ToArray();

        for (var i = 0; i < texts.Length; i++)
        {
            // Padding is masked out, so only float rounding in the batched matrix products may differ.
            var cosine = TensorPrimitives.Dot(together[i].Vector, alone[i].Vector);
            Assert.True(cosine > 0.9999f, $"{Recommendations.All[i].UnitId}: {cosine:F6}");
        }
    }

    [Fact]
    public void UnitsEncodedInABatch_ShouldStayCloseToTheirVectorsAlone_WithEightBitWeights()
    {
        var texts = Recommendations.All.Select(u => u.Text).ToArray();

        var together = miniLm.Encoder.Encode(texts, batchSize: 16);
        var alone = miniLm.Encoder.Encode(texts, batchSize: 1);

        for (var i = 0; i < texts.Length; i++)
        {
            // One quantisation scale for the whole batch: close, not equal, which is why units are encoded one at a time.
            var cosine = TensorPrimitives.Dot(together[i].Vector, alone[i].Vector);
            Assert.True(cosine > 0.98f, $"{Recommendations.All[i].UnitId}: {cosine:F6}");
        }
    }

    [Fact]
    public void AUnitsVector_ShouldBeTheSameWhicheverUnitsItIsFilledWith()
    {
        var alone = miniLm.Encoder.Encode([Recommendations.SaferSleep.Text])[0];
        var withOthers = miniLm.Encoder.Encode(Recommendations.All.Select(u => u.Text).ToArray())[0];

        Assert.Equal(alone.Vector, withOthers.Vector);
    }

    [Fact]
    public void AQuestionAskedAgain_ShouldBeAnsweredFromMemory()
    {
        var question = $"neglect of a toddler in a cold house {Guid.NewGuid()}";

        var first = miniLm.Encoder.EncodeQuestion(question);
        var again = miniLm.Encoder.EncodeQuestion(question);

        Assert.Same(first, again);
    }

    [Fact]
    public void ManySearchesAtOnce_ShouldEachGetTheVectorOfTheirOwnQuestion()
    {
        var questions = new[] { "bruising on a non-mobile baby", "parental mental health", "escalation between agencies", "missed health appointments" };
        var expected = questions.ToDictionary(q => q, q => miniLm.Encoder.Encode([q])[0].Vector);
        // A fresh encoder, so the concurrent calls run the model rather than all hitting memory.
        var encoder = new SentenceEncoder(miniLm.Model);

        var answers = new (string Question, float[] Vector)[64];
        Parallel.For(0, answers.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var question = questions[i % questions.Length];
            answers[i] = (question, encoder.EncodeQuestion(question).Vector);
        });

        Assert.All(answers, a => Assert.True(TensorPrimitives.Dot(a.Vector, expected[a.Question]) > 0.9999f, a.Question));
    }

    [Fact]
    public void TheEightBitModel_ShouldReadEachUnitAsTheFloatModelDoes()
    {
        var floatModel = miniLm.FloatModel;
        var texts = Recommendations.All.Select(u => u.Text).ToArray();

        var exact = new SentenceEncoder(floatModel).Encode(texts);
        var eightBit = miniLm.Encoder.Encode(texts);

        Assert.Equal("all-MiniLM-L6-v2/float32/window-256", floatModel.Name);
        for (var i = 0; i < texts.Length; i++)
        {
            var cosine = TensorPrimitives.Dot(exact[i].Vector, eightBit[i].Vector);
            Assert.True(cosine > 0.98f, $"{Recommendations.All[i].UnitId}: cosine {cosine:F4}");
        }
    }
}
