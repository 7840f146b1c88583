using Lucene.Net.Search;

namespace LearningSearch.Index.Generations;

/// <summary>
/// Something the searcher side derives from a whole generation (the recurrence matrix; later, the generation's sentence
/// vectors), built once when the generation is published, before any request can see it, and kept with it.
/// </summary>
public interface IGenerationPart
{
    /// <summary>The type of what is built, by which <see cref="Generation.Get{T}"/> finds it.</summary>
    Type Kind { get; }

    /// <summary>Builds the part for a generation about to serve; the generation's own parts (catalogue, facets) and the parts registered before this one are ready.</summary>
    object Build(Generation generation, IndexSearcher searcher);
}

/// <summary>A part of what each generation knows, of type <typeparamref name="T"/>.</summary>
public abstract class GenerationPart<T> : IGenerationPart where T : class
{
    public Type Kind => typeof(T);

    public abstract T Build(Generation generation, IndexSearcher searcher);

    object IGenerationPart.Build(Generation generation, IndexSearcher searcher) => Build(generation, searcher);
}
