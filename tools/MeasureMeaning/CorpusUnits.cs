using System.Text.Json;
using LearningSearch.Meaning;

namespace LearningSearch.MeasureMeaning;

/// <summary>The units as the Indexer's extract command writes them, one JSON object a line.</summary>
internal static class CorpusUnits
{
    public static IReadOnlyList<UnitText> Read(string path) =>
        File.ReadLines(path)
            .Where(line => line.Length > 0)
            .Select(line =>
            {
                using var unit = JsonDocument.Parse(line);
                return new UnitText(unit.RootElement.GetProperty("id").GetString()!, unit.RootElement.GetProperty("text").GetString()!);
            })
            .ToList();
}
