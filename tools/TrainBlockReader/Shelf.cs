using LearningSearch.Indexer.Agencies;
using LearningSearch.Indexer.Layouts;
using LearningSearch.Indexer.Layouts.LearnedBlocks;
using LearningSearch.Indexer.Reading;
using LearningSearch.Indexer.Tests.Library;

namespace LearningSearch.TrainBlockReader;

/// <summary>One document of a fixtures folder read in one format, with its answer key and its labelled segments.</summary>
public sealed record Reading(string Document, string Format, AnswerKey Key, DocumentText Text, TrainingDocument Training, int Unaligned);

public static class Shelf
{
    private static readonly string[] Formats = [".txt", ".md", ".html", ".docx", ".pdf", ".xlsx"];

    public static List<Reading> Load(string folder)
    {
        var readings = new List<Reading>();
        if (!Directory.Exists(folder)) return readings;
        foreach (var keyFile in Directory.GetFiles(folder, "*.key.json").Order(StringComparer.Ordinal))
        {
            var document = Path.GetFileName(keyFile)[..^".key.json".Length];
            var key = AnswerKey.Load(keyFile);
            foreach (var format in Formats.Where(f => File.Exists(Path.Combine(folder, document + f))))
            {
                var text = DocumentReaders.Default.Read(Path.Combine(folder, document + format), document + format);
                var segments = Segment.Of(new PreparedDocument(text));
                var (labels, unaligned) = Alignment.Of(segments, key);
                var features = SegmentFeatures.Static(segments, AgencyDirectory.Default);
                readings.Add(new Reading(document, format, key, text, new TrainingDocument(document, format, segments, features, labels), unaligned));
            }
        }
        return readings;
    }
}
