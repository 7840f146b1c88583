using System.Numerics.Tensors;

namespace LearningSearch.Meaning;

/// <summary>
/// The meaning vectors of one index generation's units, with the fingerprint of the text each was made from.
/// Filled once while the generation is built, then only read, by any number of searches at once.
/// Search is exact: every vector is compared (SIMD dot products), which for tens of thousands of units is
/// a millisecond or two and never misses a unit the way an approximate index can.
/// </summary>
public sealed class UnitVectors
{
    private readonly List<string> unitIds = [];
    private readonly List<ulong> textHashes = [];
    private readonly Dictionary<string, int> positions = new(StringComparer.Ordinal);
    private float[] vectors;

    public UnitVectors(string modelName, int dimensions, int capacity = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        ModelName = modelName;
        Dimensions = dimensions;
        vectors = new float[Math.Max(capacity, 16) * dimensions];
    }

    /// <summary>The model (and window) the vectors were made with; vectors of different models do not compare.</summary>
    public string ModelName { get; }

    public int Dimensions { get; }

    public int Count => unitIds.Count;

    public IReadOnlyList<string> UnitIds => unitIds;

    /// <summary>Adds a unit's vector; a unit appears once in a generation.</summary>
    public void Add(string unitId, ulong textHash, ReadOnlySpan<float> vector)
    {
        if (vector.Length != Dimensions)
        {
            throw new ArgumentException($"A vector of {ModelName} has {Dimensions} numbers, not {vector.Length}.", nameof(vector));
        }
        if (!positions.TryAdd(unitId, Count))
        {
            throw new ArgumentException($"Unit {unitId} already has a vector in this generation.", nameof(unitId));
        }
        if ((Count + 1) * Dimensions > vectors.Length)
        {
            Array.Resize(ref vectors, vectors.Length * 2);
        }
        vector.CopyTo(vectors.AsSpan(Count * Dimensions, Dimensions));
        unitIds.Add(unitId);
        textHashes.Add(textHash);
    }

    public bool Contains(string unitId) => positions.ContainsKey(unitId);

    public ReadOnlySpan<float> VectorOf(string unitId) =>
        positions.TryGetValue(unitId, out var at) ? VectorAt(at) : throw new KeyNotFoundException($"Unit {unitId} has no vector.");

    /// <summary>The fingerprint of the text the unit's vector was made from, if it has one.</summary>
    public bool TryGetTextHash(string unitId, out ulong textHash)
    {
        var found = positions.TryGetValue(unitId, out var at);
        textHash = found ? textHashes[at] : 0;
        return found;
    }

    internal ReadOnlySpan<float> VectorAt(int position) => vectors.AsSpan(position * Dimensions, Dimensions);

    /// <summary>The vector at a position of <see cref="UnitIds"/>.</summary>
    public ReadOnlySpan<float> VectorAtPosition(int position) =>
        (uint)position < (uint)Count ? VectorAt(position) : throw new ArgumentOutOfRangeException(nameof(position), position, $"There are {Count} vectors.");

    internal ulong TextHashAt(int position) => textHashes[position];

    /// <summary>All vectors end to end, in the order of <see cref="UnitIds"/>.</summary>
    internal ReadOnlySpan<float> AllVectors => vectors.AsSpan(0, Count * Dimensions);

    /// <summary>
    /// The <paramref name="count"/> units whose vectors are nearest the question's (highest dot product, which is
    /// the cosine for normalised vectors), best first; ties go to the lower unit id so answers are repeatable.
    /// </summary>
    /// <param name="allowed">When given, only units it accepts are considered (the searcher's filters).</param>
    public IReadOnlyList<MeaningHit> Nearest(ReadOnlySpan<float> question, int count, Func<string, bool>? allowed = null) =>
        NearestAt(question, count, allowed is null ? null : position => allowed(unitIds[position]))
            .Select(hit => new MeaningHit(unitIds[hit.Position], hit.Similarity))
            .ToList();

    /// <summary>
    /// As <see cref="Nearest"/>, by position in <see cref="UnitIds"/>: a searcher that keeps which index document each
    /// position is filters by its own document sets without a string lookup a unit.
    /// </summary>
    public IReadOnlyList<(int Position, float Similarity)> NearestAt(ReadOnlySpan<float> question, int count, Func<int, bool>? allowed = null)
    {
        if (question.Length != Dimensions)
        {
            throw new ArgumentException($"A question vector of {ModelName} has {Dimensions} numbers, not {question.Length}.", nameof(question));
        }
        if (count <= 0 || Count == 0)
        {
            return [];
        }
        count = Math.Min(count, Count);
        // A min-heap of the best so far: its root is the weakest kept, replaced whenever a unit beats it.
        var best = new PriorityQueue<int, (float Similarity, string UnitId)>(count + 1, WeakestFirst.Instance);
        for (var i = 0; i < Count; i++)
        {
            if (allowed is not null && !allowed(i))
            {
                continue;
            }
            var similarity = TensorPrimitives.Dot(VectorAt(i), question);
            if (best.Count < count)
            {
                best.Enqueue(i, (similarity, unitIds[i]));
            }
            else if (best.TryPeek(out _, out var weakest) && WeakestFirst.Instance.Compare((similarity, unitIds[i]), weakest) > 0)
            {
                best.DequeueEnqueue(i, (similarity, unitIds[i]));
            }
        }
        var hits = new (int Position, float Similarity)[best.Count];
        for (var at = hits.Length - 1; at >= 0; at--)
        {
            best.TryDequeue(out var position, out var priority);
            hits[at] = (position, priority.Similarity);
        }
        return hits;
    }

    /// <summary>Orders the weaker hit first: lower similarity, or at equal similarity the later unit id.</summary>
    private sealed class WeakestFirst : IComparer<(float Similarity, string UnitId)>
    {
        public static readonly WeakestFirst Instance = new();

        public int Compare((float Similarity, string UnitId) x, (float Similarity, string UnitId) y)
        {
            var bySimilarity = x.Similarity.CompareTo(y.Similarity);
            return bySimilarity != 0 ? bySimilarity : string.CompareOrdinal(y.UnitId, x.UnitId);
        }
    }
}
