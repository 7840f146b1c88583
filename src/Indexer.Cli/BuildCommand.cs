using System.CommandLine;
using LearningSearch.Index;
using LearningSearch.Indexer.Corpus;
using LearningSearch.Indexer.Indexing;

namespace LearningSearch.Indexer.CommandLine;

/// <summary>
/// <c>build [--corpus DIR] [--index DIR] [--rules-only]</c>: builds or updates the index, showing progress and, per document,
/// what was indexed, reused, kept or skipped and why. A failed build leaves the index in service untouched.
/// </summary>
public static class BuildCommand
{
    internal static Command Create()
    {
        var corpus = CommonOptions.Corpus();
        var index = CommonOptions.Index();
        var noMeaning = CommonOptions.NoMeaning();
        var rulesOnly = CommonOptions.RulesOnly();
        var command = new Command("build", "Build (or update) the search index: only documents new or changed since the last build are read.") { corpus, index, noMeaning, rulesOnly };
        command.SetAction(result => Run(result.GetValue(corpus)!, result.GetValue(index)!, result.Output(), result.Errors(), meaning: !result.GetValue(noMeaning), rulesOnly: result.GetValue(rulesOnly)));
        return command;
    }

    /// <param name="meaning">Load the meaning model: the theme model tags beside the phrases, and the new generation's
    /// vectors for search by meaning are made, so the service need not make them.</param>
    /// <param name="rulesOnly">Never read with the learned reader; an index read otherwise is read again whole.</param>
    public static int Run(string corpus, string index, TextWriter output, TextWriter errors, bool meaning = false, bool rulesOnly = false)
    {
        if (!Directory.Exists(corpus))
        {
            errors.WriteLine($"The corpus folder '{corpus}' does not exist. Pass --corpus with the folder that holds the reviews.");
            return 2;
        }

        var sentences = meaning ? CommandLineMeaning.TryLoad(output) : null;
        BuildReport report;
        try
        {
            report = IndexerServices.CreateBuilder(step => output.WriteLine($"  {step}"), sentences?.Tagging, rulesOnly).Build(corpus, new IndexLocation(index), p =>
            {
                var o = p.Latest;
                var what = o.Status switch
                {
                    DocumentStatus.Indexed => $"indexed {o.Units} units",
                    DocumentStatus.Unchanged => $"unchanged, {o.Units} units kept without reading",
                    DocumentStatus.KeptPrevious => $"NOT READ, {o.Units} units of its previous version kept",
                    _ => "SKIPPED",
                };
                output.WriteLine($"[{p.Done}/{p.Total}] {o.SourceFile}: {what}{(o.Message is null ? "" : $" ({o.Message})")}");
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            errors.WriteLine($"The build failed and the index in service was left as it was: {e.Message}");
            return 1;
        }

        if (sentences is not null && report.Units > 0)
        {
            try
            {
                sentences.FillVectors(report.Generation, output);
            }
            // The index is built and serves by words; the service makes the vectors itself.
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                output.WriteLine($"warning: the meaning vectors could not be kept beside the index ({e.Message}); the service will make them.");
            }
        }
        foreach (var warning in report.Warnings) output.WriteLine($"warning: {warning}");
        output.WriteLine($"Index {report.Generation}: {report.Units} units from {report.Documents.Count - report.Count(DocumentStatus.Skipped)} documents in {report.Elapsed.TotalSeconds:F1} s " +
            $"({report.Count(DocumentStatus.Indexed)} read, {report.Count(DocumentStatus.Unchanged)} unchanged, {report.Count(DocumentStatus.KeptPrevious)} kept, {report.Count(DocumentStatus.Skipped)} skipped).");
        return report.Units == 0 ? 1 : 0;
    }
}
