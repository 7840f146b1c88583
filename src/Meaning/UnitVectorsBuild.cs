namespace LearningSearch.Meaning;

/// <summary>
/// Makes a generation's vectors, reusing the previous generation's for every unit whose text has not changed:
/// re-embedding the whole library for one new review would cost minutes of CPU for nothing.
/// </summary>
public static class UnitVectorsBuild
{
    /// <param name="previous">The last generation's vectors, or null; ignored if made by another model or window.</param>
    /// <param name="slice">Texts handed to the encoder at a time (it batches and orders them by length within);
    /// progress is reported and cancellation checked between slices.</param>
    /// <param name="progress">Told the number of units done so far, after each slice (for /health during a background fill).</param>
    public static UnitVectorsBuildResult Build(
        IReadOnlyList<UnitText> units,
        ISentenceEncoder encoder,
        UnitVectors? previous = null,
        int slice = 256,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(slice, 1);
        if (previous is not null && (previous.ModelName != encoder.ModelName || previous.Dimensions != encoder.Dimensions))
        {
            previous = null;
        }

        var hashes = units.Select(u => TextHash.Of(u.Text)).ToArray();
        var vectors = new UnitVectors(encoder.ModelName, encoder.Dimensions, units.Count);
        var toEmbed = new List<int>();
        var reused = 0;
        for (var i = 0; i < units.Count; i++)
        {
            if (previous is not null && previous.TryGetTextHash(units[i].UnitId, out var known) && known == hashes[i])
            {
                reused++;
            }
            else
            {
                toEmbed.Add(i);
            }
        }

        var fresh = new Dictionary<int, float[]>(toEmbed.Count);
        var cut = 0;
        foreach (var batch in toEmbed.Chunk(slice))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var encoded = encoder.Encode(batch.Select(i => units[i].Text).ToArray());
            for (var j = 0; j < batch.Length; j++)
            {
                fresh[batch[j]] = encoded[j].Vector;
                cut += encoded[j].WasCut ? 1 : 0;
            }
            progress?.Report(reused + fresh.Count);
        }

        // Added in the units' own order, whatever was reused or new, so the same units give the same file.
        for (var i = 0; i < units.Count; i++)
        {
            var vector = fresh.TryGetValue(i, out var made) ? made : previous!.VectorOf(units[i].UnitId);
            vectors.Add(units[i].UnitId, hashes[i], vector);
        }
        return new UnitVectorsBuildResult(vectors, reused, toEmbed.Count, cut);
    }
}

/// <summary>The vectors built, and how many units' vectors were reused, made anew, and made from a cut text.</summary>
public sealed record UnitVectorsBuildResult(UnitVectors Vectors, int Reused, int Embedded, int Cut);
