using LearningSearch.Index.Generations;
using LearningSearch.Meaning;
using Lucene.Net.Search;

namespace LearningSearch.SearchApi.Meaning;

/// <summary>
/// Gives each published generation its <see cref="MeaningVectors"/>, started filling when the generation is switched in,
/// seeded with the last generation's vectors so that an <c>add</c> embeds only the new review's units.
/// </summary>
public sealed class GenerationMeaning(MeaningEngine engine, ILogger<MeaningVectors> log) : GenerationPart<MeaningVectors>
{
    private UnitVectors? _latest;

    public override MeaningVectors Build(Generation generation, IndexSearcher searcher) =>
        new(generation.Folder, searcher, engine, Volatile.Read(ref _latest), made => Volatile.Write(ref _latest, made), log);
}
