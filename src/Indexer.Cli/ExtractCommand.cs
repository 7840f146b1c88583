using System.CommandLine;
using LearningSearch.Index.Units;
using LearningSearch.Indexer.Corpus;
using LearningSearch.Indexer.Indexing;
using LearningSearch.Indexer.Model;
using LearningSearch.Indexer.Reading;

namespace LearningSearch.Indexer.CommandLine;

/// <summary>
/// <c>extract --corpus DIR [--format text|jsonl] [--rules-only]</c>: reads every review and prints, per review, its counts,
/// coverage and warnings; or, as JSON lines, every unit (warnings on standard error).
/// </summary>
public static class ExtractCommand
{
    internal static Command Create()
    {
        var corpus = CommonOptions.Corpus();
        var format = new Option<string>("--format")
        {
            Description = "text: per review, its counts, coverage and warnings; jsonl: one JSON object per unit.",
            HelpName = "text|jsonl",
            DefaultValueFactory = _ => "text",
        };
        var rulesOnly = CommonOptions.RulesOnly();
        var command = new Command("extract", "Read every review and report its units, without touching the index.") { corpus, format, rulesOnly };
        command.SetAction(result => Run(result.GetValue(corpus)!, result.GetValue(format)!, result.Output(), result.Errors(), result.GetValue(rulesOnly)));
        return command;
    }

    /// <param name="rulesOnly">Never read with the learned reader.</param>
    public static int Run(string corpus, string format, TextWriter output, TextWriter errors, bool rulesOnly = false)
    {
        // Checked here rather than by the parser so that the message names both formats in one sentence.
        if (format is not ("text" or "jsonl"))
        {
            errors.WriteLine($"Unknown --format '{format}': use 'text' or 'jsonl'.");
            return 2;
        }

        var reader = new CorpusReader(IndexerServices.CreateExtractor(rulesOnly: rulesOnly), DocumentReaders.Create(step => errors.WriteLine($"  {step}")));
        IReadOnlyList<string> documents;
        try
        {
            documents = reader.Documents(corpus);
        }
        catch (DirectoryNotFoundException e)
        {
            errors.WriteLine(e.Message);
            return 2;
        }
        if (documents.Count == 0)
        {
            errors.WriteLine($"The corpus folder '{corpus}' holds no documents. Put review files (.txt, .pdf, .docx, .html, .md) in it.");
            return 2;
        }

        var result = reader.ReadAll(corpus);
        foreach (var problem in result.ManifestProblems) errors.WriteLine($"warning: {problem}");

        foreach (var review in result.Reviews)
        {
            if (format == "jsonl")
            {
                foreach (var unit in review.Units) output.WriteLine(UnitJson.Line(review, unit));
                foreach (var warning in review.Warnings) errors.WriteLine($"warning: {warning}");
                continue;
            }
            var r = review.Review;
            output.WriteLine($"{r.Id}  {r.Title} ({r.Partnership ?? "partnership not stated"}, {r.Year?.ToString() ?? "year not stated"})");
            output.WriteLine($"  file {r.SourceFile}, layout {r.Layout}");
            output.WriteLine($"  {review.Count(UnitKind.Recommendation)} recommendations, {review.Count(UnitKind.Action)} actions, {review.Count(UnitKind.Finding)} findings; coverage {review.Coverage.Fraction:P1} of {review.Coverage.BodyWords} body words");
            foreach (var warning in review.Warnings) output.WriteLine($"  warning: {warning}");
        }
        foreach (var skipped in result.Skipped)
            errors.WriteLine($"skipped {skipped.SourceFile}: {skipped.Reason}");

        if (result.Reviews.Count == 0)
        {
            errors.WriteLine("No document could be read.");
            return 1;
        }
        return 0;
    }
}
