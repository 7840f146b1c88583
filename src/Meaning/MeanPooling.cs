using System.Numerics.Tensors;

namespace LearningSearch.Meaning;

/// <summary>
/// sentence-transformers' pooling for MiniLM: the mean of the token states the attention mask lets through,
/// then L2-normalised so a dot product is the cosine similarity.
/// </summary>
internal static class MeanPooling
{
    public static float[][] Pool(ReadOnlySpan<float> states, IReadOnlyList<WordPieces> batch, int length, int dimensions)
    {
        var vectors = new float[batch.Count][];
        for (var s = 0; s < batch.Count; s++)
        {
            var vector = new float[dimensions];
            // Padding comes after a text's own tokens, so its tokens are the first rows of its block.
            var rows = states.Slice(s * length * dimensions, batch[s].Ids.Length * dimensions);
            for (var t = 0; t < batch[s].Ids.Length; t++)
            {
                TensorPrimitives.Add(vector, rows.Slice(t * dimensions, dimensions), vector);
            }
            // Dividing by the token count first would not change the direction, and normalising discards the length.
            var norm = TensorPrimitives.Norm(vector);
            if (norm > 0)
            {
                TensorPrimitives.Divide(vector, norm, vector);
            }
            vectors[s] = vector;
        }
        return vectors;
    }
}
